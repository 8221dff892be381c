/**
 * The page's foot a little past the article's last paragraph: under it come two or more lines that
 * weigh nothing in a row (a tags label, a box's heading, another story's headline, a menu's entries,
 * a button) and then a line that weighs a little without being a paragraph (a short sentence: the
 * site's blurb, a call to subscribe, a teaser's one-line summary). The run is the heaviest stretch of
 * prose, so it reaches over the weightless lines to that small weight, and every line between would
 * be published as the article's.
 *
 * What tells it from the article's own close (a short last sentence, a signature, a list):
 * - only lines that weigh nothing cross it: one such line alone (a sub-heading over a closing
 *   sentence, a signature) is the article's; two in a row are a box, if one of them says more than a
 *   word (two words alone in a row may be a title the page broke over lines: a book's card);
 * - each of them is short, and none shows a date: a long line is a reference or a table's row under
 *   the article's heading, a dated one its dateline or stamp, which the header reads;
 * - the foot is short (FOOT_LINES at most): a longer stretch past the last paragraph is a part of
 *   the article of its own (a list, a table), which other rules judge;
 * - it holds no list: three lines in a row written as items are (a checklist closing a guide, its
 *   questions, a "Learn more" list of the site's guides), in sentence case, not a menu's or a box's
 *   headlines in Title Case;
 * - not in Chinese, Japanese or Korean: a script without capitals shows no Title Case, and a short
 *   sentence there weighs as a paragraph's line.
 * The article then ends above the first of the weightless lines in a row, and each line from there
 * on is reported with the reason. Runs before foot-across-chrome.ts, which judges a longer stretch.
 * Found with scripts/bench/extract/census/kept-lines.ts on the snippets' dev pages: what the run carried past
 * the article's end is mostly such labels and headlines.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOut, runEndingWeight } from '../shared/leave-out.ts';
import type { Language } from '../../../lib/page-text/language/language.ts';
import { findStampDate } from '../../../lib/dates/dates.ts';

/** Weightless lines in a row that show a box, not a sub-heading over the article's last lines. */
const WEIGHTLESS_IN_A_ROW = 2;
/** Words of a box's line at least ("Filed under"): words alone in a row may be a title the page broke (a book's card). */
const LABEL_WORDS = 2;
/** Words of a box's line at most: a label, a headline, a button. */
const BOX_LINE_WORDS = 12;
/** Lines past the last paragraph at most: a longer foot is a list or a table of the article's. */
const FOOT_LINES = 15;
/** Item-shaped lines in a row that make a list. */
const LIST_ITEMS = 3;
/** An item is written in sentence case: half its words capitalised at most ("Meditation resources"). */
const SENTENCE_CASE = 0.5;
/** Words of an item at least: a label of one word is a menu's entry. */
const ITEM_WORDS = 2;

export const FOOT_OF_SHORT_LINES = "the page's foot: a box of short lines past the article's last paragraph, then a line of the site's";

/** "Drink water", "Who first discovered coffee?": an item of a list, in sentence case, with no full stop. */
function itemShaped(line: string, b: ClassedBlock): boolean {
  if (b.cls === 'good' || b.cls === 'bad' || b.features.words < ITEM_WORDS || b.features.capitalShare > SENTENCE_CASE) return false;
  return !b.features.sentenceEnd || line.trim().endsWith('?');
}

/**
 * A line of a box: it weighs nothing and is short. Not a long line (a reference, a table's row: the
 * article's, under its heading), nor a line that shows a date (a dateline or stamp under the article,
 * "First published February 1, 2016", which the header reads).
 */
function weighsNothing(line: string, b: ClassedBlock, lang: string): boolean {
  return b.weight <= 0 && b.features.words <= BOX_LINE_WORDS && !b.features.dateLine && !findStampDate(line, lang);
}

/** Returns the article's last line: above the foot of short lines that closes the run (start..end), if any. */
export function aboveAFootOfShortLines(lines: string[], blocks: ClassedBlock[], start: number, end: number, language: Language): number {
  if (language.cjk) return end;
  let last = end;
  while (last > start && blocks[last].cls !== 'good') last--;
  // The run's own foot ends on the small weight it reached for; a foot of weightless lines is one
  // another rule added under the run (a list's or a table's rows: listAfterTheRun, closing-lists.ts).
  if (last === start || last === end || end - last > FOOT_LINES || blocks[end].weight <= 0) return end;
  let items = 0;
  for (let i = last + 1; i <= end; i++) {
    items = itemShaped(lines[i], blocks[i]) ? items + 1 : 0;
    if (items >= LIST_ITEMS) return end;
  }
  let weightless = 0;
  let worded = 0;
  for (let i = last + 1; i <= end; i++) {
    weightless = weighsNothing(lines[i], blocks[i], language.lang) ? weightless + 1 : 0;
    worded = weightless === 0 ? 0 : blocks[i].features.words >= LABEL_WORDS ? worded + 1 : worded;
    if (weightless < WEIGHTLESS_IN_A_ROW || !worded) continue;
    const from = i - weightless + 1;
    for (let k = from; k <= end; k++) mark(blocks[k]);
    return from - 1;
  }
  return end;
}

function mark(b: ClassedBlock): void {
  if (b.cls === 'bad') return;
  leaveOut(b, FOOT_OF_SHORT_LINES, runEndingWeight(b));
}
