/**
 * A saved page whose boxes are never closed, each holding a paragraph: every <section> (or list) opens
 * inside the one before, so each paragraph's text sits inside hundreds of open elements (html-dom.ts's
 * MAX_DEPTH, 400). The extractor reads every element's whole text (it scores each <section> by its
 * text, counts each box's commas), so each character was read once per element around it: 16,000 such
 * sections (2.6 MB) took 11 s of CPU, far within the character cap. The text's weight by depth is
 * budgeted now (lib/html/prune/text-budget.ts MAX_NESTED_TEXT): past it the page is not read further,
 * as past the character cap, and the report says so. A page nested as deep with little text is read whole.
 */
import { expect, it } from 'vitest';
import { article, rules } from './helpers.ts';
import { cpuSeconds, PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

const HEADLINE = 'Joint laboratories to study the climate';
const page = (body: string) => `<!DOCTYPE html><html><head><title>${HEADLINE}</title></head><body><article><h1>${HEADLINE}</h1><p>${PROSE_BEFORE}</p>${body}</article></body></html>`;
/** `n` boxes left open, each with a numbered paragraph of prose. */
const openBoxes = (n: number, tag: string) => page(Array.from({ length: n }, (_, i) => `<${tag}><p>${i % 2 ? PROSE_AFTER : PROSE_BEFORE} (${i})</p>`).join(''));

it.each(['section', 'ul'])('16,000 <%s>s left open, each with a paragraph: read in bounded time, its start kept, the rest reported', (tag) => {
  let read!: ReturnType<typeof article>;
  const seconds = cpuSeconds(() => (read = article(openBoxes(16_000, tag), 'open-boxes.html')));
  expect(read.record.title).toBe(HEADLINE);
  // Asked without quoting the body: a failure prints what is missing, not 2 MB of text. The boxes'
  // paragraphs are two repeated, each a paragraph of its own (hostile-deep-blocks), so the repeats go
  // as on a page 300 deep (they were one paragraph with the first, read whole, past the DOM's depth).
  expect(read.body.includes(PROSE_BEFORE), 'the article’s prose kept').toBe(true);
  const cap = read.report.entries.find((e) => e.rule === 'text-cap');
  expect(cap?.detail).toMatch(/characters × the elements open around each not read/);
  expect(seconds, `${seconds.toFixed(2)} s of CPU`).toBeLessThan(5);
}, 60_000);

it('a page 300 boxes deep with a short article is read whole, nothing reported', () => {
  const read = article(page(`${'<div>'.repeat(300)}<p>${PROSE_AFTER}</p>${'</div>'.repeat(300)}`), 'deep.html');
  expect(read.body.includes(PROSE_AFTER), 'the deep paragraph kept').toBe(true);
  expect(rules(read.report)).not.toContain('text-cap');
});
