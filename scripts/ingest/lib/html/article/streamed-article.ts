/**
 * Whether the article a Next.js page streams (lib/html/read/next-stream.ts) is read instead of what
 * its DOM shows (stages/html.ts). Only when the DOM falls far short of it:
 * - the extractor found no article in the DOM, and the stream's paragraphs hold at least
 *   STREAM_MIN_CHARS characters and more text than the whole page shows; or
 * - the DOM's article is at most a third of the stream's (STREAM_GAIN, as a JSON-LD articleBody is
 *   read over a teaser: html-article-body.ts) and each paragraph of its prose is in the stream's
 *   article, in the same order: the page showed its opening.
 * A page whose DOM shows its article keeps it: most pages that stream their data render the article
 * into the DOM too, and the stream then also holds teasers, menus and other stories. Measured on the
 * pages of the four public sets that stream (21 of meta, 11 of fundus, none of body or snippets):
 * only the one whose DOM is empty takes its article from the stream (F1 0 → 0.97); where the stream
 * holds the article the DOM shows too, its text is 0.6 to 0.9 times the DOM's (the DOM adds
 * sub-headings and lines the stream keeps as elements), far from STREAM_GAIN.
 */
import type { HtmlBlock } from './html-blocks.ts';
import { countWords } from '../../page-text/language/text.ts';

export const STREAM_MIN_CHARS = 500;
export const STREAM_GAIN = 3;
/** A block of this many words is prose the stream's article must hold; shorter lines (a byline, a place) need not be there. */
const PROSE_WORDS = 10;
/** The start of a paragraph, looked for in the stream's text: a teaser's last paragraph is often cut off. */
const PROBE_CHARS = 80;

/**
 * A template's placeholder the page's script would have filled (an ad slot: "$$ARTICLEAD$$",
 * "{{ad_slot}}", "%%INLINE_AD%%"), left as it is in streamed HTML no script has run on: no text.
 */
const PLACEHOLDER = /^(?:\$\$[\w.-]{1,60}\$\$|%%[\w.-]{1,60}%%|\{\{\s?[\w.-]{1,60}\s?\}\})$/;

/** The streamed article's blocks without its template placeholders, each one left out with its reason. */
export function withoutPlaceholders(blocks: readonly HtmlBlock[]): { kept: HtmlBlock[]; removed: HtmlBlock[] } {
  const kept: HtmlBlock[] = [];
  const removed: HtmlBlock[] = [];
  for (const b of blocks) (PLACEHOLDER.test(b.text.trim()) ? removed : kept).push(b);
  return { kept, removed };
}

const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();
const charsOf = (blocks: readonly HtmlBlock[]) => blocks.reduce((n, b) => n + b.text.length, 0);

/** Whether the stream's paragraphs (`streamChars` of text) may hold far more of the article than the DOM: worth parsing. */
export function streamMayHoldMore(shown: readonly HtmlBlock[], noArticle: boolean, streamChars: number): boolean {
  if (streamChars < STREAM_MIN_CHARS) return false;
  return noArticle ? streamChars > charsOf(shown) : streamChars >= STREAM_GAIN * charsOf(shown);
}

/** Why the stream's article (read from its HTML) is the page's, or null when the DOM's stays. */
export function streamedArticleWhy(shown: readonly HtmlBlock[], noArticle: boolean, streamed: readonly HtmlBlock[]): string | null {
  const shownChars = charsOf(shown);
  const streamedChars = charsOf(streamed);
  if (streamedChars < STREAM_MIN_CHARS) return null;
  if (noArticle) return streamedChars > shownChars ? `the page's DOM shows no article (${shownChars} characters in all); its streamed data holds one of ${streamedChars}` : null;
  if (streamedChars < STREAM_GAIN * shownChars) return null;
  const whole = spaced(streamed.map((b) => b.text).join(' '));
  const prose = shown.filter((b) => countWords(b.text, PROSE_WORDS) >= PROSE_WORDS);
  if (prose.length === 0 || !inOrder(prose, whole)) return null;
  return `the page's DOM shows ${shownChars} characters of the article, each paragraph of its prose in the article of ${streamedChars} its streamed data holds`;
}

/**
 * Whether the start of each prose block is in `whole`, in the blocks' order: the opening a page shows
 * is the stream's article read from its top. Each is looked for after the one before, so the stream's
 * text is read once however many paragraphs the DOM shows (looked up each from the start, a hostile
 * page of 20,000 short paragraphs over a stream of megabytes took seconds).
 */
function inOrder(prose: readonly HtmlBlock[], whole: string): boolean {
  let from = 0;
  for (const b of prose) {
    const probe = spaced(b.text).slice(0, PROBE_CHARS);
    const at = whole.indexOf(probe, from);
    if (at === -1) return false;
    from = at + probe.length;
  }
  return true;
}
