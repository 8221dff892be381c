/**
 * A saved page whose headline is no <h1> (an <h2> or <h3> set as the title, the page's <h1> absent or
 * further down, inside the post): the heading that shows the headline is where its kicker and its
 * date line are read, as for an <h1> (lib/html/metadata/html-kicker.ts, lib/html/headline/html-headings.ts). The heading is found
 * by its words: the headline the page's fields agree on, worded a little differently or at more
 * length. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const publishedOf = (body: string, title = 'Seven ways to share lab data') =>
  readPageMeta(prunePage(`<!DOCTYPE html><html lang="en"><head><title>${title}</title><meta property="og:title" content="${title}"></head><body>${body}<p>Text.</p></body></html>`).meta, null).published;

const SITE_HEADER = '<header class="site-header"><div class="logo"><a href="/">Example Post</a></div><ul class="menu"><li><a href="/s">Science</a></li></ul></header>';

describe('a headline shown in a heading other than <h1>', () => {
  it('takes the kicker just above it', () => {
    const page = `${SITE_HEADER}<div class="hero"><h3 class="kicker"><span>blog | </span> February 01, 2022 </h3><h2 class="title">Seven ways to help you share your lab data</h2></div>`;
    expect(publishedOf(page)).toMatchObject({ date: '2022-02-01', source: 'explicit' });
  });

  it('takes the date line just under it', () => {
    const page = `${SITE_HEADER}<main><div class="head"><h2>Seven ways to share lab data, and why they work</h2><div class="author"><p>Ann Lee</p><small>December 17, 2025</small></div></div><div class="post"><p>Body.</p></div></main>`;
    expect(publishedOf(page)).toMatchObject({ date: '2025-12-17', source: 'explicit' });
  });

  it('is not any heading: one that does not show the headline dates nothing', () => {
    const other = `${SITE_HEADER}<main><h2>Upcoming events</h2><div class="event"><p>March 3, 2026</p></div><div class="post"><p>Body.</p></div></main>`;
    expect(publishedOf(other)).toBeNull();
    // A date above the heading, outside its box (the masthead's "today"), is still no kicker.
    const masthead = `<div class="top-bar"><span>Tuesday, 28 January 2025</span></div>${SITE_HEADER}<div class="wrap"><div class="col"><div class="box"><h2>Seven ways to share lab data</h2></div></div></div>`;
    expect(publishedOf(masthead)).toBeNull();
  });

  it('leaves a page whose <h1> shows the headline as it was', () => {
    const page = `${SITE_HEADER}<div class="promo"><h2>Seven ways to share lab data</h2><p>March 3, 2024</p></div><div class="content"><div class="box"><h1>Seven ways to share lab data</h1><p>Posted on May 5, 2025</p></div></div>`;
    expect(publishedOf(page)?.date).toBe('2025-05-05');
  });
});
