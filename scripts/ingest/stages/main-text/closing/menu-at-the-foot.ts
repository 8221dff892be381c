/**
 * The site's menu repeated at the page's foot: under the article's last paragraph, the run carried
 * (across them to a footer's blurb, or up to the chrome that ended it) short lines the page also shows above the article ("About", "Contact", "Newsletters", a section's
 * name): the site's navigation, which many sites print again in their footer. A line the header
 * shows is no line of the article's close, and two of them past the last paragraph are the menu.
 *
 * What keeps the article's own close:
 * - the entries stand together, no paragraph between them, near the run's foot;
 * - the copy above stands above the page's first paragraph and its first stamp or byline, where
 *   menus stand: a listing's labels ("Bib Gourmand | Brooklyn") above where the run starts, under some
 *   of its prose, or a gallery's ("Download", "Images") under the stamp, are the article's own;
 * - an entry is short (ENTRY_WORDS words at most) and shows no date and no byline: the byline or
 *   the stamp again under the article is the header's to read;
 * - MENU_ENTRIES such lines at least: one line again (a signature, the section's name) may be the
 *   article's;
 * - no line of the run between two paragraphs is shown above: the lines above are then the article's
 *   own contents, and its last headings, one over the other, are its own;
 * - a line the run already showed is no entry (a forum's "Posts", "Member since" under each name);
 * - the prose under the menu is little beside the article's above it (UNDER_SHARE, MAX_UNDER_WORDS):
 *   the footer's blurb, not the article going on;
 * - the lines between the last paragraph and the menu's first entry stay (a list, a source).
 * The article then ends above the first entry, and each line from there on is reported with the
 * reason. Found with scripts/bench/extract/census/snippet-pages.ts on the snippets' dev pages (the footer's
 * "Contact" / "About" / "Advertise" the run kept above a cookie notice).
 */
import type { ClassedBlock } from '../../main-text.ts';
import { isGoodOrNear as isParagraph } from '../shared/prose.ts';
import { leaveOut, runEndingWeight } from '../shared/leave-out.ts';

/** Entries of the menu past the last paragraph at least. */
const MENU_ENTRIES = 2;
/** Words of a menu's entry at most. */
const ENTRY_WORDS = 6;
/** Prose under the menu at most, as a share of the prose above it: the footer's blurb, a teaser's summary, not the article going on. */
const UNDER_SHARE = 0.25;
/** Prose under the menu at most, in words. */
const MAX_UNDER_WORDS = 300;

export const MENU_AT_THE_FOOT = "the page's foot: the site's menu again, its entries shown above the article too";

/**
 * Returns the article's last line: above the site's menu repeated near the run's (start..end) foot,
 * if it is there. `keys` are the page's lines in lower case.
 */
export function aboveTheMenuAtTheFoot(keys: string[], blocks: ClassedBlock[], start: number, end: number): number {
  // The menu stands at the page's top, above its first paragraph and its first stamp or byline: short
  // lines under some prose (a listing's items and their labels above where the run starts) or under
  // the stamp (a gallery's "Download" / "Movies" / "Images" over its first item) are the article's own.
  const above = new Set<string>();
  for (let i = 0; i < start && blocks[i].cls !== 'good' && !blocks[i].features.dateLine && !blocks[i].features.byline; i++) above.add(keys[i].trim());
  const entry = (i: number) => {
    const f = blocks[i].features;
    return f.words >= 1 && f.words <= ENTRY_WORDS && !f.dateLine && !f.byline && above.has(keys[i].trim());
  };
  // A heading between two of the run's paragraphs that the lines above show too: they are the article's
  // contents, and its headings at the foot (two in a row over the last section) are its own.
  for (let i = start + 1; i < end; i++) {
    if (!isParagraph(blocks[i]) && isParagraph(blocks[i - 1]) && isParagraph(blocks[i + 1]) && above.has(keys[i].trim())) return end;
  }
  // The paragraphs' words summed once, so that each stretch asks for the prose above and under it in one step.
  const upTo = new Float64Array(Math.max(0, end - start + 2));
  for (let k = start; k <= end; k++) upTo[k - start + 1] = upTo[k - start] + (isParagraph(blocks[k]) ? blocks[k].features.words : 0);
  const words = (from: number, to: number) => (to < from ? 0 : upTo[to - start + 1] - upTo[from - start]);
  let first = -1;
  let entries = 0;
  // A line the run showed already above the stretch is a record's label (a forum post's "Posts", "Member
  // since" under each name) or the article's own: a menu is shown in the header and the footer only.
  const inRun = new Set<string>();
  for (let i = start; i <= end; i++) {
    const key = keys[i].trim();
    const seen = inRun.has(key);
    inRun.add(key);
    if (isParagraph(blocks[i])) {
      first = -1;
      entries = 0;
      continue;
    }
    if (seen || !entry(i)) continue;
    if (first === -1) first = i;
    if (++entries < MENU_ENTRIES) continue;
    const over = words(start, first - 1);
    const under = words(first, end);
    if (over === 0 || under > UNDER_SHARE * over || under > MAX_UNDER_WORDS) continue;
    for (let k = first; k <= end; k++) if (blocks[k].cls !== 'bad') leaveOut(blocks[k], MENU_AT_THE_FOOT, runEndingWeight(blocks[k]));
    return first - 1;
  }
  return end;
}
