/** Readability's answer that is a small form of the page: the page read again without its small forms (form-answer.ts), each reported (stages/html.ts). */
import type { Report } from '../../../report.ts';
import { blocksOf, shownChars, type HtmlBlock } from './html-blocks.ts';
import { releaseTree } from '../prune/html-dom.ts';
import { answerIsSmallForm, dropSmallForms } from './form-answer.ts';
import { extract, type DomRoot, type Extracted, type Prune } from './readability-reading.ts';
import type { ProseOf } from './prose-once.ts';
import type { WholePage } from './whole-page.ts';

/**
 * Readability's answer when it is a small form of the page (lib/html/article/form-answer.ts): the page
 * read again without its small forms, each rebuild of an attempt too, and that answer taken when it
 * has text outside them. Only an answer of little prose on a page with a <form> is looked at: a
 * notice's or a comment form's wording is a few lines (and the whole page is built for the look),
 * while a form holding paragraphs of prose is a shop's product described inside the form that orders
 * it, which is what its page is about. The answer's blocks marked as furniture count too: a comment
 * form the furniture rules would drop whole leaves the page with no article at all.
 */
const FORM_ANSWER_MAX_PROSE = 400;

export function withoutFormAnswer(
  article: Extracted,
  blocks: HtmlBlock[],
  whole: WholePage,
  rebuild: Prune['rebuild'],
  tagNames: ReadonlySet<string>,
  report: Report,
  proseOf: ProseOf,
): HtmlBlock[] {
  if (!tagNames.has('FORM') || proseOf(blocks) >= FORM_ANSWER_MAX_PROSE) return blocks;
  const page = whole.tree();
  if (!page.body || !answerIsSmallForm(blocks.map((b) => b.text), page.body as never)) return blocks;
  let dropped: string[] = [];
  const withoutForms: Prune['rebuild'] = (bodyOnly) => {
    const built = rebuild(bodyOnly);
    dropped = built.body ? dropSmallForms(built.body as never) : [];
    return built;
  };
  const first = withoutForms();
  try {
    const again = extract(first, withoutForms, tagNames).article;
    if (!again?.content) return blocks;
    const againBlocks = blocksOf(again.content as DomRoot, { furniture: true });
    if (!againBlocks.some((b) => !b.furniture) || answerIsSmallForm(againBlocks.map((b) => b.text), page.body as never)) {
      releaseTree(again.content);
      return blocks;
    }
    report.add('html', 'form-answer', 'changed', undefined, `Readability took a form of the page for the article (${shownChars(blocks)} characters); read without the page's small forms: ${shownChars(againBlocks)}`);
    for (const text of dropped) report.add('html', 'form-answer', 'removed', text, 'a small form of the page (a consent notice, a comment or log-in form): no part of the article');
    releaseTree(article.content);
    article.content = again.content;
    return againBlocks;
  } catch (error) {
    report.add('html', 'extractor-failed', 'found', undefined, `Readability, reading without the page's forms: ${(error as Error).message}`);
    return blocks;
  } finally {
    releaseTree(first);
  }
}
