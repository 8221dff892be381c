/**
 * A picture's credit with no © and no picture word, alone on its line right under a caption the stage
 * already knows ("Jana Rose (links) und Ole Berg im Rathaus." / "Screenshots Instagram/YouTube",
 * "… (à gauche) …" / "Jana Rose/Harbor Wire"): the photographer and the agency parted by a slash,
 * the article going on in a paragraph under it. captions-over-credits.ts finds such a credit under a
 * short sentence it reads as the caption; a caption a rule left out before (by its marks: "(links)",
 * "V. l.:") may be longer, and its credit stayed. Under it, and over a paragraph that repeats none of
 * its names (a heading with a slash, "Downtown/Film Row", is what its paragraph goes on about), the
 * line leaves with its reason, weighing as a caption. A slashed line under prose stays.
 *
 * Used by detectMainText after the caption rules.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOutAsCaption } from '../shared/leave-out.ts';
import { slashedCreditAlone } from './captions-over-credits.ts';
import { knownCaption, paragraph } from './sources-between-paragraphs.ts';

const WHY = "a picture's credit alone under its caption (names parted by a slash, no picture word)";

export function creditsUnderCaptions(lines: string[], blocks: ClassedBlock[]): void {
  for (let i = 1; i + 1 < lines.length; i++) {
    if (blocks[i].cls === 'bad' || !knownCaption(blocks[i - 1]) || !paragraph(blocks[i + 1])) continue;
    if (!slashedCreditAlone(lines[i].trim(), lines[i + 1])) continue;
    leaveOutAsCaption(blocks[i], WHY);
  }
}
