/**
 * How the rules for a page's controls alone on their line (lone-share-buttons.ts, lone-media-controls.ts)
 * leave them out: under the article's first paragraph only (over it, the header's rules read such a line
 * as the short line it is), a whole line the control's pattern matches, its weight kept unless it was
 * heavier than a caption's (a control at the page's foot still weighs as furniture; one between
 * paragraphs lets the run cross it). A line classed as prose is left alone unless the caller's pattern is a
 * whole sentence no article writes (`prose`: a comment form's "Save my name, email, and website …").
 */
import type { ClassedBlock } from '../../main-text.ts';
import { CAPTION_WEIGHT, leaveOut } from './leave-out.ts';

export function leaveOutLoneControls(lines: string[], blocks: ClassedBlock[], control: RegExp, maxChars: number, why: string, prose = false): void {
  const firstParagraph = blocks.findIndex((b) => b.cls === 'good');
  if (firstParagraph === -1) return;
  for (let i = firstParagraph + 1; i < lines.length; i++) {
    const b = blocks[i];
    // The untrimmed length bound first: most lines are longer and skip the regex.
    if ((b.cls === 'good' && !prose) || b.cls === 'bad' || lines[i].length > maxChars + 8) continue;
    const line = lines[i].trim();
    if (line.length > maxChars || !control.test(line)) continue;
    leaveOut(b, why, Math.min(b.weight, CAPTION_WEIGHT));
  }
}
