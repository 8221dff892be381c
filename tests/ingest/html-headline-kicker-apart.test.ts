/**
 * A kicker the page shows in an element of its own (lib/html/headline/kicker-apart.ts): the page title and
 * the JSON-LD write "Harbor floods: Two ferries stay in port", og:title the headline alone, and the
 * page's heading reads "Harbor floods Two ferries stay in port" (two elements, no colon). The
 * headline is the one without the kicker.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';
import { kickerBefore, showsKickerApart } from '../../scripts/ingest/lib/html/headline/kicker-apart.ts';

const headlineOf = (head: string, body: string, extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const headline = 'Two ferries stay in port as the storm turns north';
const titled = `Harbor floods: ${headline}`;
const head = `<title>${titled} - Harbor Post</title><meta property="og:title" content="${headline}"><meta name="twitter:title" content="${titled}"><script type="application/ld+json">{"@type":"NewsArticle","headline":"${titled}"}</script><meta property="og:site_name" content="Harbor Post">`;

describe('a kicker shown apart from the headline', () => {
  it('the heading that shows the kicker in its own element, without the colon, gives the headline alone', () => {
    expect(headlineOf(head, `<h2><span>Harbor floods</span> <span>${headline}</span></h2>`, headline)).toBe(headline);
  });

  it('so does an <h1> that reads so', () => {
    expect(headlineOf(head, `<h1><span>Harbor floods</span><span>${headline}</span></h1>`, headline)).toBe(headline);
  });

  it('a heading that shows the colon is the titled form: it stays', () => {
    expect(headlineOf(head, `<h2>${titled}</h2>`, headline)).toBe(titled);
  });

  it('a slash sets a kicker apart as a colon does: the <h1> that runs the two together gives the headline alone', () => {
    const slashed = `Harbor floods / ${headline}`;
    const slashHead = `<title>Harbor floods ${headline} - Harbor Post</title><meta property="og:title" content="${slashed}"><meta name="twitter:title" content="Harbor floods ${headline}"><script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}"}</script><meta property="og:site_name" content="Harbor Post">`;
    expect(headlineOf(slashHead, `<h1><span>Harbor floods</span> <span>${headline}</span></h1>`, slashed)).toBe(headline);
  });

  it('with no heading showing them apart, the titled form the fields agree on stands', () => {
    expect(headlineOf(head, '<h2>Weather</h2>', headline)).toBe(titled);
  });
});

describe('kickerBefore / showsKickerApart', () => {
  it('reads a short label before a colon, a bar or a spaced dash', () => {
    expect(kickerBefore(titled, headline)).toBe('Harbor floods');
    expect(kickerBefore(`Harbor floods | ${headline}`, headline)).toBe('Harbor floods');
    expect(kickerBefore(`Harbor floods - ${headline}`, headline)).toBe('Harbor floods');
    expect(kickerBefore(`Harbor floods / ${headline}`, headline)).toBe('Harbor floods');
    expect(kickerBefore(`Harbor/floods ${headline}`, headline)).toBeNull();
    expect(kickerBefore(headline, headline)).toBeNull();
    expect(kickerBefore(`A long part of seven words before it: ${headline}`, headline)).toBeNull();
  });

  it('tells the shown line from the titled one', () => {
    expect(showsKickerApart(`Harbor floods ${headline}`, titled, headline)).toBe(true);
    expect(showsKickerApart(`Harbor floods${headline}`, titled, headline)).toBe(true);
    expect(showsKickerApart(titled, titled, headline)).toBe(false);
    expect(showsKickerApart(`Other words ${headline}`, titled, headline)).toBe(false);
  });
});
