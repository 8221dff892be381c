/**
 * The HTML path's author from the row under the headline that dates the article and says "by"
 * ("Dec 2, 2025 by Anna Berg"): it outranks byline elements further down, which may be other stories'
 * teasers; its name ends at a stamp's label in any language ("Publié le", "Stand:"); a reviewer's "by"
 * ("Fact Checked by: Li Wei") names no writer.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { P } from './html-header-page.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';
import type { PageMetaRaw } from '../../scripts/ingest/lib/html/prune/html-prune.ts';

/** A page with `row` under its <h1> and the article. */
const page = (row: string, lang = 'en') =>
  article(
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>EU and China expand climate research</title></head><body>
<header class="post-header"><h1>EU and China expand climate research</h1><div class="post-meta">${row}</div></header>
<main><section class="content">${P.map((p) => `<p>${p}</p>`).join('')}</section></main>
<footer><p>© 2024 Example News. All rights reserved.</p></footer></body></html>`,
    'page.html',
  ).record;

/** The fields the prune pass read: the row under the headline, and byline elements elsewhere on the page (other stories' teasers). */
const fields = (stampTexts: string[], bylines: string[]): PageMetaRaw => ({ title: null, meta: new Map(), jsonLd: [], times: [], h1: [], bylines, stampTexts, lang: 'de', canonical: null });

describe('HTML author: the stamp row under the headline', () => {
  it('outranks the byline elements of a list of other stories', () => {
    expect(readPageMeta(fields(['capital von Anna Berg 05. November 2024 15:36 Uhr'], ['von Li Wei', 'von Jo Ma', 'von Tom Hale']), null).author).toBe('Anna Berg');
    // A byline element stands when no row says "by".
    expect(readPageMeta(fields(['05. November 2024 15:36 Uhr'], ['von Li Wei']), null).author).toBe('Li Wei');
  });

  it('ends the name at a stamp\'s label, in any language', () => {
    expect(page('Par Anna Berg Publié le 06/01/2026 - 14:16', 'fr').author).toBe('Anna Berg');
    expect(page('von Anna Berg Stand: 28. April 2023, 05:00 Uhr', 'de').author).toBe('Anna Berg');
  });

  it('reads no writer from a reviewer\'s "by"', () => {
    expect(page('Last Updated: Dec 17, 2025 • 5 min read Fact Checked by: Li Wei').author).not.toBe('Li Wei');
  });
});
