/**
 * "Most read" / four other stories' headlines / a paragraph / a sub-heading / paragraphs: a box of
 * headlines alone that the page set inside the article, which goes on under it. A box of other
 * stories sets each summary under its own headline (a headline, its summary, the next headline, its
 * summary), never two summaries in a row; a box of headlines alone has no summary at all. So three
 * headlines or more in a row under a box heading, then a paragraph, then within a few lines two
 * paragraphs in a row, is the article going on, from that paragraph down. headlines-box-inside.ts
 * takes the same box above the article's last paragraph (nothing under it); this takes it where the
 * article goes on for paragraphs, under a box heading of any wording, the article's prose right over
 * the heading (a picture's caption or credit may stand between). The box's lines are left out with
 * their reason, at a caption's weight, so the run crosses them; the lines from the paragraph down keep
 * the weights they had before the box rules weighed them. Found before those rules weigh the lines under a box heading; applied after them.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOutBoxLines } from '../shared/leave-out.ts';

export const HEADLINES_BOX_OVER_THE_ARTICLE = 'a box of other stories\' headlines set inside the article, which goes on under it';

/** Headlines in a row under the heading: two may be a teaser's kicker and headline over its summary. */
const MIN_HEADLINES = 3;
const MAX_HEADLINES = 8;
/** A headline is a line, not a summary. */
const HEADLINE_WORDS = 20;
/**
 * Lines over the heading in which the article's paragraph must stand (a picture's caption or credit
 * between): a box under the article's prose stands inside it; under other furniture, the box may
 * follow the article, and what goes on under it in paragraphs is the page's (comments, an author's note).
 */
const PROSE_ABOVE_REACH = 2;
/** Lines under the paragraph in which two paragraphs in a row show the article going on. */
const GOES_ON_REACH = 4;
/** How far the lines the box rules weighed are given their weights back: the walk under a box heading stops at the next. */
const RESTORE_REACH = 60;

export interface ArticleUnderABox {
  heading: number;
  /** The paragraph the article resumes with. */
  resumes: number;
  /** The weights of the lines from that paragraph down, before the box rules weighed them. */
  weights: number[];
}

/** A paragraph: good prose, with or without its full stop (one that ends on a colon introduces what follows). */
const isParagraph = (b: ClassedBlock | undefined) => !!b && b.cls === 'good';
const isProse = (b: ClassedBlock | undefined) => !!b && (b.cls === 'good' || b.cls === 'near') && b.features.sentenceEnd;
/**
 * A headline may end on "!" or "?", and a long one with no full stop reads as near-prose; a line with
 * no words (a picture's place) stands between two.
 */
const isHeadline = (b: ClassedBlock) =>
  (b.cls === 'short' || (b.cls === 'near' && !b.features.sentenceEnd)) && !b.features.dateLine && b.features.words <= HEADLINE_WORDS;

/**
 * The boxes of headlines alone under a box heading that the article goes on under, in paragraphs.
 * `tableLines` (as detectMainText has them): a table's rows the browser's tabs mark are the article's
 * cells, no headlines (main-text/inside/tables-between-paragraphs.ts weighs them).
 */
export function articleUnderHeadlinesBoxes(blocks: ClassedBlock[], isBoxHeading: (b: ClassedBlock) => boolean, tableLines?: number[]): ArticleUnderABox[] {
  const boxes: ArticleUnderABox[] = [];
  for (let i = 1; i < blocks.length; i++) {
    if (!isBoxHeading(blocks[i]) || !proseRightAbove(blocks, i)) continue;
    let k = i + 1;
    let headlines = 0;
    for (; k < blocks.length && headlines < MAX_HEADLINES && isHeadline(blocks[k]) && !tableLines?.[k]; k++) if (blocks[k].features.words > 0) headlines++;
    if (headlines < MIN_HEADLINES || !isParagraph(blocks[k]) || !paragraphsInARowUnder(blocks, k)) continue;
    let last = k;
    while (last + 1 < blocks.length && last + 1 - k < RESTORE_REACH && !isBoxHeading(blocks[last + 1])) last++;
    boxes.push({ heading: i, resumes: k, weights: blocks.slice(k, last + 1).map((b) => b.weight) });
    i = k;
  }
  return boxes;
}

/** A paragraph within PROSE_ABOVE_REACH lines over the heading. */
function proseRightAbove(blocks: ClassedBlock[], heading: number): boolean {
  for (let k = heading - 1; k >= 0 && heading - k <= PROSE_ABOVE_REACH; k--) if (isParagraph(blocks[k])) return true;
  return false;
}

/** Two paragraphs in a row a few lines under the paragraph (or it and the line right under it). */
function paragraphsInARowUnder(blocks: ClassedBlock[], p: number): boolean {
  for (let k = p; k < blocks.length - 1 && k <= p + GOES_ON_REACH; k++) if (isProse(blocks[k]) && isProse(blocks[k + 1])) return true;
  return false;
}

/**
 * The box's lines left out at a caption's weight; from the paragraph down, the lines the box rules
 * took for the box's (`boxed`) are the article's again, at their own weights, up to the first they did not take.
 */
export function resumeUnderArticlesBoxes(blocks: ClassedBlock[], boxed: Set<number>, boxes: ArticleUnderABox[]): void {
  for (const { heading, resumes, weights } of boxes) {
    leaveOutBoxLines(blocks, boxed, heading, resumes, HEADLINES_BOX_OVER_THE_ARTICLE);
    for (let n = 0; n < weights.length; n++) {
      const k = resumes + n;
      if (n > 0 && !boxed.has(k) && blocks[k].cls !== 'bad') break;
      if (!boxed.delete(k) && n > 0) continue;
      blocks[k].weight = weights[n];
    }
  }
}
