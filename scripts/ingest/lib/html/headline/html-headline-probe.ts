/**
 * A listener the bench sets to see each call of the HTML path's headline vote (html-headline.ts
 * chooseHeadline): the page's title fields as the vote was given them, and what it chose.
 * scripts/bench/extract/census/headline-html-replay.ts stores them for a set's dev pages, so that a
 * change to the vote can be measured on every set in seconds, without running the pages again. The
 * ingest never sets it: unset, the vote does no more work than before.
 */
import type { HeadlineChoice, HeadlineFields } from './html-headline.ts';

export let htmlHeadlineProbe: ((fields: HeadlineFields, choice: HeadlineChoice) => void) | null = null;

/** Listen to the vote's calls (the bench only); `null` stops. */
export function setHtmlHeadlineProbe(probe: ((fields: HeadlineFields, choice: HeadlineChoice) => void) | null): void {
  htmlHeadlineProbe = probe;
}
