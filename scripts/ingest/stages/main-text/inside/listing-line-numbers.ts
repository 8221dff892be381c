/**
 * A code listing's line numbers ("1", "2", "3", … one a line): left out, but weighing nothing, so a
 * technical article runs on through its listings. Used by ../../main-text.ts before the run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';

/**
 * "1", "2", "3", … each alone on its line: the line numbers a code listing shows beside its code,
 * which innerText gives one per line. Not the site's counters: left out, but they weigh nothing, so a
 * technical article runs on through its listings (their code weighs nothing either).
 */
export function lineNumbersOfListings(lines: string[], blocks: ClassedBlock[]): void {
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].features.words !== 1 || lines[i].trim() !== '1') continue;
    let j = i + 1;
    while (j < blocks.length && lines[j].trim() === String(j - i + 1)) j++;
    if (j - i < LISTING_LINES) continue;
    for (let k = i; k < j; k++) blocks[k] = { ...blocks[k], cls: 'bad', why: 'a code listing\'s line number', weight: 0 };
    i = j - 1;
  }
}
/** Numbered lines in a row that make a listing's gutter. */
const LISTING_LINES = 3;
