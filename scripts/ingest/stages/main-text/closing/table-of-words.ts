/**
 * A table of words that closes an article: shops and what each sells, plants and where each grows,
 * one cell a line as innerText gives a table whose cells are blocks ("Harbor Knits" / "harbor knits"
 * / "organic wool" / "linen" / …). Every cell is a short line that weighs against the run
 * (main-text.ts), which ends on the paragraph above the table and leaves it out. Used by
 * detectMainText after the run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';

/** Cells a table holds at least: more than a closing list's items or a row of buttons. */
const TABLE_CELLS = 20;
/** Words a cell holds at most: a note in a cell ("where I bought mine, made by a family firm") is longer than a label. */
const CELL_WORDS = 20;
/** Share of cells written in lower case (a menu, a list of headlines and a footer use capitals). */
const LOWER_CASE_SHARE = 1 / 3;
/** Share of cells whose text comes again in the table (one value under several rows); a tag list names each tag once. */
const REPEATED_SHARE = 1 / 5;
/** Opens on a lower-case letter, perhaps after a quotation mark or a bracket. */
const OPENS_IN_LOWER_CASE = /^\P{L}*\p{Ll}/u;

function isCell(b: ClassedBlock): boolean {
  const f = b.features;
  return f.words >= 1 && f.words <= CELL_WORDS && (b.cls === 'short' || (b.cls === 'near' && !f.sentenceEnd));
}

/**
 * Right under the run's last line, a stretch of short lines with no paragraph, no
 * furniture and no comment wall among them, TABLE_CELLS or more, of which a third open in lower
 * case and a fifth repeat a cell of the stretch: a table of words. The article ends on its last
 * lower-case cell (what follows, in capitals, is the page's). One pass over the stretch. Returns the
 * article's last line.
 */
export function tableOfWordsAfterTheRun(lines: string[], blocks: ClassedBlock[], walls: boolean[], end: number): number {
  const from = end + 1;
  let to = from;
  const seen = new Map<string, number>();
  let lower = 0;
  let lastLower = -1;
  for (; to < blocks.length && !walls[to] && isCell(blocks[to]); to++) {
    const key = lines[to].trim().toLowerCase();
    seen.set(key, (seen.get(key) ?? 0) + 1);
    if (OPENS_IN_LOWER_CASE.test(lines[to])) [lower, lastLower] = [lower + 1, to];
  }
  const cells = to - from;
  if (cells < TABLE_CELLS || lower < cells * LOWER_CASE_SHARE) return end;
  let repeated = 0;
  for (const n of seen.values()) if (n > 1) repeated += n;
  return repeated >= cells * REPEATED_SHARE ? lastLower : end;
}
