/**
 * The lines a closing rule left hanging under the article's last paragraph. A rule that ends the run
 * above a box it recognises (a filing note, a tags label, a menu again, a closing note) ends it right
 * above that box; the lines between the last paragraph and that box stay in the run, however they
 * weigh: a box of other stories' headlines under its heading ("Beliebte Beiträge zum Thema:" / four
 * headlines / the filing note), a donation form's button ("Jetzt spenden"), a pay or share button
 * ("PayPal", "Share"), the site's "Impressum". The heaviest run would never have ended on lines
 * weighing against it: it ended there only because the rule cut the page under them.
 *
 * So, once a closing rule has cut the run, the lines at its foot that weigh against it (weight below
 * zero) leave it, up to the first line that weighs nothing or more: a paragraph, a short sentence
 * beside prose, a table's row or a list's item a rule weighed at nothing. The walk also stops at a
 * line that dates the article ("CNNMoney (New York) First published February 1, 2016"), signs a post
 * the article quotes ("— Jane Doe (@jane) November 19, 2019") or is a line of a code listing, and at
 * the article's own closing lines a blog post ends on: the writer's signature ("-Steve", "— Jana
 * Berg") and a postscript ("PS: Check out the rest…", "P.S. …"). A run no rule cut (its own heaviest
 * end) is left as it is, and so is a run cut by the two rules that leave the short lines above their
 * box for the run to judge (foot-across-chrome.ts, menu-at-the-foot.ts: an item's facts, a source
 * line); ../../main-text.ts does not call this rule under them.
 */
import type { ClassedBlock } from '../../main-text.ts';

/** A writer's signature under her post: a dash, then her name (one to three capitalised words), nothing else. */
const SIGNATURE = /^[-–—~]\s?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}$/u;
/** A postscript: "PS:", "P.S.", "PPS" and what it says. The capitals are the mark's: a sentence opening on "Ps" is none. */
const POSTSCRIPT = /^P\.?P?\.?S\.?(?::|\s)/u;
/** The article's own closing lines, which no box holds. */
export const closesThePost = (line: string) => SIGNATURE.test(line) || POSTSCRIPT.test(line);

/**
 * Returns the article's last line: `end` walked up past the lines that weigh against the run, when a
 * closing rule cut the run (`end` < `uncut`, the end before the cutting rules); else `end`.
 * `closes(i)`: line i dates the article or signs a post it quotes.
 */
export function aboveADanglingFoot(lines: string[], blocks: ClassedBlock[], start: number, end: number, uncut: number, closes: (i: number) => boolean): number {
  if (end >= uncut) return end;
  let last = end;
  while (last > start && blocks[last].weight < 0 && !blocks[last].features.code && !closes(last) && !closesThePost(lines[last].trim())) last--;
  return last;
}
