/**
 * A site-name field encoded twice ("Sample &amp;amp; Co" in the source, "Sample &amp; Co" once the
 * parser read it) gives the outlet with the entity decoded, as authors' and headlines' fields are
 * (lib/html/metadata/html-meta.ts). A bare "&" in a name is text and stays.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P = 'The council approved the new bridge over the river on Monday, after two years of debate about its cost and the route of the road leading to it.';
const html = (head: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves the new river bridge</title>${head}</head><body>
<main><article><h1>Council approves the new river bridge</h1><div class="article-body"><p>${P}</p><p>${P.replace('Monday', 'Tuesday')}</p><p>${P.replace('Monday', 'Friday')}</p></div></article></main>
</body></html>`;
const siteName = (name: string) => `<meta property="og:site_name" content="${name}">`;
const publisher = (name: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves the new river bridge","publisher":{"@type":"Organization","name":"${name}"}}</script>`;

describe('outlet: entities left in a field are decoded', () => {
  it('a doubly encoded site name', () => {
    expect(article(html(siteName('Sample &amp;amp; Co')), 'page.html').record.outlet).toBe('Sample & Co');
  });

  it('a JSON-LD publisher with an entity', () => {
    expect(article(html(publisher('Sample &amp; Sons Gazette')), 'page.html').record.outlet).toBe('Sample & Sons Gazette');
  });

  it('nasty: a bare "&" and text that only looks like an entity stay', () => {
    expect(article(html(siteName('Sample &amp; Co')), 'page.html').record.outlet).toBe('Sample & Co');
    expect(article(html(publisher('Sample & Sons &co Gazette')), 'page.html').record.outlet).toBe('Sample & Sons &co Gazette');
  });
});
