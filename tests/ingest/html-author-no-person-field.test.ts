/**
 * The HTML path's author when the page's fields name no person, only an organisation (a JSON-LD
 * Organization), the site itself or an account: the article's own labelled byline ("von Anna Berg" over
 * it) or the writer's name alone signing it under its last paragraph names the writer (stages/html.ts,
 * lib/html/metadata/article-signature.ts). Fields that name a person are never outranked so, and a page
 * that shows no one keeps the organisation.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { signatureUnderArticle } from '../../scripts/ingest/lib/html/metadata/article-signature.ts';
import { bylineUnderHeadline } from '../../scripts/ingest/lib/bylines/header-byline.ts';

const P = [
  'China and the European Union agreed on Tuesday to expand joint research on climate science, the science ministry said in a statement after talks in Brussels.',
  'Under the plan, universities in both regions will share data from ocean observation stations and run twenty joint doctoral programmes over the next five years.',
  'Officials said the first projects would start in the spring, with funding from both sides and a review of progress planned for the end of the second year.',
];
const paragraphs = P.map((p) => `<p>${p}</p>`).join('');

/** A JSON-LD article whose author is `author` (a node). */
const jsonLd = (author: object) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'EU and China expand climate research', author })}</script>`;
const ORGANISATION = jsonLd({ '@type': 'Organization', name: 'Harbour Post' });

const page = (body: string, head: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>EU and China expand climate research</title><meta property="og:site_name" content="Harbour Post">${head}</head><body>
<main><article><h1>EU and China expand climate research</h1><div class="article-body">${body}</div></article></main>
<footer><p>© 2024 Harbour Post. All rights reserved.</p></footer></body></html>`;
const read = (body: string, head: string) => article(page(body, head), 'page.html');

describe("HTML author: fields that name only an organisation or the site yield to the article's byline", () => {
  // "Text: Anna Berg" (German's writer's label) in the row over the article, outside the box the
  // extractor takes: read around the article (stages/html.ts), which no field-naming page asks for.
  const withRow = (head: string) =>
    article(
      `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>EU and China expand climate research</title><meta property="og:site_name" content="Harbour Post">${head}</head><body>
<main><h1>EU and China expand climate research</h1><div class="reader-meta"><p>Text: Anna Berg</p><p>20.10.2025</p></div>
<article><div class="article-body">${paragraphs}</div></article></main>
<footer><p>© 2024 Harbour Post. All rights reserved.</p></footer></body></html>`,
      'page.html',
    );

  it('reads the labelled byline over the article where JSON-LD names an Organization, and reports why', () => {
    const { record, report } = withRow(ORGANISATION);
    expect(record.author).toBe('Anna Berg');
    const entry = report.entries.find((e) => e.rule === 'byline-in-text');
    expect(entry?.text).toBe('Text: Anna Berg');
    expect(entry?.detail).toContain('name no person, only "Harbour Post"');
  });

  it("reads it where the author field is the site's own name", () => {
    expect(withRow('<meta name="author" content="Harbour Post">').record.author).toBe('Anna Berg');
  });

  it("reads the writer's name alone signing the article under its last paragraph, and reports it", () => {
    const { record, report } = read(`${paragraphs}<p><strong>Anna Berg</strong></p>`, ORGANISATION);
    expect(record.author).toBe('Anna Berg');
    const entry = report.entries.find((e) => e.rule === 'byline-signature');
    expect(entry?.text).toBe('Anna Berg');
    expect(entry?.detail).toContain('Harbour Post');
  });

  // Guards: a person the fields name is never outranked by a signature; with no one shown the organisation stays.
  it('keeps a person the fields name, and the organisation when the page shows no one', () => {
    expect(read(`${paragraphs}<p><strong>Li Wei</strong></p>`, jsonLd({ '@type': 'Person', name: 'Anna Berg' })).record.author).toBe('Anna Berg');
    expect(read(paragraphs, ORGANISATION).record.author).toBe('Harbour Post');
  });
});

describe('signatureUnderArticle', () => {
  it('reads a name alone right under the last paragraph, with a share bar after it', () => {
    expect(signatureUnderArticle([...P, 'Anna Berg'])?.author).toBe('Anna Berg');
    expect(signatureUnderArticle([...P, 'Lê Minh Anh', 'Share'])?.author).toBe('Lê Minh Anh');
  });

  it('reads no heading, no words the article writes in lower case, no name over more paragraphs', () => {
    // A subheading's words in capitals that the text writes in lower case ("Climate Science") are no name.
    expect(signatureUnderArticle([...P, 'Climate Science'])).toBeNull();
    // A name with the article's paragraphs after it is no signature.
    expect(signatureUnderArticle([P[0], 'Anna Berg', P[1], P[2]])).toBeNull();
    expect(signatureUnderArticle(['Anna Berg'])).toBeNull();
  });
});

describe('bylineUnderHeadline: a name over a drop cap', () => {
  const opening = 'N the spring the two ministries agreed to fund twenty joint projects in ocean science and climate research.';
  it('reads the name alone over the first paragraph whose first letter stands in an element of its own', () => {
    expect(bylineUnderHeadline(['Anna Berg', 'I', opening], 'en')).toBe('Anna Berg');
  });

  it('a lone letter over no sentence opens no article (a menu, an index)', () => {
    expect(bylineUnderHeadline(['Anna Berg', 'A', 'Menu'], 'en')).toBeNull();
    expect(bylineUnderHeadline(['Anna Berg', 'I'], 'en')).toBeNull();
  });
});

describe('HTML author: an author tag given twice, the site first', () => {
  const head = (values: string[]) => `<meta name="author" content="Harbour Post">${values.map((v) => `<meta name="author" content="${v}">`).join('')}`;

  it("reads the writer the repeated tag names after the site's name, a Korean reporter's noun cut", () => {
    expect(read(paragraphs, head(['Anna Berg'])).record.author).toBe('Anna Berg');
    expect(read(paragraphs, head(['홍길동 기자'])).record.author).toBe('홍길동');
  });

  // Guard: the tag's first value stands when it names a person; another field's person outranks a repeat.
  it("keeps the first value when it is a person's, and another field's person over the repeat", () => {
    expect(read(paragraphs, '<meta name="author" content="Li Wei"><meta name="author" content="Anna Berg">').record.author).toBe('Li Wei');
    expect(read(paragraphs, `${head(['Anna Berg'])}<meta property="article:author" content="Li Wei">`).record.author).toBe('Li Wei');
  });
});
