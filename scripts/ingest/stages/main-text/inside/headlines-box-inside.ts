/**
 * "Related" / three other stories' headlines / the article's last paragraph / share buttons: a box
 * of headlines alone that the page set inside the article, above the paragraphs that close it. Under
 * a box heading that follows the article, other stories' summaries come each under its own headline
 * (main-text.ts teasersUnderABoxAfterTheArticle): a headline, its summary, the next headline, its
 * summary. Here the headlines stand in a row with no summary between them, and a paragraph ends a
 * sentence under the last, with no more headlines and summaries after it: the article goes on there.
 * The box's lines are left out at a caption's weight (../shared/leave-out.ts), so the run crosses them, and the
 * paragraph keeps the weight it had as prose. Found before the box rules weigh the lines under a box
 * heading; applied after them.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOutBoxLines } from '../shared/leave-out.ts';

/**
 * Paragraphs right over the heading: the box stands inside the article's body. Under its opening
 * alone (a lead and a picture's caption over it) the lines above may be the page's header.
 */
const PARAGRAPHS_ABOVE = 2;
/** Headlines in a row under the heading: one alone may be the heading of a single teaser. */
const MIN_HEADLINES = 2;
const MAX_HEADLINES = 8;
/** A headline is a line, not a summary. */
const HEADLINE_WORDS = 20;
/** Words of another teaser's headline right under the paragraph. */
const NEXT_HEADLINE_WORDS = 3;
/** Lines under the paragraph in which another headline and its summary would show the box going on. */
const TEASER_REACH = 3;

export const HEADLINES_BOX_INSIDE = 'a box of other stories\' headlines set inside the article, above its closing paragraphs';

export interface HeadlinesBox {
  heading: number;
  /** The paragraph the article resumes with, and its weight as prose. */
  resumes: number;
  weight: number;
}

const isParagraph = (b: ClassedBlock | undefined) => !!b && b.cls === 'good' && b.features.sentenceEnd;
const isHeadline = (b: ClassedBlock) => b.cls === 'short' && !b.features.sentenceEnd && !b.features.dateLine && b.features.words <= HEADLINE_WORDS;

/** The boxes of headlines alone under a box heading, with paragraphs right above and a paragraph right under them. */
export function headlinesBoxesInside(blocks: ClassedBlock[], isBoxHeading: (b: ClassedBlock) => boolean): HeadlinesBox[] {
  const boxes: HeadlinesBox[] = [];
  for (let i = 1; i < blocks.length; i++) {
    if (!isBoxHeading(blocks[i]) || i < PARAGRAPHS_ABOVE || !blocks.slice(i - PARAGRAPHS_ABOVE, i).every(isParagraph)) continue;
    let k = i + 1;
    while (k < blocks.length && k - i - 1 < MAX_HEADLINES && isHeadline(blocks[k])) k++;
    if (k - i - 1 < MIN_HEADLINES || !isParagraph(blocks[k]) || teasersGoOn(blocks, k)) continue;
    boxes.push({ heading: i, resumes: k, weight: blocks[k].weight });
    i = k;
  }
  return boxes;
}

/**
 * Another headline right under the paragraph, or a headline and its summary: the paragraph was a
 * teaser's summary (the box's last headline's), and the box goes on.
 */
function teasersGoOn(blocks: ClassedBlock[], p: number): boolean {
  if (isParagraph(blocks[p + 1])) return false;
  // (A word or two is a button, a label: "Twitter", "Aktuelle Artikel".)
  if (blocks[p + 1] && isHeadline(blocks[p + 1]) && blocks[p + 1].features.words >= NEXT_HEADLINE_WORDS) return true;
  for (let k = p + 1; k < blocks.length && k <= p + TEASER_REACH; k++) if (blocks[k].cls === 'good') return true;
  return false;
}

/** The box's lines left out at a caption's weight, the paragraph under it the article's again (out of `boxed`). */
export function resumeUnderHeadlinesBoxes(blocks: ClassedBlock[], boxed: Set<number>, boxes: HeadlinesBox[]): void {
  for (const { heading, resumes, weight } of boxes) {
    leaveOutBoxLines(blocks, boxed, heading, resumes, HEADLINES_BOX_INSIDE);
    boxed.delete(resumes);
    blocks[resumes].weight = weight;
  }
}
