/**
 * A ranking or a listicle that closes each numbered item on a box of links about it ("8. Dartmouth
 * Tuck" / a paragraph / its facts / "More on Tuck:" / three links, then "9. Berkeley Haas" / …): the
 * box's heading reads as a box of other stories', and the box ran on over the next item's heading and
 * paragraph, taking them for another story's headline and summary, item after item. The article's
 * next item ends the box: the next number of the count the article keeps above the box's heading,
 * over a paragraph of its own. A "Most read" box of numbered headlines under an article starts its
 * own count from 1 and has no paragraphs: it stays a box. Used by the box rules of main-text.ts.
 */
import type { ClassedBlock } from '../../main-text.ts';

/** Lines above a box's heading the article's last numbered item may stand (its paragraph, facts and links). */
const ITEM_REACH = 40;
/** Lines under a numbered heading its paragraph stands within (a line of facts, a picture's caption between). */
const PARAGRAPH_REACH = 3;

/**
 * Whether line k, under the box heading at `heading`, opens the article's next numbered item: its
 * number (numberOf: a numbered heading's number, or -1) is one more than the last numbered heading's
 * above the box heading, at most ITEM_REACH lines up, and a paragraph stands under it.
 */
export function opensTheNextNumberedItem(blocks: ClassedBlock[], numberOf: (i: number) => number, heading: number): (k: number) => boolean {
  let last = -1;
  for (let i = heading - 1; i >= 0 && i >= heading - ITEM_REACH; i--) {
    if (numberOf(i) !== -1) {
      last = numberOf(i);
      break;
    }
  }
  if (last === -1) return () => false;
  return (k) => numberOf(k) === last + 1 && blocks.slice(k + 1, k + 1 + PARAGRAPH_REACH).some((b) => b.cls === 'good');
}
