/**
 * A headline the page's <h1> and its share title write after different kickers
 * (lib/html/headline/kicker-variants.ts): the <h1> shows "Storm season - «Ferries stay in port…»", og:title and
 * the <title> say "Harbor closed: «Ferries stay in port…»". The two agree on the headline; each
 * kicker is a label its own field sets before it, so neither is the headline's.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';
import { headlineUnderTwoKickers } from '../../scripts/ingest/lib/html/headline/kicker-variants.ts';

const headlineOf = (head: string, body: string, extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const headline = '«Ferries stay in port until the storm turns north»';
const shared = `Harbor closed: ${headline}`;
const head = `<title>${shared} - News - Harbor Post</title><meta property="og:title" content="${shared}"><meta name="twitter:title" content="${shared}"><meta property="og:site_name" content="Harbor Post">`;

describe('one headline after two kickers', () => {
  it('the <h1> and the share title that set different kickers before one headline give the headline alone', () => {
    const body = `<h1><span>Storm season</span> <span> - </span> <span>${headline}</span></h1>`;
    expect(headlineOf(head, body, shared)).toBe(headline);
  });

  it('kickers that share a word are one kicker written twice: the fields stand as before', () => {
    const body = `<h1>Harbor storm - ${headline}</h1>`;
    expect(headlineOf(head, body, shared)).toBe(shared);
  });

  it('the same kicker in both: nothing to settle', () => {
    expect(headlineOf(head, `<h1>${shared}</h1>`, shared)).toBe(shared);
  });
});

describe('headlineUnderTwoKickers', () => {
  it('reads the headline two texts share after short labels that have no word in common', () => {
    expect(headlineUnderTwoKickers(`Storm season - ${headline}`, shared)).toBe(headline);
    expect(headlineUnderTwoKickers('Weather | Ferries stay in port until the storm turns', 'Harbor closed: Ferries stay in port until the storm turns')).toBe(
      'Ferries stay in port until the storm turns',
    );
  });

  it('a colon inside the headline is the headline\'s own: only the first label is cut', () => {
    expect(headlineUnderTwoKickers('Storm season - Ferries stay in port: what we know so far', 'Harbor closed: Ferries stay in port: what we know so far')).toBe(
      'Ferries stay in port: what we know so far',
    );
  });

  it('soft hyphens and a quote\'s style do not tell the two headlines apart', () => {
    expect(headlineUnderTwoKickers('Storm season - “Ferries stay in port until it turns”', 'Harbor closed: "Fer\u00adries stay in port until it turns"')).toBe('“Ferries stay in port until it turns”');
  });

  it('needs a label before each, and a headline of some words after them', () => {
    expect(headlineUnderTwoKickers(headline, shared)).toBeNull();
    expect(headlineUnderTwoKickers('Storm: Port shut', 'Harbor: Port shut')).toBeNull();
    expect(headlineUnderTwoKickers(`A long label of seven words here - ${headline}`, shared)).toBeNull();
    expect(headlineUnderTwoKickers(`Storm season - ${headline} tonight`, shared)).toBeNull();
  });
});
