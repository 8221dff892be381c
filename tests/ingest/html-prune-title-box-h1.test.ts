/**
 * A box named like the site's title ("site-title", "logo", "branding") that opens after the page's
 * header has closed, outside any header, is the page's own title box (a hero over the article), not
 * the site's logo: its <h1> is the headline unless it shows the logo (an image, a link home). The same
 * box inside the header stays the logo (lib/html/prune/html-prune.ts). Pages written for the test.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';

const HEADLINE = 'Ferry timetables change for the winter';
const TEXT = '<main><p>The island ferries will sail twice a day from November, the operator said on Tuesday.</p></main>';
const HEADER = '<header class="top"><a href="/"><img src="/logo.png" alt="Harbour News"></a><nav><a href="/a">A</a></nav></header>';

const h1sOf = (body: string) =>
  prunePage(`<!DOCTYPE html><html><head><title>${HEADLINE} – Harbour News</title></head><body>${body}${TEXT}</body></html>`).meta.h1;

describe('an <h1> in a box named for the site’s title', () => {
  it('is the headline when the box comes after the page’s header, outside it', () => {
    expect(h1sOf(`${HEADER}<div class="hero"><div class="site-title" id="site-title"><h1>${HEADLINE}</h1></div></div>`)).toEqual([HEADLINE]);
    expect(h1sOf(`<div role="banner"><a href="/">Harbour News</a></div><div class="page-logo"><h1>${HEADLINE}</h1></div>`)).toEqual([HEADLINE]);
  });

  it('is the logo when it shows the logo there (an image, a link home)', () => {
    expect(h1sOf(`${HEADER}<div class="site-title"><h1><a href="/" rel="home">Harbour News</a></h1></div>`)).toEqual([]);
    expect(h1sOf(`${HEADER}<div class="logo"><h1><img src="/l.png" alt="Harbour News"></h1></div>`)).toEqual([]);
  });

  it('is the logo when the <h1> is named for it, or the box is in a header or before any header closed', () => {
    expect(h1sOf(`${HEADER}<h1 class="site-title">Harbour News</h1>`)).toEqual([]);
    expect(h1sOf(`<header><div class="site-title"><h1>Harbour News</h1></div></header>`)).toEqual([]);
    expect(h1sOf(`<div class="site-branding"><h1>Harbour News</h1></div><div class="story"><h1>${HEADLINE}</h1></div>`)).toEqual([HEADLINE]);
    expect(h1sOf(`${HEADER}<header class="bar"><div class="logo"><h1>Harbour News</h1></div></header>`)).toEqual([]);
  });
});
