/**
 * "Harbour Wire (www.harbourwire.com)" in the author field: the site's name with its own address in
 * brackets names the site, not a person (lib/html/metadata/page-field-text.ts, withSiteAddress), so the
 * article's own labelled byline names the writer, as for any field naming no person.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { namesTheSite, withSiteAddress } from '../../scripts/ingest/lib/html/metadata/page-field-text.ts';

const P = [
  'China and the European Union agreed on Tuesday to expand joint research on climate science, the science ministry said in a statement after talks in Brussels.',
  'Under the plan, universities in both regions will share data from ocean observation stations and run twenty joint doctoral programmes over the next five years.',
  'Officials said the first projects would start in the spring, with funding from both sides and a review of progress planned for the end of the second year.',
];

const page = (author: string, byline: string) =>
  article(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>EU and China expand climate research</title><meta property="og:site_name" content="HARBOURWIRE.COM"><meta name="author" content="${author}"></head><body>
<main><article><h1>EU and China expand climate research</h1><div class="article-body">${byline}${P.map((p) => `<p>${p}</p>`).join('')}</div></article></main>
<footer><p>Contact</p></footer></body></html>`,
    'page.html',
  ).record.author;

describe('HTML author: the site with its address in the author field', () => {
  it("yields to the article's labelled byline", () => {
    expect(page('Harbour Wire (www.harbourwire.com)', '<p>By Anna Berg</p>')).toBe('Anna Berg');
  });

  it('guard: a person in the field stays, and another site\'s address is no sign of this one', () => {
    // A person the page shows too ("Photo: Li Wei"); one it never shows yields (html-author-unseen-field.test.ts).
    expect(page('Li Wei', '<p>By Anna Berg</p><p>Photo: Li Wei</p>')).toBe('Li Wei');
    expect(withSiteAddress('Li Wei (www.liwei.net)', ['HARBOURWIRE.COM'])).toBe(false);
    expect(withSiteAddress('Harbour Wire (www.harbourwire.com)', ['HARBOURWIRE.COM'])).toBe(true);
    expect(withSiteAddress('Harbour Wire (harbourwire.com/)', ['harbourwire.com'])).toBe(true);
    expect(withSiteAddress('Anna Berg (Harbour Wire)', ['harbourwire.com'])).toBe(false);
  });

  it('reads an address that glues on the site\'s "The" against the name that writes it (no "The" dropped there)', () => {
    expect(withSiteAddress('The Harbour Wire (www.theharbourwire.com)', ['The Harbour Wire'])).toBe(true);
    // A name in words still drops it (namesTheSite).
    expect(namesTheSite('Harbour Wire', ['The Harbour Wire'])).toBe(true);
  });
});
