/**
 * An outlet written as a social-media handle ("@samplenews" in og:site_name, "Sample_Desk" in
 * twitter:site) is a weak name: a field that spells the name out wins, and when none does the handle
 * stays without its "@" (lib/page-text/headline/outlet-name.ts).
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { isWeakName, outletName } from '../../scripts/ingest/lib/page-text/headline/outlet-name.ts';

const P = 'The council approved the new bridge over the river on Monday, after two years of debate about its cost and the route of the road leading to it.';
const html = (head: string, title = 'Council approves the new river bridge') => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>
<main><article><h1>Council approves the new river bridge</h1><div class="article-body"><p>${P}</p><p>${P.replace('Monday', 'Tuesday')}</p><p>${P.replace('Monday', 'Friday')}</p></div></article></main>
</body></html>`;
const publisher = (name: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves the new river bridge","publisher":{"@type":"Organization","name":"${name}"}}</script>`;
const meta = (key: string, value: string) => `<meta ${key.startsWith('og:') ? 'property' : 'name'}="${key}" content="${value}">`;

describe('outlet: a handle is a weak name', () => {
  it('tells a handle from a name', () => {
    for (const handle of ['@samplenews', 'Sample_Desk', '@Sample_News24']) expect(isWeakName(handle), handle).toBe(true);
    // A name with a space, an "@" inside a name, an underscore at an end: not a handle.
    for (const name of ['@Sample', '@Home Sample Magazine', 'Sample@Work', 'Sample News', '_Sample']) expect(isWeakName(name), name).toBe(false);
  });

  it('the handle loses its "@"; a name with an "@" in it keeps it', () => {
    expect(outletName('@samplenews')).toBe('samplenews');
    expect(outletName('Sample_Desk')).toBe('Sample_Desk');
    expect(outletName('@Home Sample Magazine')).toBe('@Home Sample Magazine');
    expect(outletName('Sample@Work')).toBe('Sample@Work');
    expect(outletName('@Sample')).toBe('@Sample');
  });

  it('a publisher that spells the handle out wins over it', () => {
    expect(article(html(meta('twitter:site', 'Sample_Desk') + publisher('Sample Desk')), 'page.html').record.outlet).toBe('Sample Desk');
  });

  it('an "@" handle the extractor read as the site name stays without its "@" when nothing spells it out', () => {
    expect(article(html(meta('og:site_name', '@samplenews')), 'page.html').record.outlet).toBe('samplenews');
  });

  it('nasty: a handle that is all the page gives stays as written', () => {
    expect(article(html(meta('twitter:site', 'Sample_Desk')), 'page.html').record.outlet).toBe('Sample_Desk');
  });
});
