/**
 * The article's opening paragraphs above its own table of contents or top picks, which the article
 * repeats below (its section headings, its items): weighed alone, the opening loses against the box
 * of short lines, so the article starts there and the contents between are left out. Used by
 * ../../main-text.ts once the run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { HEADER_WINDOW } from '../shared/header-window.ts';
import { stampOverTheRun } from './prices.ts';

/** How many words of prose make an opening worth reaching over a box for: more than a blurb's line. */
const BOXED_OPENING_WORDS = 40;
/** How many of the box's lines the article must repeat below for the box to be its own contents. */
const CONTENTS_REPEATED = 3;
/** ...and a third of its lines at least: a menu's few links the article happens to name are no contents. */
const CONTENTS_SHARE = 3;

/**
 * Paragraphs of prose, then the article's table of contents or its top picks, then the rest of the
 * article: weighed alone, the opening loses against the box of short lines. The box is the
 * article's own when the article repeats its lines below (as its section headings, its items); the
 * prose right above it (no furniture, no comment wall between) is then the article's opening.
 * A byline or a stamp right above the run heads it instead: the article starts there (a pick's
 * price is no stamp: main-text/above/prices.ts). The box's furniture (a shop's button under each pick)
 * counts for neither side. Returns the opening's first line, or -1.
 */
export function openingAboveItsContents(lines: string[], keys: string[], blocks: ClassedBlock[], walls: boolean[], start: number, end: number): number {
  let q = start - 1;
  while (q >= 0 && !walls[q] && blocks[q].cls !== 'good') q--;
  if (q < 0 || walls[q]) return -1;
  let p = q;
  let words = 0;
  for (let i = q; i >= 0 && !walls[i] && blocks[i].cls !== 'bad'; i--) {
    if (blocks[i].cls !== 'good') continue;
    words += blocks[i].features.words;
    p = i;
  }
  if (words < BOXED_OPENING_WORDS) return -1;
  for (let i = Math.max(q + 1, start - HEADER_WINDOW); i < start; i++) if (stampOverTheRun(lines[i], blocks[i].features)) return -1;
  const below = new Set(keys.slice(start, end + 1));
  const repeated = new Set<string>();
  let entries = 0;
  for (let i = q + 1; i < start; i++) {
    if (blocks[i].features.words === 0 || blocks[i].cls === 'bad') continue;
    entries++;
    if (blocks[i].features.words >= 2 && below.has(keys[i])) repeated.add(keys[i]);
  }
  return repeated.size >= CONTENTS_REPEATED && repeated.size * CONTENTS_SHARE >= entries ? p : -1;
}
