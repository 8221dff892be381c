/** Readability's answer widened to the page's own article box that holds it (html-article-container.ts), reported (stages/html.ts). */
import type { Report } from '../../../report.ts';
import { proseChars, type HtmlBlock } from './html-blocks.ts';
import { wholeArticleBlocks } from './html-article-container.ts';
import type { Prune } from './readability-reading.ts';
import type { ProseOf } from './prose-once.ts';
import type { WholePage } from './whole-page.ts';

/** Readability's answer, or the page's own box that holds it and much more prose (lib/html/article/html-article-container.ts). */
export function withWholeArticle(answer: HtmlBlock[], wholePage: WholePage, boxes: Prune['boxes'], report: Report, proseOf: ProseOf): HtmlBlock[] {
  const page = wholePage.tree();
  const whole = page.body ? wholeArticleBlocks(page.body as never, boxes, answer, proseOf) : null;
  if (!whole) return answer;
  report.add('html', 'article-box', 'changed', undefined, `${whole.why} holds Readability's answer (${proseOf(answer)} characters of prose) and ${proseChars(whole.blocks)}: read whole`);
  return whole.blocks;
}
