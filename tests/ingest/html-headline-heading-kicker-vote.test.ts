/**
 * A heading shown before the page's <h1> (or on a page with none) that shows a field's text after a
 * kicker in an element of its own ("Storm season" over "Ferries stay in port as winds rise", read as
 * one text) votes for that field, as a heading that shows the field's text alone does
 * (lib/html/headline/html-headline.ts, lib/html/headline/kicker-apart.ts): the page shows that headline to its reader.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';
import { headlineAfterKicker } from '../../scripts/ingest/lib/html/headline/kicker-apart.ts';

const headlineOf = (head: string, body: string) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, null).headline;

const shown = 'Ferries stay in port as winds rise';
const seo = 'Harbour ferries cancelled for the weekend';
const HEAD =
  `<meta property="og:site_name" content="Harbor Post"><title>${seo}</title><meta property="og:title" content="${shown}">` +
  `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${seo}"}</script>`;

describe('a heading that shows a field after a kicker', () => {
  it('votes for that field', () => {
    expect(headlineOf(HEAD, `<article><h2><span>Storm season</span> <span>${shown}</span></h2>`)).toBe(shown);
  });

  it('a heading that shows another text after the field\'s words is no vote', () => {
    expect(headlineOf(HEAD, `<article><h2>${shown} and the ferries stay in port</h2>`)).toBe(seo);
  });
});

describe('on a page with no <h1>, the field a heading shows', () => {
  // The headline the page shows its reader, over share and page-title fields that agree on another
  // text (written for cards and search engines); as an <h1> that says it would be.
  const other = 'Harbour: ferries halted for the weekend as storm winds rise';
  const agreeing =
    `<title>${other} - Harbor Post</title><meta property="og:title" content="${shown}"><meta name="twitter:title" content="${other}">` +
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${other}"}</script><meta property="og:site_name" content="Harbor Post">`;

  it('is the headline, even against three fields that agree on another', () => {
    expect(headlineOf(agreeing, `<article><h2><span>Storm season</span> <span>${shown}</span></h2>`)).toBe(shown);
  });

  it('an <h1> that says what the three fields say stands', () => {
    expect(headlineOf(agreeing, `<article><h2><span>Storm season</span> <span>${shown}</span></h2><h1>${other}</h1>`)).toBe(other);
  });

  it('with no heading that shows a field, the fields that agree stand', () => {
    expect(headlineOf(agreeing, '<article><h2>More from the coast</h2>')).toBe(other);
  });
});

describe('headlineAfterKicker', () => {
  it('reads a few words before the headline', () => {
    expect(headlineAfterKicker(`Storm season ${shown}`, shown)).toBe(true);
    expect(headlineAfterKicker(shown, shown)).toBe(false);
    expect(headlineAfterKicker(`A kicker of far more than six words here ${shown}`, shown)).toBe(false);
    expect(headlineAfterKicker('Storm season Ferries stay', 'Ferries stay')).toBe(false);
  });
});
