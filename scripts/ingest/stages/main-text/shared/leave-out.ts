/**
 * How the main-text rules that find a kind of box (a card under a "read more" button, a person's
 * box, a caption's broken credit, a link that opens a new window …) leave its lines out: furniture,
 * never a headline, weighing as little as a picture's caption does (main-text.ts classifies a caption
 * at -2), so the article's run goes on past the box rather than ending at it. A rule that wants its
 * box to end the article passes a heavier weight.
 */
import type { ClassedBlock } from '../../main-text.ts';

/** A caption's weight: the run crosses it. */
export const CAPTION_WEIGHT = -2;

/**
 * The weight of a box that ends the article's run (a closing note, a promotion, a teaser block): its
 * words count against the run, capped as a paragraph's are, on top of a floor no line of prose
 * beside it can outweigh.
 */
export function runEndingWeight(block: ClassedBlock, floor = 10): number {
  return -(floor + Math.min(block.features.words, 40));
}

export function leaveOut(block: ClassedBlock, why: string, weight = CAPTION_WEIGHT): void {
  Object.assign(block, { cls: 'bad', why, headlineLike: false, weight });
}

/**
 * A box of other stories' headlines inside the article left out, from its heading down to the line the
 * article resumes with (inside/headlines-box-inside.ts, inside/article-under-a-headlines-box.ts): each
 * line at a caption's weight, one the rules had classed bad with its reason after the box's `why`, and
 * none of them the box rules' (`boxed`) any more.
 */
export function leaveOutBoxLines(blocks: ClassedBlock[], boxed: Set<number>, heading: number, resumes: number, why: string): void {
  for (let k = heading; k < resumes; k++) {
    leaveOut(blocks[k], blocks[k].cls === 'bad' && k !== heading ? `${why} (${blocks[k].why})` : why);
    boxed.delete(k);
  }
}

/**
 * A picture's caption or its credit, left out as `leaveOut` leaves a caption, and marked as one: the
 * rules that read what stands under a caption (a credit, a chart's source) ask the mark, not the words
 * of the reason (inside/sources-between-paragraphs.ts: knownCaption). The mark is the reason it was
 * left out with, so a rule that later leaves the line out for another reason unmarks it.
 */
export function leaveOutAsCaption(block: ClassedBlock, why: string): void {
  leaveOut(block, why);
  block.pictureCaption = why;
}
