/**
 * "Energie & Umwelt" / "26. Oktober 2023" under the headline and its deck: a post's header names the
 * section the post is filed in, and the site's menu lists that section too. Set right over the date,
 * such a label has the header a headline has; what gives it away is its copy among the menu's
 * entries (labels of a few words on both sides of it), where a headline is written in a list of
 * other stories or a breadcrumb's end, not in the middle of a run of sections.
 */
import { linePositions } from './line-positions.ts';

/** How many words a menu's entry, and the lines beside it, have at most. */
const ENTRY_WORDS = 5;
/** How many words a section's label over the date has at most (a headline has more). */
export const SECTION_LABEL_WORDS = 4;
/** How many lines on each side of the copy must be entries too: a menu is a run of them. */
const SIDE = 2;
/** How many of a line's copies are looked at, at most (a label written on every teaser stops early). */
const COPIES_LOOKED_AT = 4;

interface Block {
  cls: string;
  features: { words: number };
}

/**
 * For each line, is it written again as an entry in the middle of a menu, away from itself (two
 * labels above and below the copy)? The page's lines are indexed once, when first asked; each line
 * looks at a few copies and a few lines beside each: linear in the page.
 */
export function menuEntryElsewhereMemo(lower: string[], blocks: Block[]): (i: number) => boolean {
  const positions = linePositions(lower);
  const entry = (j: number) => j >= 0 && j < lower.length && (blocks[j].cls === 'short' || blocks[j].cls === 'bad') && blocks[j].features.words >= 1 && blocks[j].features.words <= ENTRY_WORDS && !/[.。]$/u.test(lower[j]);
  return (i) => {
    const copies = positions(lower[i]);
    let looked = 0;
    for (const k of copies) {
      // A copy beside the line is its twin (a link and its heading), no menu's.
      if (Math.abs(k - i) <= SIDE) continue;
      if (++looked > COPIES_LOOKED_AT) break;
      let inMenu = true;
      for (let d = 1; d <= SIDE && inMenu; d++) inMenu = entry(k - d) && entry(k + d);
      if (inMenu) return true;
    }
    return false;
  };
}
