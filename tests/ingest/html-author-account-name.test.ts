/**
 * The HTML path's author when the page's fields give only the account that posted the page ("admin",
 * "editor2", "NOC Admin", "webmaster"): a person the article's text names with a label outranks it;
 * with no such byline, the account name stays (nothing better is known).
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const html = (author: string, body: string) =>
  article(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbor tides and the new research buoys</title><meta name="author" content="${author}"></head><body>
<main><article><h1>Harbor tides and the new research buoys</h1><div class="article-body">${body}${[PROSE, PROSE, PROSE].map((p) => `<p>${p}</p>`).join('')}</div></article></main>
<footer><p>© 2024 Harbor Gazette. All rights reserved.</p></footer></body></html>`,
    'page.html',
  ).record.author;

describe('HTML author: a CMS account name in the fields', () => {
  it('yields to the labelled byline of the article\'s text', () => {
    for (const account of ['admin', 'editor2', 'NOC Admin', 'Webmaster', 'site_admin']) expect(html(account, '<p>By Anna Berg</p>')).toBe('Anna Berg');
  });

  it('stays when the text names nobody, and a person in the fields still wins', () => {
    expect(html('admin', '')).toBe('admin');
    // A person the page shows too ("Photo: Li Wei"); one it never shows yields (html-author-unseen-field.test.ts).
    expect(html('Li Wei', '<p>By Anna Berg</p><p>Photo: Li Wei</p>')).toBe('Li Wei');
  });
});

describe('HTML author: an account name, the byline closing the article', () => {
  it('yields to "Written by Anna Berg" under the last paragraph', () => {
    const closing = article(
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbor tides and the new research buoys</title><meta name="author" content="NOC Admin"></head><body>
<main><article><h1>Harbor tides and the new research buoys</h1><div class="article-body">${[PROSE, PROSE, PROSE].map((p) => `<p>${p}</p>`).join('')}<p>Written by Anna Berg</p></div></article></main>
<footer><p>© 2024 Harbor Gazette. All rights reserved.</p></footer></body></html>`,
      'page.html',
    ).record.author;
    expect(closing).toBe('Anna Berg');
  });
});
