/**
 * How the rules for a page's controls alone on their line (inside/lone-share-buttons.ts,
 * inside/lone-media-controls.ts, inside/lone-form-messages.ts) leave them out, all in one pass over the
 * lines: under the article's first paragraph only (over it, the header's rules read such a line as the
 * short line it is), a whole line a control's pattern matches, its weight kept unless it was heavier than
 * a caption's (a control at the page's foot still weighs as furniture; one between paragraphs lets the run
 * cross it). A line classed as prose is left alone unless the control's pattern is a whole sentence no
 * article writes (`prose`: a comment form's "Save my name, email, and website …"). The controls are tried
 * in the order given; the first that matches gives the reason.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { CAPTION_WEIGHT, leaveOut } from './leave-out.ts';

/** One kind of lone control: its whole line's pattern, the longest line it can be, and the reason reported. */
export interface LoneControl {
  line: RegExp;
  maxChars: number;
  why: string;
  prose?: boolean;
}

export function leaveOutLoneControls(lines: string[], blocks: ClassedBlock[], controls: readonly LoneControl[]): void {
  const firstParagraph = blocks.findIndex((b) => b.cls === 'good');
  if (firstParagraph === -1) return;
  for (let i = firstParagraph + 1; i < lines.length; i++) {
    const b = blocks[i];
    if (b.cls === 'bad') continue;
    for (const control of controls) {
      // The untrimmed length bound first: most lines are longer and skip the regex.
      if ((b.cls === 'good' && !control.prose) || lines[i].length > control.maxChars + 8) continue;
      const line = lines[i].trim();
      if (line.length > control.maxChars || !control.line.test(line)) continue;
      leaveOut(b, control.why, Math.min(b.weight, CAPTION_WEIGHT));
      break;
    }
  }
}
