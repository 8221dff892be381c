/**
 * Two publication fields of a saved page that name different days (`article:published_time` and the
 * JSON-LD `datePublished`, a publish-named meta field): the one the page's own date line agrees with
 * dates it; with no such line, the order the README documents (JSON-LD first, then the meta fields).
 * Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/html-meta.ts';

const LD = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Labs share data","datePublished":"2025-11-29T12:28:31-05:00"}</script>';
const META = '<meta property="article:published_time" content="2025-08-08T09:00:00-05:00">';

const publishedOf = (head: string, body: string) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html lang="en"><head><title>Labs share data</title>${head}</head><body><article><h1>Labs share data</h1>${body}<p>Text.</p></article></body></html>`).meta, null).published;

describe('publication fields that disagree', () => {
  it('are decided by the date line the page shows', () => {
    expect(publishedOf(`${LD}${META}`, '<p class="date">Published August 8, 2025</p>')).toMatchObject({ date: '2025-08-08', source: 'metadata' });
    expect(publishedOf(`${META}${LD}`, '<p class="date">Published November 29, 2025</p>')).toMatchObject({ date: '2025-11-29', source: 'metadata' });
  });

  it('keep the documented order when the page shows neither day', () => {
    expect(publishedOf(`${LD}${META}`, '<p class="date">Published August 13, 2025</p>')?.date).toBe('2025-11-29');
    expect(publishedOf(`${LD}${META}`, '')?.date).toBe('2025-11-29');
  });

  it('say which field the page agreed with', () => {
    expect(publishedOf(`${LD}${META}`, '<p class="date">Published August 8, 2025</p>')?.evidence).toMatch(/article:published_time.*August 8, 2025/);
  });
});
