/**
 * The article's opening right under its headline, parted from its body by calls to action ("Watch
 * the full video", "Subscribe", "Log in"): weighed alone, the opening loses against them, so the
 * article starts at the opening and the promotion between is left out. Used by ../../main-text.ts
 * once the headline is chosen.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { isOpeningProse, isProse } from '../shared/prose.ts';

export function lastOpeningProse(blocks: ClassedBlock[], from: number, to: number): number {
  let q = to - 1;
  while (q >= from && !isOpeningProse(blocks[q])) q--;
  return q;
}

/** How many lines of prose make an opening, not a standfirst (a sentence or two on one line). */
const OPENING_PROSE_LINES = 3;
/** How far under the headline the opening starts; how many lines of promotions may part it from the rest. */
const OPENING_REACH = 3;
const PROMOTION_LINES = 12;

/**
 * Headline; "It finally happened!" / "We made it…" / three more lines of prose; then "Watch the full
 * video", "Subscribe to get access", "Log in"; then the rest of the article. The calls to action
 * part the article's opening from its body: weighed alone, the opening loses against them. Lines of
 * prose right under the headline (three or more: more than a standfirst), with no prose between
 * them and the run, are the article's: the run starts there, and the lines between are left out
 * as the promotion they are. Returns the opening's first line, or -1.
 */
export function openingAboveAPromotion(blocks: ClassedBlock[], walls: boolean[], headline: number, start: number): number {
  let p = headline + 1;
  while (p <= headline + OPENING_REACH && p < start && !isOpeningProse(blocks[p])) p++;
  if (p > headline + OPENING_REACH || p >= start) return -1;
  // The opening runs on to the first furniture; from there to the run, nothing is prose.
  let prose = 0;
  let q = p;
  for (; q < start && blocks[q].cls !== 'bad'; q++) if (isProse(blocks[q]) && !blocks[q].headlineLike) prose++;
  if (prose < OPENING_PROSE_LINES || start - q > PROMOTION_LINES) return -1;
  for (let i = p; i < start; i++) if (walls[i] || (i >= q && isOpeningProse(blocks[i]))) return -1;
  return p;
}
