/**
 * A saved page's <time datetime> may be anywhere on it: a related story's card, a comment's. When the
 * date line the page shows by its headline names another day, that line dates the page; a <time> whose
 * own text is that line keeps its datetime. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const publishedOf = (body: string) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html lang="en"><head><title>Labs share data</title></head><body>${body}</body></html>`).meta, null).published;

/** The article's text, then other stories' cards further down. */
const CARDS = '<p>Text.</p>'.repeat(8) + '<div class="cards"><div class="card"><a href="/b">Other story</a><time datetime="2025-04-14T04:00:00Z">April 14, 2025</time></div></div>';

describe('a <time> elsewhere on the page', () => {
  it('gives way to the date line by the headline', () => {
    expect(publishedOf(`<article><h1>Labs share data</h1><p class="meta">January 28, 2025</p><p>Text.</p></article>${CARDS}`)).toMatchObject({ date: '2025-01-28', source: 'explicit' });
    // An update line too: the page shows no other day of its own.
    expect(publishedOf(`<article><h1>Labs share data</h1><p class="meta">Page updated: November 12, 2025</p><p>Text.</p></article>${CARDS}`)?.date).toBe('2025-11-12');
  });

  it('dates the page when the page shows no date line, or the same day', () => {
    expect(publishedOf(`<article><h1>Labs share data</h1><p>Text.</p></article>${CARDS}`)).toMatchObject({ date: '2025-04-14', source: 'metadata' });
    expect(publishedOf(`<article><h1>Labs share data</h1><p>By Ann Lee <time datetime="2025-01-28">January 28, 2025</time></p><p>Text.</p></article>${CARDS}`)).toMatchObject({ date: '2025-01-28', source: 'metadata' });
  });

  it('keeps its datetime when the line is its own text', () => {
    expect(publishedOf(`<article><h1>Labs share data</h1><p><time datetime="2024-12-20">August 28, 2024</time></p><p>Text.</p></article>`)?.date).toBe('2024-12-20');
  });
});
