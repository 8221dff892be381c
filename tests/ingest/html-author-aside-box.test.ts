/**
 * The HTML path's author in a side box the page marks as the author's (`<aside class="post-author">`):
 * the prune pass drops asides with their content (no extractor keeps them), but an aside that holds
 * the byline is read as a byline element, as a <div> of that class is; so is a byline element inside
 * any aside (a side column with the article's date and author).
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const page = (box: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbor tides and the new research buoys</title></head><body>
<main><article><h1>Harbor tides and the new research buoys</h1>${box}${[PROSE, PROSE, PROSE].map((p) => `<p>${p}</p>`).join('')}</article></main>
<aside class="sidebar"><h3>Most read</h3><p>By Tomas Reyne</p><p>Ten harbour walks for spring</p></aside>
<footer><p>© 2024 Harbor Gazette. All rights reserved.</p></footer></body></html>`;

describe('HTML author: an aside that holds the byline', () => {
  it('reads the name in an <aside class="post-author">', () => {
    expect(article(page('<aside class="post-author"><span>Written by</span> <span>Anna Berg</span></aside>'), 'page.html').record.author).toBe('Anna Berg');
  });

  it('reads a byline element inside a generic aside beside the article (its side column: date, author)', () => {
    const box = '<aside role="complementary" class="side-col"><p class="article-date">May 25, 2023</p><p class="article-author">Written By <span>Anna Berg</span></p></aside>';
    expect(article(page(box), 'page.html').record.author).toBe('Anna Berg');
  });

  it("an aside further down the article (a book's box with its author) names nobody", () => {
    const book = '<aside class="book-box"><p class="book-title">Tides of the North</p><p class="book-author">Tomas Reyne</p></aside>';
    const html = page('').replace('</article>', `${book}<p>${PROSE}</p></article>`);
    expect(article(html, 'page.html').record.author).toBeNull();
  });

  it('another aside (a list of teasers with their bylines) still names nobody', () => {
    expect(article(page(''), 'page.html').record.author).toBeNull();
  });
});
