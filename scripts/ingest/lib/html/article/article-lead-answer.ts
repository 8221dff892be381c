/** Readability's answer after the article's opening it left out under the page's <h1> (html-article-lead.ts), each block reported (stages/html.ts). */
import type { Report } from '../../../report.ts';
import { blocksOf, proseChars, type HtmlBlock } from './html-blocks.ts';
import { headlinesAmong, leadBeforeAnswer, mayHaveLeadIn, type PageAsBuilt } from './html-article-lead.ts';
import type { DomRoot } from './readability-reading.ts';
import type { WholePage } from './whole-page.ts';
import { nextStoryStart, nextStoryWhy, otherStoriesHeads } from './next-story-answer.ts';

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
  // The opening is the whole article and the next story's <h1> (next-story-answer.ts) over the answer,
  // nothing of that story's prose between them: the answer is the next story, and the article the opening up to it.
  const next = nextStoryStart(lead.blocks, otherStoriesHeads(asBuilt.h1Texts, headlines), headlines, whole);
  if (next !== -1 && proseChars(lead.blocks.slice(next + 1)) === 0) {
    for (const b of lead.blocks.slice(0, next)) report.add('html', 'article-lead', 'changed', b.text, `${lead.why}, up to the next story's <h1>`);
    const why = nextStoryWhy(lead.blocks[next].text);
    for (const b of [...lead.blocks.slice(next), ...answer]) if (!b.furniture) report.add('html', 'next-story', 'removed', b.text, why);
    return lead.blocks.slice(0, next);
  }
  for (const b of lead.blocks) report.add('html', 'article-lead', 'changed', b.text, lead.why);
  return [...lead.blocks, ...answer];
}
