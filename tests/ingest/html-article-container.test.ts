/**
 * Readability scores boxes by their paragraphs, and may take one section of an article whose other
 * sections sit in boxes of their own a few levels away (a page builder's rows). The page's own <article>
 * (or its only <main>) holding that section and much more prose is the article
 * (lib/html/article/html-article-container.ts); a front page's <main>, mostly links to other stories, is not.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const prose = (topic: string, i: number) =>
  `<p>The harbor crews working on ${topic} finished stage ${i + 1} of the work this month, and the town council said the results were better than it had hoped for when the plan was first drawn up.</p>`;
// A page builder's section: a heading and its paragraphs a few boxes deep, each section a row of its own.
const section = (title: string, topic: string, n: number) =>
  `<div class="row-wrapper"><div class="row"><div class="cell"><div class="module"><span class="rich-text"><h3>${title}</h3>${Array.from({ length: n }, (_, i) => prose(topic, i)).join('')}</span></div></div></div></div>`;
const sections = [
  section('Why the harbor needs repair', 'the breakwater', 7),
  section('The quay', 'the quay', 2),
  section('The lighthouse', 'the lighthouse', 2),
  section('The slipway', 'the slipway', 1),
  section('Costs', 'the budget', 2),
].join('');

const page = (main: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbor Post: repair report</title></head><body><nav><a href="/">Home</a></nav>${main}<footer>Harbor Post</footer></body></html>`;

const bodyOf = (html: string) => article(html, 'page.html').record.paragraphs.map((p) => p.text).join('\n');

describe("the page's own article box", () => {
  it('keeps every section of an <article>, not only the one Readability scores highest', () => {
    const body = bodyOf(page(`<article><h1>Harbor repair report</h1><div class="content"><div class="wrap">${sections}</div></div></article>`));
    expect(body).toContain('working on the breakwater');
    expect(body).toContain('working on the quay');
    expect(body).toContain('working on the lighthouse');
    expect(body).toContain('working on the slipway');
    expect(body).toContain('working on the budget');
  });

  it('keeps every section of the only <main>, or of the only element of role "main"', () => {
    for (const [open, close] of [['<main>', '</main>'], ['<div role="main">', '</div>']]) {
      const body = bodyOf(page(`${open}<h1>Harbor repair report</h1><div class="content"><div class="wrap">${sections}</div></div>${close}`));
      expect(body).toContain('working on the quay');
      expect(body).toContain('working on the budget');
    }
  });

  it('leaves out the teasers of a <main> that is mostly links to other stories', () => {
    // Each card: another story's headline, linked, over its summary, a sentence of its own.
    const teasers = Array.from(
      { length: 30 },
      (_, i) =>
        `<div class="card"><h3><a href="/story-${i}">Another harbor story number ${i}, with a headline as long as the ones on this front page</a></h3><p>A summary of that story, which tells the reader what happened at pier ${i} this week.</p></div>`,
    ).join('');
    const body = bodyOf(page(`<main><div class="lead">${section('Why the harbor needs repair', 'the breakwater', 7)}</div><div class="more">${teasers}</div></main>`));
    expect(body).toContain('working on the breakwater');
    expect(body).not.toContain('Another harbor story number 7');
  });
});
