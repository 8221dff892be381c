/**
 * "Readers soon asked for a place on the site where they could:" / "Share their photos" / "Ask
 * questions" / … / the first paragraph. An article may open on a sentence that introduces a list,
 * its items short lines in the sentence's own case, and go on in paragraphs under them. Weighed
 * alone the items cost the run more than the one sentence brings, and the run started under them:
 * the opening went as "a sentence above it (a standfirst, a caption, a blurb)" and the items as the
 * page's header. A menu's label ("Follow us:") is too short to be that sentence, and other stories'
 * headlines are written in capitals, as no item here is. Used by detectMainText once the run's first
 * line is known (before the headline is chosen above it).
 */
import type { ClassedBlock } from '../../main-text.ts';

/** Items a list holds at least (two lines are a byline and a stamp as often) and at most. */
const MIN_ITEMS = 2;
const MAX_ITEMS = 12;
/** Words an item holds at most: a clause, not a paragraph. */
const ITEM_WORDS = 20;
/** Words the introducing sentence holds at least: more than a label over a row of links. */
const INTRODUCTION_WORDS = 8;

function isItem(b: ClassedBlock): boolean {
  const f = b.features;
  return (b.cls === 'short' || (b.cls === 'near' && !f.sentenceEnd)) && !b.headlineLike && !f.introducesList && f.words >= 2 && f.words <= ITEM_WORDS && !f.dateLine && !f.byline && !f.markup;
}

/**
 * The run's new first line: the sentence that introduces the list right above the run's first
 * paragraph (no comment wall among them), or `start` when there is none.
 */
export function introductionOfAListAboveTheRun(blocks: ClassedBlock[], walls: boolean[], start: number): number {
  if (start <= 0 || blocks[start].cls !== 'good') return start;
  let k = start - 1;
  while (k >= 0 && start - k <= MAX_ITEMS && !walls[k] && isItem(blocks[k])) k--;
  const items = start - 1 - k;
  if (k < 0 || walls[k] || items < MIN_ITEMS || items > MAX_ITEMS) return start;
  const intro = blocks[k];
  const prose = intro.cls === 'good' || intro.cls === 'near';
  return prose && intro.features.introducesList && intro.features.words >= INTRODUCTION_WORDS ? k : start;
}
