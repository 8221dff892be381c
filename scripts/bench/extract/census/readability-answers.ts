/**
 * Readability's answers while a page is read (its first and any later reading), as text, for the census
 * tools that place missed text against them (html-lost-text.ts, html-snippet-census.ts). Importing this
 * module wraps Readability's parse once; empty the list before each page.
 */
import { Readability } from '@mozilla/readability';

export const readabilityAnswers: string[] = [];

const proto = Readability.prototype as unknown as { parse(): { content?: unknown } | null };
const parse = proto.parse;
proto.parse = function (this: unknown) {
  const article = parse.call(this);
  if (article?.content) readabilityAnswers.push((article.content as { textContent: string | null }).textContent ?? '');
  return article;
};
