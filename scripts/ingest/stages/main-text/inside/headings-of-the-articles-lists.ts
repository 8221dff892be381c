/**
 * A heading worded like a box's ("Popular white wines") over a list of short sentences in sentence
 * case, or a clause under a paragraph that introduces a list with a colon: it heads a list the
 * article gives, not a box of other stories, and is judged as any short line. Used by
 * ../../main-text.ts before the boxes of other stories are found.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { isBoxHeading } from '../shared/box-heading.ts';

/** How many items in a row make a list; how long an item of a list may be (a teaser's summary is longer). */
const HEADED_LIST_ITEMS = 3;
const LIST_ITEM_WORDS = 20;
/** Words of a clause that introduces a list ("Popular repairs this year include:"), more than a box's label. */
const INTRODUCTION_WORDS = 4;

/**
 * "Popular white wines" over "Chardonnay – Fruity, buttery…", "Riesling – Usually very sweet…": a
 * heading worded like a box's, over a list of short sentences in sentence case, heads a list the
 * article gives. A box of other stories opens on a headline (no full stop, capitals), or on summaries
 * longer than an item. The heading is judged as any short line, and its items by their own weights.
 * A clause under a paragraph that introduces a list with a colon heads the article's list too, over
 * items in sentence case with or without a full stop.
 */
export function headingsOfTheArticlesLists(blocks: ClassedBlock[]): void {
  const isItem = (b: ClassedBlock | undefined, introduced: boolean) =>
    !!b && (b.cls === 'short' || b.cls === 'near') && (b.features.sentenceEnd || introduced) && !b.headlineLike && b.features.capitalShare < 0.6 && b.features.words <= LIST_ITEM_WORDS;
  blocks.forEach((b, i) => {
    if (!isBoxHeading(b)) return;
    // "Popular repairs this year include:" right under a paragraph: a clause that introduces the
    // article's list, longer than a box's label ("Related stories:"); its items need no full stop.
    const introduced = b.features.introducesList && b.features.words >= INTRODUCTION_WORDS && blocks[i - 1]?.cls === 'good';
    for (let k = i + 1; k <= i + HEADED_LIST_ITEMS; k++) if (!isItem(blocks[k], introduced)) return;
    Object.assign(b, { cls: 'short', why: 'a heading over a list the article gives', weight: -1 });
  });
}
