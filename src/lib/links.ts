/**
 * Addresses of the site's own pages beyond the shared ones in url.ts. Built on `href`, so they all
 * respect the base path.
 */
import { href } from './url';
import { yearOf } from './dates';

/** `/timeline/`, `/timeline/2021/`, `/timeline/iter/`, `/timeline/iter/2021/`. */
export function timelineHref(topic?: string, year?: string): string {
  return href(['/timeline', topic, year].filter(Boolean).join('/') + '/');
}

/** Anchor of a month section in a timeline list: `m-2020-10`. */
export const monthAnchor = (monthKey: string) => `m-${monthKey}`;
/** Anchor of a year section: `y-2020`. */
export const yearAnchor = (year: string) => `y-${year}`;
/** Anchor of a mentioned date: `mentioned-day-2020-10-29`. */
export const mentionAnchor = (groupKey: string) => `mentioned-${groupKey}`;

/**
 * Where an event is always listed in full: its year's page (the overview lists only recent months).
 * Undated events live on /timeline/undated/.
 */
export function eventPageHref(event: { id: string; date: string | null }): string {
  return (event.date ? timelineHref(undefined, yearOf(event.date)) : timelineHref('undated')) + `#${event.id}`;
}

export const figuresHref = (seriesId?: string) => href('/figures/') + (seriesId ? `#${seriesId}` : '');
export const peopleHref = () => href('/people/');
export const topicsHref = () => href('/topics/');
export const briefingHref = () => href('/briefing/');
export const homeHref = () => href('/');
