/**
 * Tables of figures that innerText gives one row or one cell a line (a ranking, results, prices):
 * short capitalised lines charged as other stories' headlines, so a long table parted the article's
 * opening from the rest of it. Their lines weigh nothing either way: the run crosses a table between
 * paragraphs and never ends or starts on one. Used by ../../main-text.ts before the run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';

/**
 * "1 Harbor Mutual Group 10,764,591 16.4", "2 Bayside Group 8,324,255 4.1", …: short lines of two
 * figures or more, one after another, are the rows of a table of figures (a ranking, results,
 * prices), which innerText gives one row a line. Capitalised and many, they were charged as a run
 * of other stories' headlines, and a long table parted the article's opening from the rest of it.
 * A table is the article's when prose stands on both sides of it, furniture (a stock widget) when
 * it does not: its rows weigh nothing either way, so the run crosses a table between paragraphs and
 * never ends or starts on one. Other stories' headlines seldom carry two figures each.
 */
export function rowsOfFigures(lines: string[], blocks: ClassedBlock[]): void {
  const row = (i: number) => {
    const b = blocks[i];
    if (b.cls !== 'short' || b.features.sentenceEnd || b.features.words > ROW_WORDS) return false;
    // A year is a date's part ("consulted on October 22, 2025", a list of footnotes), not a figure.
    return (lines[i].match(FIGURE)?.filter((f) => !YEAR.test(f)).length ?? 0) >= ROW_FIGURES;
  };
  for (let i = 0; i < blocks.length; i++) {
    if (!row(i)) continue;
    let j = i + 1;
    while (j < blocks.length && row(j)) j++;
    if (j - i >= TABLE_ROWS) for (let k = i; k < j; k++) Object.assign(blocks[k], { weight: 0, headlineLike: false, why: TABLE_ROW });
    i = j - 1;
  }
  cellsOfFigures(lines, blocks);
}

/**
 * "Replacing a Deck Railing" / "$189 - $449+" / "Sealing and Staining" / "$349 - $749+" / …, or "97%" /
 * "Classes Taken Online" / "$15,000" / "Average Tuition" / …: a table whose cells are blocks, which
 * innerText gives one cell a line. Its labels are short and capitalised, charged as other stories'
 * headlines, and the run stopped above the table. Short lines in which a cell that is all figures
 * stands at least every third line are such a table: like rows of figures, its lines weigh nothing
 * either way (a line that weighs for the article keeps its weight). A box of other stories with its
 * reading times ("3 min read") is not one: a reading time is more than a figure.
 */
function cellsOfFigures(lines: string[], blocks: ClassedBlock[]): void {
  // A lone figure ("12,400") reads as the site's counter: among cells of figures it is one of them.
  const counter = (i: number) => blocks[i].cls === 'bad' && blocks[i].features.counter && !blocks[i].features.age && !blocks[i].features.dateLine;
  // A label may end like a sentence ("(permits included.)"); a longer line between cells (a note on
  // the prices) keeps its weight for the article and does not part the table.
  const cell = (i: number) => (blocks[i].cls === 'short' || blocks[i].cls === 'near' || counter(i)) && (blocks[i].features.words <= CELL_WORDS || blocks[i].weight > 0);
  // All figures: "$89 - $249+", "97%", "18:1", "12,400". Not "6 min" or "3 min read" (a reading time,
  // a lesson's length), nor a lone "1", "2" (an item's number in a list of cards).
  const figureCell = (i: number) => {
    const line = lines[i].trim();
    return FIGURE_CELL.test(line) && !/\p{L}/u.test(line) && !ITEM_NUMBER.test(line) && !YEAR.test(line);
  };
  for (let i = 0; i < blocks.length; i++) {
    if (!cell(i) || !figureCell(i)) continue;
    // From a cell of figures on, while no more than two labels stand between two of them.
    let last = i;
    let figures = 1;
    for (let j = i + 1; j < blocks.length && j - last <= 3 && cell(j); j++) {
      if (figureCell(j)) [last, figures] = [j, figures + 1];
    }
    if (figures < TABLE_ROWS) continue;
    // The label above the first figure and the one under the last belong to the table as well.
    const from = i > 0 && cell(i - 1) && !figureCell(i - 1) ? i - 1 : i;
    const to = last + 1 < blocks.length && cell(last + 1) ? last + 1 : last;
    for (let k = from; k <= to; k++) if (blocks[k].weight < 0) Object.assign(blocks[k], { cls: counter(k) ? 'short' : blocks[k].cls, weight: 0, headlineLike: false, why: TABLE_CELL });
    i = last;
  }
}
const TABLE_CELL = 'a cell of a table of figures';
/** Words a cell of a table may hold. */
const CELL_WORDS = 8;
const FIGURE_CELL = /\d/;
const ITEM_NUMBER = /^#?\d{1,2}\.?$/;
/** A figure standing alone: "16.4", "107,764,591", "-4.9", "$1,595", "47%" (not "64GB", not "H1"; "8-10" and "3/4" are one). */
export const TABLE_ROW = 'a row of a table of figures';
const FIGURE = /(?<![\p{L}\p{N}\-–/])[-+−]?[$€£¥]?\d(?:[\d,.]*\d)?%?(?![\p{L}\p{N}])/gu;
const YEAR = /^(?:1[89]|20)\d\d$/;
/** Figures a row holds at least; words a row holds at most; rows in a row that make a table. */
const ROW_FIGURES = 2;
const ROW_WORDS = 25;
const TABLE_ROWS = 4;
