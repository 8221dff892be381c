/**
 * An outlet is a name. A site-name field or a copyright line sometimes holds something else: a
 * trademark sign around the name ("®/TM Sample Mills"), a lone word in lower case (a place or a
 * common noun: "canada", "checkout"), or a code of capitals and digits ("QXBRV7"). The signs are
 * taken off; the word and the code give way to a name the page gives elsewhere (the publisher, a
 * title's suffix, a copyright line) and stay when nothing better names the site.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';
import { isWeakName, outletName } from '../../scripts/ingest/lib/page-text/headline/outlet-name.ts';

const P = 'The council approved the new bridge over the river on Monday, after two years of debate about its cost and the route of the road leading to it.';
const html = (head: string, foot = '') => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves the new river bridge</title>${head}</head><body>
<main><article><h1>Council approves the new river bridge</h1><div class="article-body"><p>${P}</p><p>${P.replace('Monday', 'Tuesday')}</p><p>${P.replace('Monday', 'Friday')}</p></div></article></main>${foot}
</body></html>`;
const publisher = (name: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves the new river bridge","publisher":{"@type":"Organization","name":"${name}"}}</script>`;
const siteName = (name: string) => `<meta property="og:site_name" content="${name}">`;

describe('outlet: trademark signs are not part of the name', () => {
  it.each([
    ['®/TM Sample Mills', 'Sample Mills'],
    ['Sample Kitchen®', 'Sample Kitchen'],
    ['Sample Step™ Magazine', 'Sample Step Magazine'],
    ['© 2024 Sample Mills®. All rights reserved.', 'Sample Mills'],
  ])('%s', (raw, name) => {
    expect(outletName(raw)).toBe(name);
  });

  it('a field with no letter names nothing: a separator, a sign, a year a copyright line left', () => {
    for (const raw of ['/', '®', '2025', '-2025', '–2026', '.']) expect(outletName(raw), raw).toBeNull();
  });

  it('the punctuation a copyright line\'s year left before the name is off', () => {
    expect(outletName(', Sample Mills')).toBe('Sample Mills');
    expect(outletName(': © 2026 Sample Mills')).toBe('Sample Mills');
    expect(outletName('— Needle and Sample')).toBe('Needle and Sample');
    // Punctuation inside or at the end of a name stays.
    expect(outletName('Sample, Inc.')).toBe('Sample, Inc.');
    expect(outletName('.NET Sample Blog')).toBe('.NET Sample Blog');
  });

  it('a text page\'s copyright line with the signs', () => {
    expect(article(`Council approves the new river bridge\n\n${PROSE}\n\n${PROSE}\n\n© 2024 ®/TM Sample Mills`).record.outlet).toBe('Sample Mills');
  });
});

describe('outlet: a lone lower-case word or a code gives way to a name', () => {
  it('tells a weak name from a name', () => {
    for (const weak of ['canada', 'checkout', 'QXBRV7', 'ZK4T9']) expect(isWeakName(weak), weak).toBe(true);
    // A one-word name written as a name, a host, an outlet in capitals without digits: names.
    for (const name of ['Canada.ca', 'Sample', 'Foto Magazin', 'NASA', 'Sample7 News', 'sample-courier.com', 'Sample Courier']) expect(isWeakName(name), name).toBe(false);
  });

  it('the publisher wins over a lone lower-case site name', () => {
    expect(article(html(siteName('canada') + publisher('Government of Sample')), 'page.html').record.outlet).toBe('Government of Sample');
  });

  it('the publisher wins over a code', () => {
    expect(article(html(siteName('QXBRV7') + publisher('Sample Valley Television')), 'page.html').record.outlet).toBe('Sample Valley Television');
  });

  it('another site-name field with a name wins over a lone lower-case word', () => {
    expect(article(html(`${siteName('checkout')}<meta name="application-name" content="Sample Courier">`), 'page.html').record.outlet).toBe('Sample Courier');
  });

  it('a publisher that spells the lower-case word out wins', () => {
    expect(article(html(siteName('samplepost') + publisher('Sample Post')), 'page.html').record.outlet).toBe('Sample Post');
    expect(article(html(siteName('samplerádar') + publisher('SampleRadar+')), 'page.html').record.outlet).toBe('SampleRadar+');
  });

  it('nasty: another lone word is no better (a blog platform as the publisher)', () => {
    expect(article(html(siteName('samplechef') + publisher('Blogger')), 'page.html').record.outlet).toBe('samplechef');
  });

  it('nasty: the weak name stays when it is all the page gives, and a name is never replaced', () => {
    expect(article(html(siteName('samplenews')), 'page.html').record.outlet).toBe('samplenews');
    expect(article(html(siteName('QXBRV7')), 'page.html').record.outlet).toBe('QXBRV7');
    expect(article(html(siteName('Canada.ca') + publisher('Government of Sample')), 'page.html').record.outlet).toBe('Canada.ca');
    expect(article(html(siteName('Foto Magazin') + publisher('Sample Verlag')), 'page.html').record.outlet).toBe('Foto Magazin');
  });
});
