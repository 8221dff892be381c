/**
 * A date printed just above a saved page's <h1> (lib/html/prune/html-prune.ts): the article's kicker row
 * ("March 3, 2025 | Science" over the headline, inside the article's container) dates the page; the
 * masthead's "today" (in the site's header, by the logo and the menu, far from the headline's
 * container) does not. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const publishedOf = (body: string) => readPageMeta(prunePage(`<!DOCTYPE html><html lang="en"><head><title>Labs share data</title></head><body>${body}<p>Text.</p></body></html>`).meta, null).published;

const SITE_HEADER = '<header class="site-header"><div class="logo"><a href="/">Example Post</a></div><ul class="menu"><li><a href="/s">Science</a></li></ul></header>';

describe('a date just above the headline', () => {
  it('is the article’s kicker inside its <article>, beside a section name', () => {
    const page = `<div id="page">${SITE_HEADER}<main><article><div class="kicker"><span>March 3, 2025</span> | <a href="/s">Science</a></div><h1>Labs share data</h1><p>By Ann Lee</p></article></main></div>`;
    expect(publishedOf(page)).toMatchObject({ date: '2025-03-03', source: 'explicit' });
  });

  it('is the kicker in the headline’s own box when the page has no <article> or <main>', () => {
    const labelled = `<div id="page">${SITE_HEADER}<div class="content"><div class="post-hero"><div class="category-row"><div>Published</div><div>October 14, 2025</div><div>in</div><a href="/c">Training</a></div><div class="title-box"><h1>Labs share data</h1></div></div></div></div>`;
    expect(publishedOf(labelled)).toMatchObject({ date: '2025-10-14', source: 'explicit' });
    const inHeader = `<div id="page">${SITE_HEADER}<article><header class="article-header"><span class="dateline">DECEMBER 22, 2022</span><span class="dateline">Updated: JANUARY 02, 2026</span><h1>Labs share data</h1></header></article></div>`;
    expect(publishedOf(inHeader)?.date).toBe('2022-12-22');
  });

  it('read with a label alone before it: an update gives way to the publication the page shows', () => {
    const kicker = `<div id="page"><article><div class="row"><span>Updated</span><span>January 2, 2026</span></div><h1>Labs share data</h1>`;
    expect(publishedOf(`${kicker}<p class="row">Posted on March 3, 2025</p></article></div>`)?.date).toBe('2025-03-03');
    // Alone, it dates the page (the lead's decision, tests/ingest/dates-update-only.test.ts), the label in the evidence.
    expect(publishedOf(`${kicker}</article></div>`)?.evidence).toContain('Updated January 2, 2026');
  });

  it('is the masthead’s "today" in the site’s header, by the logo and the menu', () => {
    const inHeader = `<div id="page"><header class="site-header"><span class="today">Tuesday, 28 January 2025</span><div class="logo"><a href="/">Example Post</a></div></header><main><article><h1>Labs share data</h1></article></main></div>`;
    expect(publishedOf(inHeader)).toBeNull();
    const topBar = `<div id="page"><div class="top-bar"><span>Tuesday, 28 January 2025</span></div><main><article><h1>Labs share data</h1></article></main></div>`;
    expect(publishedOf(topBar)).toBeNull();
    const beforeLogo = `<div id="page"><div class="top-bar">Tuesday, 28 January 2025</div><div class="site-logo">Example Post</div><div class="content"><h1>Labs share data</h1></div></div>`;
    expect(publishedOf(beforeLogo)).toBeNull();
    const farAbove = `<div id="page"><div class="top"><span>28 January 2025</span></div><div class="wrap"><div class="col"><div class="box"><h1>Labs share data</h1></div></div></div></div>`;
    expect(publishedOf(farAbove)).toBeNull();
  });

  it('gives way to a field that states the date', () => {
    const page = `<article><div class="kicker">March 3, 2025</div><h1>Labs share data</h1></article>`;
    const meta = readPageMeta(prunePage(`<html><head><meta property="article:published_time" content="2025-03-04T10:00:00+08:00"></head><body>${page}</body></html>`).meta, null);
    expect(meta.published).toMatchObject({ date: '2025-03-04', source: 'metadata' });
  });
});
