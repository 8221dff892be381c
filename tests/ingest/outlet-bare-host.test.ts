/**
 * A bare host name ("samplecourier.com") is how a page names its site when it has nothing better; when
 * the page also gives a name (the publisher, another site-name field, a copyright line), the reader
 * is shown the name. A host is still the outlet when it is all the page gives.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';
import { isBareHost } from '../../scripts/ingest/lib/page-text/headline/outlet-name.ts';

const P = 'The council approved the new bridge over the river on Monday, after two years of debate about its cost and the route of the road leading to it.';
const html = (head: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves the new river bridge</title>${head}</head><body>
<main><article><h1>Council approves the new river bridge</h1><div class="article-body"><p>${P}</p><p>${P.replace('Monday', 'Tuesday')}</p><p>${P.replace('Monday', 'Friday')}</p></div></article></main>
</body></html>`;
const publisher = (name: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves the new river bridge","publisher":{"@type":"Organization","name":"${name}"}}</script>`;

describe('outlet: a name rather than a bare host name', () => {
  it('tells a host name from a name', () => {
    for (const host of ['samplecourier.com', 'www.sample-courier.co.uk', 'https://samplecourier.net/', 'news.sample.org']) expect(isBareHost(host), host).toBe(true);
    for (const name of ['Sample Courier', 'Sample.com Weekly', 'St. Paul Courier', 'Sample', 'U.S. News']) expect(isBareHost(name), name).toBe(false);
    // Written with capitals, a domain is the outlet's own name for itself: kept.
    for (const name of ['Sample.com', 'SampleRumors.com']) expect(isBareHost(name), name).toBe(false);
    expect(isBareHost('www.SampleCourier.com')).toBe(true);
  });

  it('a page whose site name is its host and whose publisher is named shows the publisher', () => {
    expect(article(html(`<meta property="og:site_name" content="samplecourier.com">${publisher('Sample Courier')}`), 'page.html').record.outlet).toBe('Sample Courier');
  });

  it('another site-name field with a name wins over the host', () => {
    expect(article(html(`<meta property="og:site_name" content="www.samplecourier.com"><meta name="application-name" content="Sample Courier">`), 'page.html').record.outlet).toBe('Sample Courier');
  });

  it('a text whose source line is a host and whose copyright line names the outlet shows the name', () => {
    expect(article(`Council approves the new river bridge\n\nSource: samplecourier.com\n\n${PROSE}\n\n© 2020 Sample Courier. All rights reserved.`).record.outlet).toBe('Sample Courier');
  });

  it('a host is kept when it is all the page gives, and a named site name is never replaced', () => {
    expect(article(html(`<meta property="og:site_name" content="samplecourier.com">`), 'page.html').record.outlet).toBe('samplecourier.com');
    expect(article(html(`<meta property="og:site_name" content="Sample Herald">${publisher('Sample Media Group')}`), 'page.html').record.outlet).toBe('Sample Herald');
  });
});
