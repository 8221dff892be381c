/**
 * The publication field under the names publishers give it beyond the common ones
 * ("published_on", "x-published-date", "citation_publication_date"), and its value as the field
 * writes it when that is not ISO ("2024 Jun 30", "Thu, 09/25/2025 - 11:38"). lib/html/metadata/html-meta.ts.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const metaOf = (head: string, body = '') => readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, null);

describe('publication meta fields under other names', () => {
  it('reads a name that says "published on / published date / publication date"', () => {
    expect(metaOf('<meta name="published_on" content="2026-01-22T21:00:00.000Z">').published?.date).toBe('2026-01-22');
    expect(metaOf('<meta name="x-published-date" content="2025-05-27T06:03:43Z">').published?.date).toBe('2025-05-27');
    expect(metaOf('<meta name="citation_publication_date" content="2024/06/30">').published?.date).toBe('2024-06-30');
  });

  it('does not read a change, an expiry or the publisher as the publication', () => {
    expect(metaOf('<meta name="last_published_modified_date" content="2025-05-27">').published).toBeNull();
    expect(metaOf('<meta name="unpublish_date" content="2025-05-27">').published).toBeNull();
    expect(metaOf('<meta property="article:publisher" content="2025 Press">').published).toBeNull();
  });
});

describe('a publication field written as people write dates', () => {
  it('"2024 Jun 30" (year, month word, day) and "Thu, 09/25/2025 - 11:38"', () => {
    expect(metaOf('<meta name="citation_publication_date" content="2024 Jun 30">').published?.date).toBe('2024-06-30');
    expect(metaOf('<meta property="article:published_time" content="Thu, 09/25/2025 - 11:38">').published?.date).toBe('2025-09-25');
  });

  it('a value that is no date, or only a year, dates nothing', () => {
    expect(metaOf('<meta name="date" content="2024">').published).toBeNull();
    expect(metaOf('<meta name="pubdate" content="soon">').published).toBeNull();
  });
});
