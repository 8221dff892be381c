/** The article a Next.js page streams, read as a page's article is, when the DOM's blocks fall far short of it (stages/html.ts). */
import { Report } from '../../../report.ts';
import { blocksOf, type HtmlBlock } from './html-blocks.ts';
import type { PageMeta } from '../metadata/html-meta.ts';
import { decodeHtml } from '../read/html-charset.ts';
import { articleHtmlInStream, nextStreamPayload } from '../read/next-stream.ts';
import { streamedArticleWhy, streamMayHoldMore, withoutPlaceholders } from './streamed-article.ts';
import { withoutStrayNuls } from '../../safety/nul-characters.ts';
import { withoutMojibake } from '../read/mojibake-pieces.ts';
import { withNextLinesAsSpaces } from '../read/next-line-spaces.ts';
import { prunePage } from '../prune/html-prune.ts';
import { releaseTree } from '../prune/html-dom.ts';
import { reportPruned } from '../prune/pruned-report.ts';
import { extract, type DomRoot, type Reading } from './readability-reading.ts';
import { withoutFurniture } from '../furniture/blocks-without-furniture.ts';

/**
 * The article a Next.js page streams (lib/html/read/next-stream.ts), read as a page's article is
 * (Readability, the article's blocks, its furniture left out), when the DOM's blocks (`shown`) fall far
 * short of it (lib/html/article/streamed-article.ts); else null, and nothing reported but what the
 * stream's reading could not read. Its HTML is parsed as a page of its own (scripts and handlers
 * dropped by the parser as any page's); the page's own fields stay the article's headline, author and dates.
 */
export function streamedArticle(bytes: Uint8Array, shown: HtmlBlock[], noArticle: boolean, page: PageMeta, report: Report): HtmlBlock[] | null {
  // The page whole, in one decode: what its pieces joined give (tests/ingest/html-pieces.test.ts), without
  // the pieces and their join (a page that streams is a large one: ~0.5 MB on average in the metadata set).
  const payload = nextStreamPayload(decodeHtml(bytes).html);
  if (payload.cut) report.add('html', 'next-stream-budget', 'skipped', undefined, `the page's streamed data: ${payload.cut}`);
  const found = articleHtmlInStream(payload.text);
  if (!found || !streamMayHoldMore(shown, noArticle, found.paragraphChars)) return null;
  // The stream's reading reports into a report of its own, kept only when its article is taken.
  const own = new Report(report.seed);
  const source = withNextLinesAsSpaces(withoutMojibake(withoutStrayNuls([`<!DOCTYPE html><html><body><article>`, found.html, '</article></body></html>'], 'html', own), own), own);
  const { document, rebuild, tagNames, release, unbuilt, rubyReadings } = prunePage(source);
  // What the budgets left of the stream's HTML, and its ruby readings, is said as the page's own would be.
  reportPruned(unbuilt, rubyReadings, own);
  let reading: Reading | null = null;
  try {
    reading = extract(document, rebuild, tagNames);
  } catch (error) {
    own.add('html', 'extractor-failed', 'found', undefined, `Readability, on the page's streamed data: ${(error as Error).message}`);
  }
  const content = reading?.article?.content;
  let blocks = content ? withoutFurniture(blocksOf(content as DomRoot, { furniture: true }), page, reading?.article?.byline ?? null, own) : [];
  if (blocks.length === 0) {
    reading?.restorePage();
    blocks = document.body ? blocksOf(document.body as unknown as DomRoot) : [];
  }
  release(document);
  if (content) releaseTree(content);
  const { kept, removed } = withoutPlaceholders(blocks);
  for (const b of removed) own.add('html', 'template-placeholder', 'removed', b.text, "a template's placeholder the page's script would have filled (streamed HTML no script has run on)");
  blocks = kept;
  const why = streamedArticleWhy(shown, noArticle, blocks);
  if (!why) return null;
  const malformed = payload.malformed ? `; ${payload.malformed} malformed push(es) skipped` : '';
  report.add('html', 'next-stream', 'changed', undefined, `${why}: the article read from the page's streamed data (Next.js, ${payload.chunks} pushes${malformed})`);
  report.entries.push(...own.entries);
  for (const b of shown) report.add('html', 'next-stream-replaced', 'removed', b.text, "shown in the page's DOM: the article is read from its streamed data instead");
  return blocks;
}
