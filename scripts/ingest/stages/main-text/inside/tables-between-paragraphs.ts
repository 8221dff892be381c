/**
 * A table inside the article, which the browser's tabs mark (lib/page-text/lines/table-lines.ts): a
 * product comparison, a spec sheet, one cell a line or one row a line. Its cells are short
 * capitalised lines, charged as a run of other stories' headlines, and the run stopped above the
 * table: the article under it was lost. A table with the article's prose right above and right
 * under it (a sub-heading or two between, as the sub-heading rule allows) is the article's: its cells
 * weigh nothing either way, as rows of figures do (main-text.ts), so the run crosses it and never
 * ends or starts on it. A table with no prose under it (other stories under the article, a footer
 * laid out as a table) keeps its weight and stays out. A cell worded as a box's heading ("Recommended
 * Approach" over a column) heads no box of other stories there. Used by detectMainText before the
 * rules on runs of headlines and boxes of other stories weigh the cells (tablesBetweenParagraphs), and
 * once the run is found, for the rows inside it (tableRowsInsideTheRun).
 */
import type { ClassedBlock } from '../../main-text.ts';

/** Cells a table holds at least (a row joined by tabs counts its cells; lines of prose count none): fewer are a stray tab or a two-cell layout. */
const TABLE_CELLS = 4;
/** Short lines that may part the table from the prose above or under it, or two parts of one table (sub-headings, a caption). */
const LINES_BETWEEN = 2;

const TABLE_CELL = 'a cell of a table between paragraphs';

/** A line the run may pass over between a table and the prose beside it: a short line, or chrome that sits inside articles. */
function passedOver(b: ClassedBlock): boolean {
  return b.cls === 'short' || (b.cls === 'bad' && !!b.features.chrome && !b.features.chrome.endsArticle);
}

/** Does a paragraph of prose stand within LINES_BETWEEN short lines of `from`, walking by `step`? */
function proseBeside(blocks: ClassedBlock[], from: number, step: number): boolean {
  for (let k = from, n = 0; k >= 0 && k < blocks.length && n <= LINES_BETWEEN; k += step, n++) {
    if (blocks[k].cls === 'good') return true;
    if (!passedOver(blocks[k])) return false;
  }
  return false;
}

/**
 * Sets to 0 the negative weight of the short and near cells (a box heading's too, no longer one) of
 * each marked table (parts of it LINES_BETWEEN short lines apart are one) that holds TABLE_CELLS
 * cells or more and has prose above and under it. One pass over the lines.
 */
export function tablesBetweenParagraphs(blocks: ClassedBlock[], tableLines: number[] | undefined): void {
  if (!tableLines) return;
  for (let i = 0; i < blocks.length; i++) {
    if (!tableLines[i]) continue;
    const last = tableEnd(blocks, tableLines, i);
    if (cellsOf(blocks, tableLines, i, last) >= TABLE_CELLS && proseBeside(blocks, i - 1, -1) && proseBeside(blocks, last + 1, 1)) {
      for (let k = i; k <= last; k++) {
        const b = blocks[k];
        if (!tableLines[k]) continue;
        if ((b.cls === 'short' || b.cls === 'near') && b.weight < 0) Object.assign(b, { weight: 0, headlineLike: false });
        // "Recommended Approach" heading a column is worded as a box of other stories' heading: a cell all the same.
        else if (b.cls === 'bad' && b.features.boxHeading) blocks[k] = { ...b, cls: 'short', why: TABLE_CELL, headlineLike: false, weight: 0, features: { ...b.features, boxHeading: false } };
      }
    }
    i = last;
  }
}

/** The last marked line of the table that starts on marked line `i`: marked lines no more than LINES_BETWEEN short lines apart. */
function tableEnd(blocks: ClassedBlock[], tableLines: number[], i: number): number {
  let last = i;
  for (let j = i + 1; j < blocks.length && j - last <= LINES_BETWEEN + 1; j++) {
    if (tableLines[j]) last = j;
    else if (!passedOver(blocks[j])) break;
  }
  return last;
}

/** The cells the marked lines from..to hold, their lines of prose not counted (a tab beside a paragraph makes no table). */
function cellsOf(blocks: ClassedBlock[], tableLines: number[], from: number, to: number): number {
  let cells = 0;
  for (let k = from; k <= to; k++) if (blocks[k].cls !== 'good') cells += tableLines[k];
  return cells;
}

/**
 * The rows of the tables the tabs mark inside the run (start..end): contiguous marked lines holding
 * TABLE_CELLS cells or more. They are the article's, whatever one row looks like alone:
 * - "Recommended configuration" / "Processor:→Intel Core 3→Screen:→15.6-inch" / …: under a heading
 *   worded as a box of other stories' (or under such a box's last headline) a table was left out as
 *   the box's headlines. Other stories come as a list of headlines, not as a table: its rows leave the box.
 * - "Brain Function→44.92%→3", "Weight→4.41 lbs": a row of figures reads as a date line alone, which
 *   the run leaves out inside it; detectMainText keeps such a row.
 * What the run left out stays out.
 */
export function tableRowsInsideTheRun(boxed: Set<number>, tableLines: number[] | undefined, start: number, end: number): Set<number> {
  const rows = new Set<number>();
  if (!tableLines) return rows;
  for (let i = start; i <= end; i++) {
    if (!tableLines[i]) continue;
    let last = i;
    let cells = 0;
    for (let j = i; j <= end && tableLines[j]; j++) [last, cells] = [j, cells + tableLines[j]];
    if (cells >= TABLE_CELLS) {
      for (let k = i; k <= last; k++) {
        rows.add(k);
        boxed.delete(k);
      }
    }
    i = last;
  }
  return rows;
}
