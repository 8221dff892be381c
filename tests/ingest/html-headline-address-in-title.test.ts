/**
 * A site's name written as its address at an edge of the <title> ("Example.com: Headline",
 * "ExampleNews.com - Headline - Section") on a page that gives no other name for its site and whose
 * address is unknown (lib/html/headline/address-in-title.ts): it is cut as a name the page gives.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';
import { addressesAtTitleEdges } from '../../scripts/ingest/lib/html/headline/address-in-title.ts';

const headlineOf = (head: string, body = '', extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

describe("the site's address at an edge of the <title>", () => {
  it('is cut before the headline, after a colon', () => {
    const title = 'Polarnotes.com: The Best Sledges of 2005';
    expect(headlineOf(`<title>${title}</title>`, '', title)).toBe('The Best Sledges of 2005');
  });

  it('is cut before the headline after a dash, and the short section after it too', () => {
    const title = 'PolarNotesDaily.com - Storm Plows Through the Coast - U.S. & World';
    expect(headlineOf(`<title>${title}</title>`, '', title)).toBe('Storm Plows Through the Coast');
  });

  it('under a country\'s second-level domain', () => {
    const title = 'polarnotes.co.uk | Ice cores dated at last by the field team';
    expect(headlineOf(`<title>${title}</title>`, '', title)).toBe('Ice cores dated at last by the field team');
  });

  it('is found only where it stands alone at an edge, its domain generic or a country\'s second level', () => {
    expect(addressesAtTitleEdges('Polarnotes.com: Ice cores dated')).toEqual(['Polarnotes.com']);
    expect(addressesAtTitleEdges('Ice cores dated | www.polarnotes.org')).toEqual(['www.polarnotes.org']);
    // A framework's or a product's name, a bare country code, a headline about an address: no site.
    expect(addressesAtTitleEdges('Vue.js: What is new in version 3')).toEqual([]);
    expect(addressesAtTitleEdges('ASP.NET: What is new in version 9')).toEqual([]);
    expect(addressesAtTitleEdges('Why we bought example.com')).toEqual([]);
    expect(addressesAtTitleEdges('Who really owns it: example.com')).toEqual([]);
    expect(addressesAtTitleEdges(null)).toEqual([]);
  });

  it('leaves a headline that only names an address', () => {
    const title = 'Polarnotes.com sold to a rival for a record sum';
    expect(headlineOf(`<title>${title}</title>`, '', title)).toBe(title);
  });
});
