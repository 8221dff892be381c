/**
 * An article a page builder splits into sections, each heading and its paragraphs in a box a few
 * levels deep (lib/html/article/prose-siblings.ts, joinProseSiblings): every section is the article's, not only the one
 * Readability scores highest. A sibling box of links or of a line or two stays out.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const sentence = (topic: string, i: number) =>
  `Researchers from both countries, working on ${topic}, shared data from station ${i + 1}, and the results, published this week, were welcomed by the teams involved.`;
const section = (topic: string, n: number) => {
  const paragraphs = Array.from({ length: n }, (_, i) => `<p>${sentence(topic, i)} ${sentence(topic, i + 10)}</p>`).join('');
  // Box, row, column, wrapper, text: the depth a page builder gives every section.
  return `<div class="section section-${topic.length}"><div class="row"><div class="column"><div class="wrap"><div class="text"><h2>On ${topic}</h2>${paragraphs}</div></div></div></div></div>`;
};
const page = (sections: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Joint polar research</title></head><body><div class="page"><h1>Joint polar research</h1>${sections}</div></body></html>`;

const bodyOf = (html: string) => article(html, 'page.html').record.paragraphs.map((p) => p.text).join('\n');

describe('an article in sibling sections', () => {
  it('keeps every section of prose, not only the highest-scoring one', () => {
    const body = bodyOf(page(section('sea ice', 6) + section('glaciers', 3) + section('permafrost', 3)));
    expect(body).toContain('working on sea ice');
    expect(body).toContain('working on glaciers');
    expect(body).toContain('working on permafrost');
  });

  it('leaves out a sibling box of links', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<a href="/story-${i}">Another story about polar research number ${i}, with a long title.</a>`).join(' ');
    const related = `<div class="section"><div class="row"><div class="column"><div class="wrap"><div class="text"><p>${links}</p></div></div></div></div></div>`;
    const body = bodyOf(page(section('sea ice', 6) + related));
    expect(body).toContain('working on sea ice');
    expect(body).not.toContain('Another story about polar research');
  });
});
