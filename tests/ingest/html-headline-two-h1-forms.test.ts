/**
 * Two <h1>s, one the other's text and more ("Nettle soup (with wild garlic)" and "Nettle soup"), the
 * longer stated by the share fields too: both forms are shown, and the fields that state the longer
 * say which one the headline is (lib/html/headline/html-headline.ts, shownInFull).
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body: string, extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('two <h1>s that write the headline in a longer and a shorter form', () => {
  it('the longer, that the share fields state, is the headline: what it adds in brackets is its own', () => {
    const head =
      '<title>Nettle soup (with wild garlic)</title>' +
      '<meta property="og:title" content="Nettle soup (with wild garlic)">' +
      ld({ '@type': 'Recipe', headline: 'Nettle soup (with wild garlic)' });
    const body = '<h1>Nettle soup (with wild garlic)</h1><p>Spring greens.</p><h1>Nettle soup</h1>';
    expect(headlineOf(head, body, 'Nettle soup (with wild garlic)')).toBe('Nettle soup (with wild garlic)');
  });

  it('the same when the shorter <h1> comes first', () => {
    const head = '<meta property="og:title" content="Harbour ferries stay in port, for now">' + ld({ '@type': 'NewsArticle', headline: 'Harbour ferries stay in port, for now' });
    const body = '<h1>Harbour ferries stay in port</h1><h1>Harbour ferries stay in port, for now</h1>';
    expect(headlineOf(head, body)).toBe('Harbour ferries stay in port, for now');
  });

  it('a lone <h1> with the fields adding a date after it is still the headline (the page-title form of it)', () => {
    const head = '<meta property="og:title" content="Harbour ferries stay in port, December 2025">' + ld({ '@type': 'NewsArticle', headline: 'Harbour ferries stay in port, December 2025' });
    expect(headlineOf(head, '<h1>Harbour ferries stay in port</h1>')).toBe('Harbour ferries stay in port');
  });

  it("a longer <h1> that adds the site's name is cut as before", () => {
    const head =
      '<meta property="og:site_name" content="Harbour Gazette">' +
      '<meta property="og:title" content="Ferries stay in port - Harbour Gazette">' +
      ld({ '@type': 'NewsArticle', headline: 'Ferries stay in port - Harbour Gazette' });
    const body = '<h1>Ferries stay in port - Harbour Gazette</h1><h1>Ferries stay in port</h1>';
    expect(headlineOf(head, body)).toBe('Ferries stay in port');
  });
});

describe('an <h1> far down the page that a share field states', () => {
  const teasers = ['Visit the lake district this fall', 'See the wild ponies of the dunes', 'A winter ballet for the whole family', 'How to switch off after work'];

  it('is a candidate, however many <h1>s come before it (a page that sets every teaser as an <h1>)', () => {
    const head =
      '<title>Rangers edge Harbor City in overtime thriller | Example Sports Desk</title>' +
      '<meta property="og:title" content="Rangers edge Harbor City in overtime">' +
      '<meta name="twitter:title" content="Rangers edge Harbor City in overtime">';
    const body = teasers.map((t) => `<h1>${t}</h1>`).join('') + '<h1>Rangers edge Harbor City in overtime</h1>' + '<h1>Eating berries may help your memory</h1>';
    expect(headlineOf(head, body, 'Rangers edge Harbor City in overtime')).toBe('Rangers edge Harbor City in overtime');
  });

  it('an <h1> far down that no share field states stays out: the first three are read, as before', () => {
    const head = '<meta property="og:title" content="Rangers edge Harbor City in overtime">';
    const body = teasers.map((t) => `<h1>${t}</h1>`).join('') + '<h1>Rangers edge Harbor City after a late goal</h1>';
    expect(headlineOf(head, body)).not.toBe('Rangers edge Harbor City after a late goal');
  });
});
