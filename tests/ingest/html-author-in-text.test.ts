/**
 * The HTML path's author when the page's fields name nobody: the labelled byline its article's text
 * shows ("By Anna Berg" over the first paragraph, "Written by Anna Berg" closing it), read as the text
 * path reads one away from its header (lib/bylines/labelled-byline.ts).
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { cleanAuthor } from '../../scripts/ingest/lib/bylines/author.ts';

const P = [
  'China and the European Union agreed on Tuesday to expand joint research on climate science, the science ministry said in a statement after talks in Brussels.',
  'Under the plan, universities in both regions will share data from ocean observation stations and run twenty joint doctoral programmes over the next five years.',
  'Officials said the first projects would start in the spring, with funding from both sides and a review of progress planned for the end of the second year.',
];

const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>EU and China expand climate research</title>${head}</head><body>
<main><article><h1>EU and China expand climate research</h1><div class="article-body">${body}</div></article></main>
<footer><p>© 2024 Example News. All rights reserved.</p></footer></body></html>`;
const html = (body: string, head = '') => article(page(body, head), 'page.html').record;

describe('HTML author: a labelled byline in the article\'s text', () => {
  it('reads "By Anna Berg" over the first paragraph, its name in bold', () => {
    expect(html(`<p>By <strong>Anna Berg</strong></p>${P.map((p) => `<p>${p}</p>`).join('')}`).author).toBe('Anna Berg');
  });

  it('reads "Written by" closing the article', () => {
    expect(html(`${P.map((p) => `<p>${p}</p>`).join('')}<p>Written by Anna Berg</p>`).author).toBe('Anna Berg');
  });

  // A field whose name the page never shows yields to the shown byline (html-author-unseen-field.test.ts).
  it('the page\'s fields win when the page shows their name, and a sentence that opens with "By" names nobody', () => {
    expect(html(`<p>By Anna Berg</p>${P.map((p) => `<p>${p}</p>`).join('')}<p>Photos: Li Wei</p>`, '<meta name="author" content="Li Wei">').author).toBe('Li Wei');
    expect(html(`<p>By The Numbers</p>${P.map((p) => `<p>${p}</p>`).join('')}`).author).toBeNull();
  });
});

describe('HTML author: the "by" of the date row under the headline', () => {
  const withRow = (row: string, head = '') =>
    article(
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>EU and China expand climate research</title>${head}</head><body>
<main><article><h1>EU and China expand climate research</h1><p class="page-meta">${row}</p><div class="article-body">${P.map((p) => `<p>${p}</p>`).join('')}</div></article></main>
<footer><p>© 2024 Example News. All rights reserved.</p></footer></body></html>`,
      'page.html',
    ).record;

  it('reads the name after "By" in the row that dates the article, before or after the date', () => {
    expect(withRow('By <a href="/people/anna-berg">Anna Berg</a> December 2, 2025').author).toBe('Anna Berg');
    expect(withRow('Mar 24, 2025 By Anna Berg 0 comments').author).toBe('Anna Berg');
  });

  it('a row with no label names nobody, nor words in lower case after "by"', () => {
    expect(withRow('Home and garden March 3, 2024').author).toBeNull();
    expect(withRow('Prices cut by up to 39% on January 1, 2026').author).toBeNull();
  });

  it('a user name in one word is read, and the section after the name is no part of it', () => {
    expect(withRow('by annab · Dec 20, 2025 at 3:00 am').author).toBe('annab');
    expect(withRow('By Anna Berg in Science Policy | May 2, 2025').author).toBe('Anna Berg');
  });
});


describe('cleanAuthor: what a date row runs after the name', () => {
  it('cuts a stamp label after a name in capitals, a bullet or an open bracket after the name', () => {
    expect(cleanAuthor('EWU Last updated: August 25, 2025')).toBe('EWU');
    expect(cleanAuthor('Anna Berg ● December 23, 2025 ● 6 min read')).toBe('Anna Berg');
    expect(cleanAuthor('Anna Berg (')).toBe('Anna Berg');
    expect(cleanAuthor('Anna Berg in Growth')).toBe('Anna Berg');
  });
});

describe('HTML author: a paper\'s authors', () => {
  it('lists every citation_author, as the site lists people ("A, B and C"), over the first author of another field', () => {
    const head = '<meta name="DC.Creator" content="Anna Berg"><meta name="citation_author" content="Anna Berg"><meta name="citation_author_institution" content="Example University"><meta name="citation_author" content="Li Wei"><meta name="citation_author" content="Jan Smit">';
    expect(html(P.map((p) => `<p>${p}</p>`).join(''), head).author).toBe('Anna Berg, Li Wei and Jan Smit');
  });

  it('one citation_author is the author alone', () => {
    expect(html(P.map((p) => `<p>${p}</p>`).join(''), '<meta name="citation_author" content="Anna Berg">').author).toBe('Anna Berg');
  });
});

describe('cleanAuthor: a field that holds no name', () => {
  it('a script\'s empty value or a month in capitals is no author', () => {
    expect(cleanAuthor('undefined')).toBeNull();
    expect(cleanAuthor('null')).toBeNull();
    expect(cleanAuthor('DECEMBER')).toBeNull();
  });
});

describe('HTML author: a field that gives a job title, and a person named in the text', () => {
  it('the person the article\'s labelled byline names wins over a field that names only a role', () => {
    const many = [...P, ...P.map((p) => `Later, ${p.toLowerCase()}`), ...P.map((p) => `Again, ${p.toLowerCase()}`)];
    const note = '<p><em>Anna Berg is a board member of the research council and directs partnerships at a lab for young scientists.</em></p>';
    const body = `${many.map((p) => `<p>${p}</p>`).join('')}${note}<hr><p class="right"><em>By Anna Berg</em></p>`;
    expect(html(body, '<meta name="author" content="Outreach and Programmes Officer">').author).toBe('Anna Berg');
  });

  it('a role stays the answer when the text names nobody', () => {
    expect(html(P.map((p) => `<p>${p}</p>`).join(''), '<meta name="author" content="Outreach and Programmes Officer">').author).toBe('Outreach and Programmes Officer');
  });
});

describe("HTML author: a labelled byline outside the extractor's article", () => {
  const outside = (after: string, before = '') =>
    article(
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>EU and China expand climate research</title></head><body>
<div class="masthead"><p>Example Climate Journal</p></div>${before}
<main><article><h1>EU and China expand climate research</h1><div class="article-body">${P.map((p) => `<p>${p}</p>`).join('')}</div></article></main>
${after}<footer><p>© 2024 Example News. All rights reserved.</p></footer></body></html>`,
      'page.html',
    ).record;

  it('reads "Written by" over a gallery above the article when the fields name nobody', () => {
    const links = Array.from({ length: 6 }, (_, k) => `<li><a href="/k${k}">Kira's story ${k}</a></li>`).join('');
    expect(outside('', `<div class="gallery"><img src="/g.jpg" alt=""><p>Written by Kira Vale</p><ul>${links}</ul></div>`).author).toBe('Kira Vale');
  });

  it("a teaser's bare \"By\" far under the article, and a menu's labels run together, name nobody", () => {
    const teasers = Array.from({ length: 12 }, (_, k) => `<div class="teaser"><a href="/s${k}">Another story number ${k}</a></div>`).join('');
    expect(outside(`<section class="related">${teasers}<div class="teaser"><span>By Li Wei</span></div></section>`).author).toBeNull();
    expect(outside('', '<nav class="shop"><p>Shop</p><p>By ColourBy Brand</p></nav>').author).toBeNull();
  });

  it("a menu's entry whose words the page writes in lower case names nobody", () => {
    const links = '<ul><li><a href="/h1">Kestrel Harbour Sydney</a></li><li><a href="/h2">Kestrel Harbour Perth</a></li></ul>';
    const menu = `<div class="hotels"><p>By Kestrel Harbour Hotels</p>${links}<p>Our hotels are open all year.</p></div>`;
    expect(outside('', menu).author).toBeNull();
  });
});
