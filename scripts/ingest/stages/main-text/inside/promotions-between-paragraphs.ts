/**
 * A call to action between paragraphs ("CLICK HERE TO GET THE APP" inside the story): still
 * furniture, but weighing little, so the article runs on past it. Used by ../../main-text.ts as it
 * weighs the lines.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { isProse } from '../shared/prose.ts';

/**
 * A call to action between paragraphs ("CLICK HERE TO GET THE APP" inside the story) is a promotion
 * the site puts inside its articles: still furniture, but it weighs little, so the article runs on
 * past it (jusText's context: a block between good ones is judged by them). One paragraph after it
 * is not enough: that is as often an author's note or a site blurb under the closing promotion.
 */
export function promotionsBetweenParagraphs(blocks: ClassedBlock[]): void {
  blocks.forEach((b, i) => {
    if (b.features.callToAction && b.cls === 'bad' && blocks[i - 1]?.cls === 'good' && isProse(blocks[i + 1]) && isProse(blocks[i + 2])) b.weight = -2;
  });
}
