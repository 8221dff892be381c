/**
 * The HTML path's author from a dated row: "by" after a title's words ("Ocean Drift by Li Wei (May
 * 13th)", a book or a film credited in a list the article gives) credits that work's maker, not the
 * article's. A row's byline opens the row, or follows its date or a separator.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P = [
  'China and the European Union agreed on Tuesday to expand joint research on climate science, the science ministry said in a statement after talks in Brussels.',
  'Under the plan, universities in both regions will share data from ocean observation stations and run twenty joint doctoral programmes over the next five years.',
  'Officials said the first projects would start in the spring, with funding from both sides and a review of progress planned for the end of the second year.',
];

const withRow = (row: string) =>
  article(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>EU and China expand climate research</title></head><body>
<main><article><h1>EU and China expand climate research</h1><p class="page-meta">${row}</p><div class="article-body">${P.map((p) => `<p>${p}</p>`).join('')}</div></article></main>
<footer><p>© 2024 Example News. All rights reserved.</p></footer></body></html>`,
    'page.html',
  ).record;

describe('HTML author: a title\'s credit in a dated row is no byline', () => {
  it('"Ocean Drift by Li Wei (May 13th)" names the work\'s maker, not the article\'s author', () => {
    expect(withRow('Ocean Drift by Li Wei (May 13th, 2025)').author).toBeNull();
    expect(withRow('The Quiet Harbour by Li Wei, May 13, 2025').author).toBeNull();
  });

  it('a byline after the row\'s date or a separator is still read', () => {
    expect(withRow('Mar 24, 2025 by Anna Berg').author).toBe('Anna Berg');
    expect(withRow('Science | By Anna Berg | May 2, 2025').author).toBe('Anna Berg');
    expect(withRow('Posted by Anna Berg on May 2, 2025').author).toBe('Anna Berg');
  });
});
