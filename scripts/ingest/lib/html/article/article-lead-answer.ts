/** Readability's answer after the article's opening it left out under the page's <h1> (html-article-lead.ts), each block reported (stages/html.ts). */
import type { Report } from '../../../report.ts';
import { blocksOf, type HtmlBlock } from './html-blocks.ts';
import { headlinesAmong, leadBeforeAnswer, mayHaveLeadIn, type PageAsBuilt } from './html-article-lead.ts';
import type { DomRoot } from './readability-reading.ts';
import type { WholePage } from './whole-page.ts';

/**
 * Readability's answer, after the article's opening it left out under the page's <h1> that tells the
 * story of `title`, the page's headline (lib/html/article/html-article-lead.ts). The page's <h1>s and plain
 * blocks were read before Readability moved its nodes; only where they leave room for an opening is
 * the page built again, for its blocks with their furniture marks.
 */
export function withArticleLead(answer: HtmlBlock[], title: string, asBuilt: PageAsBuilt, whole: WholePage, report: Report): HtmlBlock[] {
  const headlines = headlinesAmong(asBuilt.h1Texts, title);
  if (headlines.size === 0 || !mayHaveLeadIn(asBuilt.blocks, headlines, answer)) return answer;
  const page = whole.tree();
  if (!page.body) return answer;
  const lead = leadBeforeAnswer(blocksOf(page.body as unknown as DomRoot, { furniture: true }), headlines, answer);
  if (!lead) return answer;
  for (const b of lead.blocks) report.add('html', 'article-lead', 'changed', b.text, lead.why);
  return [...lead.blocks, ...answer];
}
