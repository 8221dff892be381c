/**
 * A site-name field that holds the site's address ("https://www.samplecourier.at", as some CMSs fill
 * `application-name`) is a bare host: kept as the outlet when the page gives no name, but shown as the
 * host ("samplecourier.at"), not as a link's address, on the article's page and in its citation.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P = 'The council approved the new bridge over the river on Monday, after two years of debate about its cost and the route of the road leading to it.';
const html = (head: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves the new river bridge</title>${head}</head><body>
<main><article><h1>Council approves the new river bridge</h1><div class="article-body"><p>${P}</p><p>${P.replace('Monday', 'Tuesday')}</p><p>${P.replace('Monday', 'Friday')}</p></div></article></main>
</body></html>`;

describe('outlet: an address in a site-name field is shown as its host', () => {
  it('drops the scheme, "www." and the closing slash', () => {
    expect(article(html(`<meta name="application-name" content="https://www.samplecourier.at">`), 'page.html').record.outlet).toBe('samplecourier.at');
    expect(article(html(`<meta property="og:site_name" content="http://news.sample-courier.co.uk/">`), 'page.html').record.outlet).toBe('news.sample-courier.co.uk');
  });

  it('a host written as a host, and a name that holds a domain, stay as written', () => {
    expect(article(html(`<meta property="og:site_name" content="samplecourier.com">`), 'page.html').record.outlet).toBe('samplecourier.com');
    // Nasty: the outlet's own name for itself, a domain with capitals, is no address.
    expect(article(html(`<meta property="og:site_name" content="SampleRumors.com">`), 'page.html').record.outlet).toBe('SampleRumors.com');
  });

  it('a name the page gives still wins over the address', () => {
    expect(article(html(`<meta name="application-name" content="https://www.samplecourier.at"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","publisher":{"@type":"Organization","name":"Sample Courier"}}</script>`), 'page.html').record.outlet).toBe('Sample Courier');
  });
});
