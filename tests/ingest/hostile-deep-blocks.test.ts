/**
 * A saved page nested past the DOM's depth (html-dom.ts MAX_DEPTH, 400) keeps its blocks apart: the
 * paragraphs at the bottom of 100,000 nested <div>s, <blockquote>s or <section>s left open were read as
 * one paragraph (each block's text only set apart by a space in the element at the depth's end). Past
 * the depth, a paragraph, heading, item or box that holds text is built flat, a sibling of the blocks
 * before it under that element, so each is a paragraph of its own, in page order; nested boxes that hold
 * no text build nothing, so 100,000 of them still read in well under a second of CPU.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { cpuSeconds, PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

const HEADLINE = 'Joint laboratories to study the climate';
const page = (body: string) => `<!DOCTYPE html><html><head><title>${HEADLINE}</title></head><body><article><h1>${HEADLINE}</h1>${body}</article></body></html>`;
const PARAGRAPHS = [
  `${PROSE_BEFORE} (1)`,
  `${PROSE_AFTER} (2)`,
  'Each laboratory will be led by two directors, one from each side, who will report to a joint board every year. (3)',
  'The first projects will model sea ice, monsoon rainfall and the carbon held in peatlands, the ministry added. (4)',
  'Funding for the first three years has been agreed, and further money will depend on a review in 2027. (5)',
];
const paras = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');

/** The article's paragraphs that hold one of PARAGRAPHS' numbers, as they were read. */
const read = (html: string) => {
  let got!: ReturnType<typeof article>;
  const seconds = cpuSeconds(() => (got = article(html, 'deep.html')));
  const body = got.record.paragraphs.map((p) => p.text).filter((t) => /\(\d\)/.test(t));
  return { body, seconds, title: got.record.title };
};

describe('blocks nested past the DOM depth', () => {
  const N = 100_000;
  it.each([
    ['<div>s', `${'<div>'.repeat(N)}${paras}${'</div>'.repeat(N)}`],
    ['<div>s never closed', `${'<div>'.repeat(N)}${paras}`],
    ['<blockquote>s', `${'<blockquote>'.repeat(N)}${paras}${'</blockquote>'.repeat(N)}`],
    ['<section>s, a paragraph in each of the last five', `${'<section>'.repeat(N - 5)}${PARAGRAPHS.map((p) => `<section><p>${p}</p>`).join('')}${'</section>'.repeat(N)}`],
    ['<div>s, the text in <div>s of its own', `${'<div>'.repeat(N)}${PARAGRAPHS.map((p) => `<div>${p}</div>`).join('')}${'</div>'.repeat(N)}`],
  ])('100,000 nested %s: five paragraphs, in order, read in bounded time', (_, body) => {
    const got = read(page(body));
    expect(got.body).toEqual(PARAGRAPHS);
    expect(got.seconds, `${got.seconds.toFixed(2)} s of CPU`).toBeLessThan(5);
  }, 60_000);

  it('paragraphs past the depth with inline elements in them read as the same markup 5 deep', () => {
    const marked = PARAGRAPHS.map((p) => `<p>${p.replace('two directors', '<span>two <b>directors</b></span>').replace('sea ice', '<a href="/ice">sea ice</a>')}</p>`).join('');
    const at = (n: number) => read(page(`${'<div>'.repeat(n)}${marked}${'</div>'.repeat(n)}`)).body;
    expect(at(5)).toEqual(PARAGRAPHS);
    expect(at(500)).toEqual(PARAGRAPHS);
    expect(at(5_000)).toEqual(PARAGRAPHS);
  });

  it('a page 300 boxes deep (within the depth) is built as before', () => {
    const got = read(page(`${'<div>'.repeat(300)}${paras}${'</div>'.repeat(300)}`));
    expect(got.body).toEqual(PARAGRAPHS);
  });
});
