/**
 * A span of events in words (src/lib/data/event-range.ts), worded as the site words a bounded date
 * (eventDateWords: "by 9 June 2021"): the range from the events dated by their news day, then those
 * dated only by a report's last update, counted apart and never an end of the range (the news may be
 * any day before), then those whose date is implausible (a placeholder stamp), which end no range either.
 *   "4 events between 27 October 2020 and 24 February 2023, and 2 dated only by a report's last update (the latest by 14 March 2025)"
 *   "1 event dated only by a report's last update (by 14 March 2025)"
 * The words come as tokens, text and dates, so that a page can mark each date up as a <time>
 * (RangeText.astro) and a description take them as plain text (tokensText): one wording for both.
 */
import type { EventRange, RangeEnd } from '../data/event-range';
import { formatDate, type Precision } from './dates';
import { formatNumber, plural } from './labels';

export type RangeToken = string | RangeEnd;
/** The range in parts: `head` the dated span ("4 events between X and Y"), `apart` each group counted apart. */
export interface RangeParts { head: RangeToken[]; apart: RangeToken[][] }

export const BOUND_WORDS = "dated only by a report's last update";
const IMPLAUSIBLE_WORDS = 'with an implausible date';

const COARSENESS: Record<Precision, number> = { day: 0, month: 1, year: 2 };
/** An end no more precise than it is known, nor than asked for. */
const coarsened = (end: RangeEnd, precision?: Precision): RangeEnd =>
  precision && COARSENESS[precision] > COARSENESS[end.precision] ? { ...end, precision } : end;
const dateText = (end: RangeEnd) => formatDate(end.date, end.precision);

export const tokensText = (tokens: RangeToken[]) => tokens.map((t) => (typeof t === 'string' ? t : dateText(t))).join('');
/** The parts joined: "head, and apart, and apart". */
export const partsTokens = (p: RangeParts): RangeToken[] =>
  [p.head, ...p.apart].filter((t) => t.length > 0).flatMap((t, i) => (i > 0 ? [', and ', ...t] : t));

/** The groups counted apart from the range: bounded events, then implausible ones ("2 dated only by …"). */
function apart(r: EventRange, precision: Precision | undefined, noun: boolean): RangeToken[][] {
  const counted = (n: number) => (noun ? plural(n, 'event') : formatNumber(n));
  const implausible = r.total - (r.dated?.count ?? 0) - (r.bounded?.count ?? 0);
  return [
    ...(r.bounded ? [[`${counted(r.bounded.count)} ${BOUND_WORDS} (${r.bounded.count > 1 ? 'the latest ' : ''}by `, coarsened(r.bounded.latest, precision), ')']] : []),
    ...(implausible > 0 ? [[`${counted(implausible)} ${IMPLAUSIBLE_WORDS}`]] : []),
  ];
}

/** "X to Y" (`between`: "between X and Y"), or the one date ("on X") when both ends read the same. */
function span(d: NonNullable<EventRange['dated']>, precision: Precision | undefined, between: boolean): RangeToken[] {
  const first = coarsened(d.first, precision);
  const last = coarsened(d.last, precision);
  if (dateText(first) === dateText(last)) return between ? [first.precision === 'day' ? 'on ' : 'in ', first] : [first];
  return between ? ['between ', first, ' and ', last] : [first, ' to ', last];
}

/**
 * The counted span for a sentence: "4 events between X and Y", then the groups counted apart; `about`
 * follows the first count ("4 events about ITER between …"). `bare` counts without the noun, after a
 * sentence that named it ("7 events: 4 between X and Y, and 2 dated only by …"). Null when there is no event.
 */
export function eventRangeParts(r: EventRange, about = '', bare = false): RangeParts | null {
  if (r.total === 0) return null;
  const topic = about ? ` ${about}` : '';
  if (!r.dated) {
    const [[first, ...tail], ...rest] = apart(r, undefined, !bare);
    return { head: [(first as string).replace(bare ? /^(\S+)/ : /^(\S+ \S+)/, `$1${topic}`), ...tail], apart: rest };
  }
  const count = bare ? formatNumber(r.dated.count) : plural(r.dated.count, 'event');
  return { head: [`${count}${topic} `, ...span(r.dated, undefined, true)], apart: apart(r, undefined, false) };
}

/**
 * The span alone, for a heading's line or a description: "27 October 2020 to 24 February 2023", then the
 * groups counted apart ("…, and 2 events dated only by a report's last update (the latest by …)").
 * `precision` coarsens every date ("October 2020 to February 2023"). Null when there is no event.
 */
export function rangeSpanParts(r: EventRange, precision?: Precision): RangeParts | null {
  if (r.total === 0) return null;
  const rest = apart(r, precision, true);
  return r.dated ? { head: span(r.dated, precision, false), apart: rest } : { head: rest[0], apart: rest.slice(1) };
}

/** eventRangeParts as text. */
export function eventRangeWords(r: EventRange, about = ''): string | null {
  const p = eventRangeParts(r, about);
  return p && tokensText(partsTokens(p));
}

/** rangeSpanParts as text. */
export function rangeSpanWords(r: EventRange, precision?: Precision): string | null {
  const p = rangeSpanParts(r, precision);
  return p && tokensText(partsTokens(p));
}

/**
 * The span on a preview card's one line (55 characters at most: "September 2020 to September 2023, and by
 * September 2025"), by month: the dated span, and "by" the latest bound when some events are bounded.
 * The card is a picture of the site; the pages it previews say the rest in full.
 */
export function rangeCardWords(r: EventRange): string | null {
  if (!r.dated && !r.bounded) return null;
  const bound = r.bounded && `by ${dateText(coarsened(r.bounded.latest, 'month'))}`;
  if (!r.dated) return bound;
  const head = tokensText(span(r.dated, 'month', false));
  return bound ? `${head}, and ${bound}` : head;
}
