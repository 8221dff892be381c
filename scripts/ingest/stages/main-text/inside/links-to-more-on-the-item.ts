/**
 * "More on Harbor Lights" closing an item of a list whose items each link to more on their subject:
 * worded like a box's heading, it ended the run at the first item. It is the item's link, left out
 * as a link. Used by ../../main-text.ts on the lines' features, before they are classed.
 */
import type { BlockFeatures } from '../../../lib/page-text/lines/block-features.ts';

/**
 * "Harbor Lights" / "Songs for a Low Tide" / a review / "More on Harbor Lights": a list whose items
 * each close on a link to more on their subject. Worded like a box's heading, the link was taken
 * for one, and the run ended at the first item. A "More on X" (from, about) with X alone on a line
 * a few lines above is that item's link: no box heading (its features say so), and left out of the
 * text as a link (the lines returned; classed once the blocks are). A "More on X" naming nothing
 * above it still heads a box.
 */
export function linksToMoreOnTheItem(keys: string[], features: BlockFeatures[]): number[] {
  const links: number[] = [];
  for (let i = 1; i < keys.length; i++) {
    if (!features[i].boxHeading) continue;
    // The subject less a closing mark ("More on Harbor Lights →"), cut without a regular expression
    // that would scan a run of spaces once from each of its spaces.
    let subject = MORE_ON.exec(keys[i].trim())?.[1];
    if (subject && LINK_MARKS.includes(subject[subject.length - 1])) subject = subject.slice(0, -1).trimEnd();
    if (!subject) continue;
    for (let k = i - 1; k >= 0 && k >= i - ITEM_LINK_REACH; k--) {
      if (keys[k].trim() !== subject) continue;
      features[i] = { ...features[i], boxHeading: false };
      links.push(i);
      break;
    }
  }
  return links;
}
const MORE_ON = /^more (?:on|from|about) (\S.*)$/;
const LINK_MARKS = ':›»→>';
export const ITEM_LINK = 'a link to more on the item above it';
/** Lines above a "More on X" in which an item names X: its own lines (subject, title, text, author). */
const ITEM_LINK_REACH = 12;
