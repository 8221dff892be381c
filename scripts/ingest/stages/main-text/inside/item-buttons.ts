/**
 * A button under each of the article's items: a ranking or a guide closes every item (a school, a
 * product, a course) on the same link, "More Details" or "See the full list", worded like the heading
 * of a box of other stories. Taken for one, it left the next item's heading lines out as other
 * stories' headlines, and weighed so heavily that the run could not cross it. Used by detectMainText
 * before the boxes of other stories are read.
 */
import type { ClassedBlock } from '../../main-text.ts';

/** How many times the button comes at least: a box's heading comes once or twice (the page's top and foot). */
const COPIES = 3;
/** Lines between two copies at least: an item has parts (heading, facts, paragraphs); a teaser is a title and a summary. */
const ITEM_LINES = 8;
/** Words of prose between two copies: more than one teaser's summary. */
const ITEM_PROSE_WORDS = 50;
/** How far above each copy the item's last fixed label ("Institution Type" over its value) stands. */
const TEMPLATE_REACH = 3;

const BUTTON_WHY = 'a button under each of the article\'s items';

/**
 * A box-worded line (features.boxHeading, still classed furniture) that the page shows COPIES times
 * or more, with an item of the article between each copy and the next (ITEM_LINES lines or more,
 * holding more than ITEM_PROSE_WORDS words of prose), each item closing on the same fixed label a
 * few lines above its copy (the items are cards of one template: "Institution Type", "Price"):
 * every copy is a button, no box's heading. A box set between the article's paragraphs more than
 * once, or a label over each of a list's teasers, has no such template above it. It
 * stays furniture, left out of the text, but weighs as little as a caption, and the lines under it
 * are judged as any others. One pass over the page, and one over each repeated line's copies.
 */
export function buttonsUnderTheArticlesItems(keys: string[], blocks: ClassedBlock[]): void {
  const copies = new Map<string, number[]>();
  blocks.forEach((b, i) => {
    if (!b.features.boxHeading || b.cls !== 'bad') return;
    const at = copies.get(keys[i]);
    if (at) at.push(i);
    else copies.set(keys[i], [i]);
  });
  if (![...copies.values()].some((at) => at.length >= COPIES)) return;
  // Words of prose (paragraphs and shorter sentences) before each line, so any stretch's words are a difference.
  const prose = [0];
  blocks.forEach((b, i) => prose.push(prose[i] + (b.cls === 'good' || b.cls === 'near' ? b.features.words : 0)));
  for (const at of copies.values()) {
    if (at.length < COPIES) continue;
    let items = true;
    for (let k = 1; k < at.length && items; k++) items = at[k] - at[k - 1] >= ITEM_LINES && prose[at[k]] - prose[at[k - 1] + 1] > ITEM_PROSE_WORDS;
    if (!items || !sameLabelAbove(keys, at)) continue;
    for (const i of at) blocks[i] = { ...blocks[i], features: { ...blocks[i].features, boxHeading: false }, why: BUTTON_WHY, weight: -2 };
  }
}

/** One line's text stands within TEMPLATE_REACH lines above every copy: the items' common last label. */
function sameLabelAbove(keys: string[], at: number[]): boolean {
  const above = (i: number) => keys.slice(Math.max(0, i - TEMPLATE_REACH), i).map((k) => k.trim()).filter((k) => k !== '');
  let common = new Set(above(at[0]));
  for (let k = 1; k < at.length && common.size; k++) {
    const here = new Set(above(at[k]));
    common = new Set([...common].filter((key) => here.has(key)));
  }
  return common.size > 0;
}
