/**
 * Headline, byline; two paragraphs or more that open the article; then a box of short lines (the
 * guide's top picks with their shops' buttons, its table of contents, a comparison's rows); then the
 * rest of the article. Weighed alone, the opening loses against the box, and the run starts under
 * it: the opening went as "page header far above the first paragraph". Prose that stands right under
 * the headline and its byline, more of it than a standfirst's line, with a box of mostly short lines
 * between it and the run (no comment wall, no related-stories heading, no line of prose that is not the
 * box's; no headline between the opening's paragraphs, as teasers have), is the article's:
 * the article starts there and the box between is left out and reported. A standfirst (one line of
 * prose under the headline) is no opening: it stays with the header, as before. Used by detectMainText
 * once the headline is chosen.
 */
import type { ClassedBlock } from '../../main-text.ts';

export const BOX_UNDER_THE_OPENING_WHY = "a box between the article's opening and the rest of it (top picks, contents, a table)";

/** How far under the headline the opening may start: a byline, stamps, a photo's credit between. */
const OPENING_REACH = 12;
/** Paragraphs of prose make an opening; a standfirst is one. */
const OPENING_PARAGRAPHS = 2;
/** ...and this many words at least: more than a blurb of two short sentences. */
const OPENING_WORDS = 60;
/** How many short lines may part the opening's paragraphs (a note's label, its date). */
const PARAGRAPH_GAP = 3;
/** How long the box may run: a guide's top picks, each with its name, its rating, its shops. */
const BOX_LINES = 60;
/** A box this short is no box: the run would have crossed it. */
const BOX_MIN_LINES = 4;
/** The box's own prose (a pick's one-line summary) is at most this share of the opening's words. */
const BOX_PROSE_SHARE = 1 / 3;

/** The opening's first and last line, or null. `start` is the run's first line, `headline` the chosen headline's. */
export function openingAboveABox(blocks: ClassedBlock[], walls: boolean[], headline: number, start: number): { first: number; last: number } | null {
  if (headline === -1 || start - headline <= BOX_MIN_LINES) return null;
  let first = headline + 1;
  while (first < start && first <= headline + OPENING_REACH && blocks[first].cls !== 'good') {
    if (walls[first]) return null;
    first++;
  }
  if (first >= start || first > headline + OPENING_REACH) return null;
  // The opening: paragraphs (and shorter prose) with at most a few short lines between them.
  let last = first;
  let paragraphs = 0;
  let words = 0;
  let headlineAt = -1;
  for (let i = first; i < start && i - last <= PARAGRAPH_GAP + 1; i++) {
    if (walls[i]) return null;
    const b = blocks[i];
    if (b.cls === 'bad') break;
    if (b.headlineLike) headlineAt = i;
    if (b.cls !== 'good' && b.cls !== 'near') continue;
    // A headline between the paragraphs: other stories' teasers, each a headline over its summary.
    if (headlineAt > last) return null;
    last = i;
    if (b.cls === 'good') paragraphs++;
    words += b.features.words;
  }
  if (paragraphs < OPENING_PARAGRAPHS || words < OPENING_WORDS) return null;
  const boxLines = start - last - 1;
  if (boxLines < BOX_MIN_LINES || boxLines > BOX_LINES) return null;
  // The box: short lines and furniture; its prose, a line of summary here and there, far less than the opening's.
  let boxProse = 0;
  for (let i = last + 1; i < start; i++) {
    // A related-stories heading, a share bar, a newsletter's box end an article: such a box is no part of one.
    if (walls[i] || blocks[i].cls === 'near' || blocks[i].features.chrome?.endsArticle) return null;
    if (blocks[i].cls === 'good') boxProse += blocks[i].features.words;
  }
  return boxProse <= words * BOX_PROSE_SHARE ? { first, last } : null;
}
