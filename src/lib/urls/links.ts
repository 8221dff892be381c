/**
 * Addresses of the site's own pages beyond the shared ones in url.ts. Built on `href`, so they all
 * respect the base path.
 */
import { href } from './url';
import { monthKeyOf, monthPartOf, yearOf, type Precision } from '../text/dates';

/**
 * `/timeline/`, `/timeline/2021/`, `/timeline/2021/03/`, `/timeline/iter/`, `/timeline/iter/2021/`,
 * `/timeline/iter/2021/03/` (month as two digits).
 */
export function timelineHref(topic?: string, year?: string, month?: string): string {
  return href(['/timeline', topic, year, year && month].filter(Boolean).join('/') + '/');
}

/** A month's page from its key: `2021-03` → `/timeline/2021/03/` (or `/timeline/iter/2021/03/`). */
export const timelineMonthHref = (monthKey: string, topic?: string) => timelineHref(topic, monthKey.slice(0, 4), monthKey.slice(5, 7));

/** Anchor of a month section in a timeline list: `m-2020-10`. */
export const monthAnchor = (monthKey: string) => `m-${monthKey}`;
/** Anchor of a year section: `y-2020`. */
export const yearAnchor = (year: string) => `y-${year}`;
/** Anchor of a mentioned date: `mentioned-day-2020-10-29`. */
export const mentionAnchor = (groupKey: string) => `mentioned-${groupKey}`;

/** A part's page: `/timeline/2021/03/11-20/` (or `/timeline/iter/2021/03/11-20/`). */
export const timelinePartHref = (monthKey: string, part: string, topic?: string) => `${timelineMonthHref(monthKey, topic)}${part}/`;
/** Anchor of a part's section on its month's page: `d-2021-03-11-20`. */
export const partAnchor = (monthKey: string, part: string) => `d-${monthKey}-${part}`;

/**
 * The page of a date on the timeline that lists everything of it in full: its part of the month for a
 * day, its month's page for a date known only to the month, its year's page for one known only to the
 * year (it belongs to no month).
 */
function datePageHref(date: string, precision: Precision | null, topic?: string): string {
  if (precision === 'year') return timelineHref(topic, yearOf(date));
  if (precision === 'month') return timelineMonthHref(monthKeyOf(date), topic);
  return timelinePartHref(monthKeyOf(date), monthPartOf(date), topic);
}

/**
 * Where an event is always listed in full, and its canonical address: `/timeline/<year>/<month>/<part>/#<id>`
 * (the overview lists only recent months, a year's page only the months, a month's page only its parts). Undated events live on
 * /timeline/undated/. Every link to an event, in pages, JSON-LD and the API, is built here. With a
 * topic: the same event on that topic's month page (`/timeline/iter/2021/03/#<id>`).
 */
export function eventPageHref(event: { id: string; date: string | null; datePrecision: Precision | null }, topic?: string): string {
  return (event.date ? datePageHref(event.date, event.datePrecision, topic) : undatedPageHref(event.id)) + `#${event.id}`;
}

/**
 * Undated events have no month to be listed under, so they are listed by the first character of their
 * id, which never changes: `/timeline/undated/c/` (`/timeline/undated/` lists those pages). One page
 * for all of them would grow without bound with the corpus.
 */
export const undatedKey = (eventId: string) => (/^[a-z0-9]/.test(eventId) ? eventId[0] : '_');
export const undatedPageHref = (eventId: string) => href(`/timeline/undated/${undatedKey(eventId)}/`);

/** Undated events grouped by their page's key, in order of the key, each group in the order given. */
export function undatedGroups<T extends { id: string }>(events: T[]): { key: string; events: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const e of events) {
    const key = undatedKey(e.id);
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, events]) => ({ key, events }));
}

/** Where a mentioned date is listed in full (its part of the month, its month's page for "in March", its year's for "in 2022"). */
export function mentionPageHref(group: { key: string; date: string; datePrecision: Precision }, topic?: string): string {
  return datePageHref(group.date, group.datePrecision, topic) + `#${mentionAnchor(group.key)}`;
}

/**
 * `/figures/`, or a series' own page `/figures/<id>/`: the index is cut into numbered pages
 * (src/lib/data/paging.ts), so an anchor on it (`/figures/#<id>`) would hold only for the first page.
 */
export const figuresHref = (seriesId?: string) => href(seriesId ? `/figures/${seriesId}/` : '/figures/');
export const peopleHref = () => href('/people/');
export const topicsHref = () => href('/topics/');
export const briefingHref = () => href('/briefing/');
export const homeHref = () => href('/');
