/**
 * A picture gallery's slide counter alone on its line between the article's paragraphs: "1/12",
 * "1 / 9", "1 of 24", "1 von 12", "1 de 5", "1 av 3". The gallery's pictures and captions are gone
 * from the innerText (or read as captions already); its counter is a short line the run kept. The
 * first slide's number over the gallery's count (two or more), with prose of eight words or more right
 * above or right under it, is left out with its reason, weighing as a caption. What stays: another
 * fraction ("24/7", "3/4"), a "1/2" among a table's cells or a recipe's amounts (no prose beside
 * it), a count written into a sentence.
 *
 * Used by detectMainText before the run is found, with the caption rules.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOut } from '../shared/leave-out.ts';
import { isProse } from '../shared/prose.ts';

/** The first slide's number, "of" in the news sets' languages or a slash, the gallery's count. */
const SLIDE_COUNTER = /^1 ?(?:\/|of|von|de|di|av|af|z|sur|van|из) ?(\d{1,3})$/u;
/** Words of the prose beside the counter, at least. */
const PROSE_WORDS = 8;

const WHY = "a picture gallery's slide counter (\"1/12\", \"1 of 24\")";

/** Is the line the first slide's counter ("1/12"), the gallery two pictures or more? */
export function slideCounter(line: string): boolean {
  const m = SLIDE_COUNTER.exec(line.trim());
  return !!m && Number(m[1]) >= 2;
}

function proseBeside(b: ClassedBlock | undefined): boolean {
  return isProse(b) && b!.features.words >= PROSE_WORDS;
}

export function slideCountersBetweenParagraphs(lines: string[], blocks: ClassedBlock[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (blocks[i].cls === 'bad' || !slideCounter(lines[i])) continue;
    if (!proseBeside(blocks[i - 1]) && !proseBeside(blocks[i + 1])) continue;
    leaveOut(blocks[i], WHY);
  }
}
