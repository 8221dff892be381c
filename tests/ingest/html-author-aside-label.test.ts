/**
 * The HTML path's author under an author label in a side column (`<aside>`): "Author" (a heading, a
 * term) and the name in the next element, as the innerText shows them and the text path reads them
 * (lib/bylines/labelled-byline.ts). The prune pass drops asides with their content; the label and the
 * texts after it are kept for the page whose fields and article name nobody. Only the author noun
 * labels there ("Author", "Autorin", "Author(s)"): a bare "By" in a side column is a teaser's.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE, rules } from './helpers.ts';

const page = (side: string, fields = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbor tides and the new research buoys</title>${fields}</head><body>
<main><article><h1>Harbor tides and the new research buoys</h1>${[PROSE, PROSE, PROSE].map((p) => `<p>${p}</p>`).join('')}</article>
<aside class="details"><div><h3>Published</h3><p>May 2, 2024</p></div>${side}</aside></main>
<footer><p>© 2024 Harbor Gazette. All rights reserved.</p></footer></body></html>`;

describe('HTML author: a name under an author label in a side column', () => {
  it('reads the name under an "Author" heading', () => {
    const a = article(page('<div><h3>Author</h3><p>  Anna Q. Berg</p></div><div><h3>Related program</h3><p>Coastal Science</p></div>'), 'page.html');
    expect(a.record.author).toBe('Anna Q. Berg');
    expect(rules(a.report)).toContain('byline-in-side-column');
  });

  it('reads every name of a list under "Author(s)"', () => {
    const side = '<h6>Author(s)</h6><ul><li><a href="/people/anna">Anna Berg</a></li><li><a href="/people/li">Li Wei</a></li></ul>';
    expect(article(page(side), 'page.html').record.author).toBe('Anna Berg and Li Wei');
  });

  it('reads a label of another language ("Autorin:")', () => {
    const de = page('<dl><dt>Autorin:</dt><dd>Greta Lindqvist</dd></dl>').replace('lang="en"', 'lang="de"');
    expect(article(de, 'page.html').record.author).toBe('Greta Lindqvist');
  });

  it('a bare "By" over a name in a side column (a teaser\'s byline) names nobody', () => {
    expect(article(page('<h3>Most read</h3><p>By</p><p>Tomas Reyne</p><p>Ten harbour walks for spring</p>'), 'page.html').record.author).toBeNull();
  });

  it("the page's author field outranks the side column's label", () => {
    const a = article(page('<h3>Author</h3><p>Anna Berg</p>', '<meta name="author" content="Li Wei">'), 'page.html');
    expect(a.record.author).toBe('Li Wei');
  });

  it('a label with no name after it (a heading, a sentence) names nobody', () => {
    expect(article(page('<h3>Author</h3><p>The views expressed here are those of the writer alone.</p>'), 'page.html').record.author).toBeNull();
  });
});
