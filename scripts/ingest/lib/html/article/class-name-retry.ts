/**
 * Readability's short answer read again without its class-name rules (stages/html.ts), the second answer
 * refused when it is a reader's comment of a comment thread (comment-thread-answer.ts); the first
 * answer's blocks the second does not hold each reported (retry-dropped-blocks.ts).
 */
import type { Report } from '../../../report.ts';
import { blocksOf, type HtmlBlock } from './html-blocks.ts';
import { releaseTree } from '../prune/html-dom.ts';
import { blocksNotHeld } from './retry-dropped-blocks.ts';
import { answerInCommentThread } from './comment-thread-answer.ts';
import { extract, type DomRoot, type Extracted, type Prune, type Reading } from './readability-reading.ts';
import { FLAG_CLEAN_CONDITIONALLY } from './readability-attempts.ts';
import type { ProseOf } from './prose-once.ts';
import type { WholePage } from './whole-page.ts';

/**
 * Readability trusts class names: it drops a box named like a sidebar, footer or comment before it
 * scores anything ("full-width-template-with-sidebar" on the page's <article>), and weighs boxes by
 * words in their names. It takes the first answer of 500 characters or more, so a wrong name can
 * leave it a disclosure or a list of figures beside the article. When the answer holds little prose
 * and a small share of the page's text, Readability reads the page again without those two rules
 * (its own looser retry, FLAG_CLEAN_CONDITIONALLY alone), and that answer is taken when it holds at
 * least twice the prose. Measured on the metadata set's dev pages (bench/README.md).
 */
const RETRY_BELOW_PROSE = 2000;
const RETRY_BELOW_PAGE_SHARE = 0.25;
const RETRY_GAIN = 2;

export function withoutClassNameRulesIfShort(
  reading: Reading & { article: Extracted },
  blocks: HtmlBlock[],
  pageChars: number,
  rebuild: Prune['rebuild'],
  tagNames: ReadonlySet<string>,
  report: Report,
  proseOf: ProseOf,
  whole: WholePage,
): HtmlBlock[] {
  if (reading.looseGivesTheSame) return blocks;
  const prose = proseOf(blocks);
  if (prose >= RETRY_BELOW_PROSE || prose >= pageChars * RETRY_BELOW_PAGE_SHARE) return blocks;
  const { article } = reading;
  const page = reading.looseContent ? null : rebuild();
  try {
    const loose = reading.looseContent ? { content: reading.looseContent() } : extract(page!, rebuild, tagNames, FLAG_CLEAN_CONDITIONALLY).article;
    if (!loose?.content) return blocks;
    const looseBlocks = blocksOf(loose.content as DomRoot, { furniture: true });
    const looseProse = proseOf(looseBlocks);
    if (looseProse < RETRY_GAIN * Math.max(prose, 1)) {
      releaseTree(loose.content);
      return blocks;
    }
    if (isCommentInsteadOfArticle(blocks, looseBlocks, whole)) {
      report.add('html', 'extractor-retry-refused', 'found', looseBlocks[0]?.text, `the second reading without Readability's class-name rules took a reader's comment of a comment thread (${looseProse} characters of prose) over the first answer (${prose}): the first is kept`);
      releaseTree(loose.content);
      return blocks;
    }
    report.add(
      'html',
      'extractor-retried',
      'changed',
      undefined,
      `Readability's class-name rules left ${prose} characters of prose of a page of ${pageChars}; read without them: ${looseProse}`,
    );
    for (const block of blocksNotHeld(blocks, looseBlocks)) {
      report.add('html', 'extractor-retried', 'removed', block.text, `in Readability's first answer (${prose} characters of prose), not in the second reading without its class-name rules that replaced it (${looseProse})`);
    }
    releaseTree(article.content);
    article.content = loose.content;
    return looseBlocks;
  } catch (error) {
    report.add('html', 'extractor-failed', 'found', undefined, `Readability, second reading: ${(error as Error).message}`);
    return blocks;
  } finally {
    if (page) releaseTree(page);
  }
}

/** The retried answer stands in a comment thread (lib/html/article/comment-thread-answer.ts) and the first does not. */
function isCommentInsteadOfArticle(first: HtmlBlock[], retried: HtmlBlock[], whole: WholePage): boolean {
  const body = whole.tree().body as never;
  const firstText = first.find((b) => !b.furniture)?.text;
  const retriedText = retried.find((b) => !b.furniture)?.text;
  if (!body || !firstText || !retriedText) return false;
  return answerInCommentThread(body, retriedText) && !answerInCommentThread(body, firstText);
}
