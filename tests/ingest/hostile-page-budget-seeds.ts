/**
 * Pages far larger than any article's for what they hold, for hostile-page-budget.test.ts: a million
 * empty elements, a million line breaks, a paragraph of 30 MB on one line, each round an article's
 * two paragraphs. Made at test time (megabytes each), by name.
 */
import { PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

export const HEADLINE = 'Night ferry to the harbor islands returns';
const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${HEADLINE}</title></head><body><article><h1>${HEADLINE}</h1>${body}</article></body></html>`;
/** 30 MB of sentences, none repeated (a repeated one would be dropped as a repeat), on one line. */
const longParagraph = () => {
  const sentences: string[] = [];
  for (let i = 0, n = 0; n < 30_000_000; i++) n += sentences[sentences.push(`The ferry made crossing number ${i} of the season on time.`) - 1].length + 1;
  return sentences.join(' ');
};

export const BUDGET_PAGES: Record<string, () => string> = {
  'empty-divs': () => page(`<p>${PROSE_BEFORE}</p>${'<div></div>'.repeat(1_000_000)}<p>${PROSE_AFTER}</p>`),
  'line-breaks': () => page(`<p>${PROSE_BEFORE}</p><p>${'<br>'.repeat(1_000_000)}</p><p>${PROSE_AFTER}</p>`),
  'one-line-30mb': () => page(`<p>${PROSE_BEFORE}</p><p>${longParagraph()}</p><p>${PROSE_AFTER}</p>`),
};
