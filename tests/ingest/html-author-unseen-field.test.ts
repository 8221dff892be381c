/**
 * The HTML path's author when the page's fields name someone the page never shows (the account that
 * posted it) and its article's text, or the texts right over it, show a labelled byline of another
 * person: the byline the reader is told wins (lib/html/metadata/unseen-field-author.ts). A field whose
 * name the page shows stays; under the article, other stories' cards with their bylines never win.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';
import { fieldAuthorUnseen } from '../../scripts/ingest/lib/html/metadata/unseen-field-author.ts';

const page = (over: string, under = '', author = 'Web Desk Account') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbor tides and the new research buoys</title><meta name="author" content="${author}"></head><body>
<main><h1>Harbor tides and the new research buoys</h1>${over}<article>${[PROSE, PROSE, PROSE].map((p) => `<p>${p}</p>`).join('')}</article>${under}</main>
<footer><p>© 2024 Harbor Gazette. All rights reserved.</p></footer></body></html>`;

describe('HTML author: a field naming someone the page never shows', () => {
  it('yields to the labelled byline over the article', () => {
    expect(article(page('<div class="by-share"><p>By: Anna Berg</p></div>'), 'page.html').record.author).toBe('Anna Berg');
  });

  it('stays when the page shows its name (the byline over the article names the same person)', () => {
    expect(article(page('<p>By Li Wei</p><p>Written with Anna Berg</p>', '', 'Li Wei'), 'page.html').record.author).toBe('Li Wei');
  });

  it('stays when the labelled byline is only under the article (another story\'s card)', () => {
    const cards = '<section class="more"><h2>More stories</h2><div class="card"><p>Ten harbour walks for spring</p><p>by Tomas Reyne</p></div></section>';
    expect(article(page('', cards), 'page.html').record.author).toBe('Web Desk Account');
  });

  it('tells a name shown anywhere among the texts from one that is not, case and spacing aside', () => {
    expect(fieldAuthorUnseen('Anna  Berg, Ph.D.', ['Posted by ANNA BERG today'])).toBe(false);
    expect(fieldAuthorUnseen('Anna Berg and Li Wei', ['By Li Wei'])).toBe(true);
    expect(fieldAuthorUnseen('', ['anything'])).toBe(false);
  });
});
