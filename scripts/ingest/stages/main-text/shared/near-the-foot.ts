/**
 * Where a closing rule looks for the line the article ends above (a tags label, the links to the
 * neighbouring posts: main-text/closing/): down the run, each line that is no paragraph, with prose
 * above it and little under it — at most `underShare` of the prose words above, and `maxUnderWords`.
 * The rule asks its own test of each and ends the article at the first that passes (closeFrom).
 */
import type { ClassedBlock } from '../../main-text.ts';
import { isGoodOrNear as isParagraph } from './prose.ts';
import { leaveOut, runEndingWeight } from './leave-out.ts';

/** The run's (start..end) lines near its foot, top down. */
export function* linesNearTheFoot(blocks: readonly ClassedBlock[], start: number, end: number, underShare: number, maxUnderWords: number): Generator<number> {
  let over = 0;
  let under = 0;
  for (let i = start; i <= end; i++) if (isParagraph(blocks[i])) under += blocks[i].features.words;
  for (let i = start; i <= end; i++) {
    const b = blocks[i];
    if (isParagraph(b)) {
      over += b.features.words;
      under -= b.features.words;
      continue;
    }
    if (over === 0 || under > underShare * over || under > maxUnderWords) continue;
    yield i;
  }
}

/** The article ends above line `i`: every line from it to the run's end leaves with `why`, weighing as the end of a run. Returns the article's last line. */
export function closeFrom(blocks: ClassedBlock[], i: number, end: number, why: string): number {
  for (let k = i; k <= end; k++) if (blocks[k].cls !== 'bad') leaveOut(blocks[k], why, runEndingWeight(blocks[k]));
  return i - 1;
}
