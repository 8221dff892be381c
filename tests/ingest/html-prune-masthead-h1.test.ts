/**
 * A page's masthead (`<header id="masthead">`, "c-masthead", "page-masthead") is its whole header: it
 * holds the site's logo, and on many pages the article's headline too. Its <h1> is the headline unless
 * it is the logo: a link to the home page or an image, or inside an element named for the logo or the
 * site's name (lib/html/prune/html-prune.ts). Pages written for the test.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const PAGE_TITLE = 'Which polar survey should you join this winter? | Example Notes';
const HEADLINE = 'Polar surveys open their ships to students';
const TEXT = '<main><p>Three polar surveys will take students aboard their ships this winter, the programme said on Monday.</p></main>';

const pageOf = (header: string) => `<!DOCTYPE html><html><head><title>${PAGE_TITLE}</title></head><body>${header}${TEXT}</body></html>`;
const h1sOf = (header: string) => prunePage(pageOf(header)).meta.h1;
const headlineOf = (header: string) => readPageMeta(prunePage(pageOf(header)).meta, null).headline;

describe('an <h1> in the page’s masthead', () => {
  it('is the headline when it is the article’s own title', () => {
    const header = `<header id="masthead" class="site-header"><a class="home" href="/">Example Notes</a><h1 class="article-title">${HEADLINE}</h1></header>`;
    expect(h1sOf(header)).toEqual([HEADLINE]);
    expect(headlineOf(header)).toBe(HEADLINE);
    expect(h1sOf(`<div class="c-masthead"><div class="c-masthead__inner"><h1>${HEADLINE}</h1></div></div>`)).toEqual([HEADLINE]);
  });

  it('is the logo when it links to the home page or shows an image', () => {
    expect(h1sOf(`<header id="masthead"><h1 class="top"><a href="https://notes.example/" rel="home">Example Notes</a></h1></header>`)).toEqual([]);
    expect(h1sOf(`<header id="masthead"><h1><a href="/">Example Notes</a></h1></header>`)).toEqual([]);
    expect(h1sOf(`<header id="masthead"><h1><img src="/logo.png" alt="Example Notes"> Example Notes</h1></header>`)).toEqual([]);
  });

  it('is the logo inside an element named for the logo or the site’s name, or named so itself', () => {
    expect(h1sOf(`<header id="masthead"><div class="site-branding"><h1>Example Notes</h1></div></header>`)).toEqual([]);
    expect(h1sOf(`<header id="masthead"><h1 class="site-title">Example Notes</h1></header>`)).toEqual([]);
  });

  it('a logo <h1> in the masthead leaves the article’s <h1> the headline', () => {
    const header = `<header id="masthead"><h1><a href="/" rel="home">Example Notes</a></h1></header><article><h1>${HEADLINE}</h1></article>`;
    expect(h1sOf(header)).toEqual([HEADLINE]);
  });
});
