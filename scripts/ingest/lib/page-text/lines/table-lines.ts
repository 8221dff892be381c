/**
 * Which lines of a browser's innerText are a table's cells, read from its tabs before decode turns
 * them into spaces. innerText joins the cells of a row with a tab and its rows with line ends; a
 * cell that holds blocks (paragraphs, a list) stands on lines of its own, and the tab between two
 * such cells is then left alone on its line, which segment drops as blank. The tab is the only
 * evidence of the table (its cells are short capitalised lines, like a list of other stories'
 * headlines), so it is kept here as a mark per line, never as text: main-text reads the marks
 * (main-text/inside/tables-between-paragraphs.ts).
 */

/** How many blank lines may part a tab-only line from the cell it stands beside. */
const BLANKS_BESIDE_A_CELL = 2;

/** The most cells one mark counts (a mark is a byte). */
const MAX_CELLS = 255;

/**
 * One mark per line of `text` (split at '\n'), the cells the line holds: for a row whose cells are
 * joined by tabs (a tab between two of its characters; a leading or trailing tab is an indent or
 * debris) one more than its runs of tabs, and 1 for the nearest non-blank line above and under a line
 * of only whitespace with a tab in it (a cell of its own); 0 for any other line. Null when the text
 * holds no tab (most texts): nothing to mark.
 */
export function tableLinesOf(text: string): Uint8Array | null {
  if (!text.includes('\t')) return null;
  const lines = text.split('\n');
  const marks = new Uint8Array(lines.length);
  const blank = (i: number) => lines[i].trim() === '';
  const markNearest = (from: number, step: number) => {
    for (let k = from + step, n = 0; k >= 0 && k < lines.length && n <= BLANKS_BESIDE_A_CELL; k += step, n++) {
      if (blank(k)) continue;
      marks[k] ||= 1;
      return;
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.includes('\t')) continue;
    const trimmed = line.trim();
    if (trimmed.includes('\t')) marks[i] = Math.min(MAX_CELLS, cellsOf(trimmed));
    else if (!trimmed) {
      markNearest(i, -1);
      markNearest(i, 1);
    }
  }
  return marks;
}

/** Cells of a row: one, and one more after each run of tabs (an empty cell's two tabs part two cells, as one tab does). */
function cellsOf(row: string): number {
  let cells = 1;
  for (let i = 1; i < row.length; i++) if (row[i] === '\t' && row[i - 1] !== '\t') cells++;
  return cells;
}
