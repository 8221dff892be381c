/**
 * A ranking's or a listicle's numbered sections ("1. Salesforce" / its paragraphs / "2. Adobe" / …)
 * going on past what stopped the run inside one (a stock widget, a box of specifications): the
 * article goes on to the last paragraph of the last section. Used by ../../main-text.ts after the
 * run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { sectionNumber } from '../shared/section-number.ts';

/** Lines from one numbered heading to the next: more than a table of contents' (one a line), less than a page. */
const MIN_SECTION_LINES = 3;
const MAX_SECTION_LINES = 80;
/** How far under the run's last paragraph its first numbered section may start (a table's source, a date between). */
const FIRST_SECTION_REACH = 3;
/** Headings in all, inside the run and after it, that make numbered sections. */
const NUMBERED_SECTIONS = 3;

/**
 * "1. Salesforce" / its paragraphs / "2. Adobe" / … : a ranking or a listicle numbers its sections.
 * When the run holds the first of them and ends inside one, what stopped it (a stock widget, a
 * box of specifications, a "Read more" button in each section) is furniture within the article, not
 * its end: the sections that follow go on counting (the next number, a few lines to a page apart,
 * each with a paragraph of prose), and the article goes on to the last paragraph of the last
 * section. A table of contents (one number a line) or a ranking table has no sections between its
 * numbers; what comes after the run unnumbered is judged as before. Returns the article's last line.
 */
export function numberedSectionsAfterTheRun(lines: string[], blocks: ClassedBlock[], walls: boolean[], start: number, end: number): number {
  const numberOf = (i: number) => sectionNumber(lines, blocks, i);
  // The last numbered heading inside the run, and how many came before it, counting up.
  let last = -1;
  let count = 0;
  for (let i = start; i <= end; i++) {
    const n = numberOf(i);
    if (n === -1) continue;
    count = last !== -1 && n === numberOf(last) + 1 ? count + 1 : 1;
    last = i;
  }
  // The run may end right above the first section: "1." a few lines under its last paragraph, with
  // no furniture between (a box of other stories heads its own numbered list).
  for (let i = end + 1; last === -1 && i <= end + FIRST_SECTION_REACH && i < blocks.length && !walls[i]; i++) {
    if (numberOf(i) === 1) [last, count] = [i, 1];
    else if (blocks[i].cls === 'bad') break;
  }
  if (last === -1) return end;
  let newEnd = end;
  let at = last;
  let sections = 0;
  let withProse = 0;
  for (;;) {
    const want = numberOf(at) + 1;
    let next = -1;
    let prose = false;
    for (let j = at + 1; j < blocks.length && j <= at + MAX_SECTION_LINES && !walls[j]; j++) {
      // One number the page wrote otherwise ("3.Snowflake" run together) does not break the count.
      const n = numberOf(j);
      if (n === want || n === want + 1) {
        next = j;
        break;
      }
      if (blocks[j].cls === 'good') prose = true;
    }
    if (next === -1 || next - at < MIN_SECTION_LINES) break;
    sections++;
    if (prose) withProse++;
    count++;
    at = next;
    // The section's own paragraphs: up to the next number, a comment wall or a page's length.
    const following = numberOf(at) + 1;
    for (let j = at + 1; j < blocks.length && j <= at + MAX_SECTION_LINES && !walls[j] && numberOf(j) !== following; j++) if (blocks[j].cls === 'good') newEnd = Math.max(newEnd, j);
  }
  // Most sections hold a paragraph: a menu or a table numbers its rows with nothing between them.
  return count >= NUMBERED_SECTIONS && at > end && withProse * 2 >= sections && newEnd > end ? newEnd : end;
}
