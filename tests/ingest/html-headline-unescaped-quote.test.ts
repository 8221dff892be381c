/**
 * A share field cut at a double quote the page left unescaped in its attribute
 * (`content="Ferries stay in port as "the storm of the decade" nears"`): the parser reads the value up
 * to that quote, "Ferries stay in port as ". The <title>, an element's text, keeps the whole headline;
 * the cut field's votes are the whole form's (lib/html/headline/html-headline.ts).
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body: string, extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const whole = 'Ferries stay in port as "the storm of the decade" nears';

describe('a share field cut at an unescaped quote', () => {
  it('gives its votes to the field that goes on with the quote', () => {
    const head = `<title>${whole}</title><meta property="og:title" content="${whole}"><meta name="twitter:title" content="${whole}">`;
    expect(headlineOf(head, '<h2>Weather</h2>', 'Ferries stay in port as')).toBe(whole);
  });

  it('also against a JSON-LD headline that says something else', () => {
    const head =
      `<title>${whole} | Harbor Post</title><meta property="og:title" content="${whole}"><meta property="og:site_name" content="Harbor Post">` +
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Port authority keeps the ferries in"}</script>';
    expect(headlineOf(head, '', 'Ferries stay in port as')).toBe(whole);
  });

  it('a shorter share title the longer one goes on from without a quote is left to the vote, as before', () => {
    const head = '<title>Ferries stay in port as the storm nears the coast</title><meta property="og:title" content="Ferries stay in port as the storm nears"><meta name="twitter:title" content="Ferries stay in port as the storm nears">';
    expect(headlineOf(head, '', 'Ferries stay in port as the storm nears')).toBe('Ferries stay in port as the storm nears');
  });
});
