/**
 * A list or table the article ends with (a tour's dates, teams and their groups, a ranking grouped
 * under "31 votes:"), right under the run's last paragraph: rows that share one punctuated shape,
 * which other stories' headlines, worded freely, do not. The article's end moves to the list's last
 * row. Used by ../../main-text.ts after the run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';

/** Lines of one shape in a row that make a list of items (a table of dates, results, specifications). */
const LIST_ITEMS = 4;
/** The words of a sub-heading over such a list ("Qualified teams", "The band's tour dates"). */
const LIST_HEADING_WORDS = 8;
/**
 * How many such short lines may stand between the last paragraph and the list: a table comes with
 * its picture's label, title, source, date and header row ("Image", "2026 Rankings", "U.S. News",
 * "Published in Fall 2025", "School Ranking").
 */
const LIST_CAPTION_LINES = 6;

/**
 * "June 9 – Tampa, FL @ Amphitheatre", "June 10 – Nashville, TN @ Arena", …: short lines that share
 * one punctuated shape, right after the article's last paragraph (or under a few short lines there:
 * a sub-heading, a table's title and source), are the rows of a list or table the article ends with (dates of a tour, teams and their groups), not
 * other stories' headlines, which are worded freely. The article's end moves to the list's last row;
 * what follows the list is judged as before. Lines of words with no punctuation (menus, headline
 * lists) have no shape. Returns the article's last line.
 */
export function listAfterTheRun(lines: string[], blocks: ClassedBlock[], walls: boolean[], end: number): number {
  const rows = rowsAfterTheRun(lines, blocks, walls, end, lineShape, false);
  if (rows.count >= LIST_ITEMS) return rows.last;
  // One mark makes a shape only for a long list: a box of a few headlines with a colon each has it too.
  const long = rowsAfterTheRun(lines, blocks, walls, end, oneMarkShape, true);
  return long.count >= LONG_LIST_ITEMS && long.labels >= GROUP_LABELS ? long.last : end;
}

/**
 * "Mara Lind, The Salt Road", "Ada Quist, Winter Orchard", … grouped under "31 votes:", "27 votes:": a
 * ranking or a reading list whose rows share a single mark between words. So few marks say little:
 * a box of other stories' headlines has a colon each, a shop's list of its towns ("Akron, OH",
 * "Baton Rouge, LA", …) a comma each. The list must be long and grouped under labels of its own.
 */
const LONG_LIST_ITEMS = 12;
const GROUP_LABELS = 2;

/**
 * The rows of one shape (shapeOf) right under the run's last line (or under a few short lines
 * there), one odd row or one label of a group ("21 votes:") allowed between two of them: the list's
 * last line, how many lines it spans from its first row, and how many group labels it holds.
 */
function rowsAfterTheRun(lines: string[], blocks: ClassedBlock[], walls: boolean[], end: number, shapeOf: (line: string) => string, long: boolean): { last: number; count: number; labels: number } {
  let from = end + 1;
  // A long list's row may run to a few more words than a label, and read as shorter prose (a title with its translator).
  const rowClass = (b: ClassedBlock) => b.cls === 'short' || (long && b.cls === 'near' && !b.features.sentenceEnd);
  const row = (i: number) => (i < blocks.length && !walls[i] && rowClass(blocks[i]) && blocks[i].features.words >= 2 && blocks[i].features.words <= 25 ? shapeOf(lines[i]) : '');
  for (let skipped = 0; skipped < LIST_CAPTION_LINES && from < blocks.length && blocks[from].cls === 'short' && blocks[from].features.words <= LIST_HEADING_WORDS && !row(from); skipped++) from++;
  const shape = row(from);
  if (!shape) return { last: end, count: 0, labels: 0 };
  let last = from;
  let labels = 0;
  // A row may add to the shape at its end ("… @ Arena – Chicago", "… (formerly Arena)"); one odd row
  // (a footnote mark, a missing part) or a group's label does not break the list.
  const sameShape = (i: number) => row(i).startsWith(shape);
  const groupLabel = (i: number) => i < blocks.length && !walls[i] && blocks[i].cls !== 'bad' && blocks[i].features.words <= LIST_HEADING_WORDS && GROUP_LABEL.test(lines[i].trim());
  // The label over the first row counts too: it stands among the lines skipped above the list.
  if (from > end + 1 && groupLabel(from - 1)) labels++;
  for (let j = from + 1; j < blocks.length; j++) {
    if (sameShape(j)) last = j;
    else if (row(j) && sameShape(j + 1)) continue;
    else if (groupLabel(j) && sameShape(j + 1)) labels++;
    else break;
  }
  return { last, count: last - from + 1, labels };
}
/** A group's label in a list: a few words and a colon ("21 lists:", "Fiction:"). */
const GROUP_LABEL = /^[\p{L}\p{N}][^:：]*[:：]$/u;

/** A line's punctuation with each run of words as `w`: "England (Group A): 10th" → "w(w):w"; '' when it has fewer than two marks. */
function lineShape(line: string): string {
  const shape = wordsAndMarks(line);
  return shape.length - (shape.match(/w/g)?.length ?? 0) >= 2 ? shape : '';
}

/** The same, and a single mark between words too ("Mara Lind, The Salt Road" → "w,w"). */
function oneMarkShape(line: string): string {
  const shape = wordsAndMarks(line);
  return lineShape(line) || (/^w[^w]w$/.test(shape) ? shape : '');
}

function wordsAndMarks(line: string): string {
  return line.replace(/[\p{L}\p{N}_][\p{L}\p{N}_'’.-]*/gu, 'w').replace(/\s+/g, '').replace(/w+/g, 'w');
}
