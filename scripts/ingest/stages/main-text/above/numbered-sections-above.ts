/**
 * A ranking or a listicle that numbers its items ("1. Alder College" / a short paragraph / its
 * facts, "Class Size: 400" / a box of links on it) and closes on a long essay: each item's facts and
 * links weigh more than its short paragraph, so the run (main-text.ts) finds only the essay, and the
 * items above it are lost. The mirror of numberedSectionsAfterTheRun, which carries a run that holds
 * the first section on to the last. Used by detectMainText once the run's start is known.
 */
import type { ClassedBlock } from '../../main-text.ts';

/** Lines from one numbered heading to the next: more than a table of contents' (one a line), less than a page. */
const MIN_SECTION_LINES = 3;
const MAX_SECTION_LINES = 80;
/** Sections at least: fewer are a few sub-headings that happen to be numbered. */
const SECTIONS = 3;

/**
 * Numbered headings (numberOf: the heading's number, or -1) above the run's first line, counting up
 * from 1 to the last of them, which stands at most a section's length above the run; every two
 * numbers MIN_SECTION_LINES to MAX_SECTION_LINES lines apart, no comment wall crossed, and every
 * section holding a paragraph of prose (a table of contents, a menu or a ranking table numbers its
 * rows with nothing between them). A list that does not count from 1 (a page's second half, a box
 * of other stories' numbered headlines) is left as it was. Returns the first heading's line, the
 * article's new start, or start.
 */
export function numberedSectionsAboveTheRun(blocks: ClassedBlock[], walls: boolean[], start: number, numberOf: (i: number) => number): number {
  // The last section: its heading at most a section's length above the run.
  let at = -1;
  for (let i = start - 1; i >= 0 && i >= start - MAX_SECTION_LINES && !walls[i]; i--) {
    if (numberOf(i) !== -1) {
      at = i;
      break;
    }
  }
  if (at === -1 || numberOf(at) < SECTIONS || !proseBetween(blocks, at + 1, start)) return start;
  let sections = 1;
  while (numberOf(at) > 1) {
    const want = numberOf(at) - 1;
    let previous = -1;
    for (let j = at - 1; j >= 0 && j >= at - MAX_SECTION_LINES && !walls[j]; j--) {
      if (numberOf(j) === want) {
        previous = j;
        break;
      }
    }
    if (previous === -1 || at - previous < MIN_SECTION_LINES || !proseBetween(blocks, previous + 1, at)) return start;
    at = previous;
    sections++;
  }
  return sections >= SECTIONS ? at : start;
}

/** A paragraph of prose among lines from..to-1. */
function proseBetween(blocks: ClassedBlock[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (blocks[i].cls === 'good') return true;
  return false;
}
