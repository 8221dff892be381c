/**
 * The span a list of events covers, as a summary may state it. An event dated only by the day a report
 * was last updated (dateBound `on-or-before`) happened then or before: its date bounds the news from
 * above and says nothing of how early it was, so it can end no range truthfully. The range runs over
 * the events dated by their news day; the bounded ones are counted apart, with the latest bound (every
 * one of them is of that day or before). Implausible dates (placeholder stamps) end no range either,
 * as they set no chart's span.
 */
import type { Precision } from '../text/dates';
import type { EventView } from './site-data';

export interface RangeEnd { date: string; precision: Precision }

export interface EventRange {
  /** The events dated by their news day (plausible ones), and their first and last date; null when none. */
  dated: { count: number; first: RangeEnd; last: RangeEnd } | null;
  /** The events dated only by a report's last update, and the latest such day; null when none. */
  bounded: { count: number; latest: RangeEnd } | null;
  /** Every event the range was built from (dated, bounded and implausible): what a summary counts. */
  total: number;
}

const endOf = (e: EventView): RangeEnd => ({ date: e.date!, precision: e.datePrecision ?? 'day' });

/** An event that may end a range: dated by its news day (no bound) and plausibly. */
export const isRangeEnd = (e: Pick<EventView, 'date' | 'dateBound' | 'plausible'>) => !!e.date && !e.dateBound && e.plausible !== false;

/** `events`: dated events, oldest first (SiteData.events or a scope of it). */
export function eventRange(events: readonly EventView[]): EventRange {
  const dated = events.filter(isRangeEnd);
  const bounded = events.filter((e) => e.date && e.dateBound && e.plausible !== false);
  return {
    dated: dated.length ? { count: dated.length, first: endOf(dated[0]), last: endOf(dated[dated.length - 1]) } : null,
    bounded: bounded.length ? { count: bounded.length, latest: endOf(bounded[bounded.length - 1]) } : null,
    total: events.length,
  };
}

/** True when the range has nothing to state: no plausible dated or bounded event. */
export const emptyRange = (r: EventRange) => !r.dated && !r.bounded;
