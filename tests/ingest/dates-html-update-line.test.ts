/**
 * A saved page's date lines that say the page was changed (lib/html/metadata/html-meta.ts), as the text path reads
 * them: the lead's decision (tests/ingest/dates-update-only.test.ts) holds here too, a page whose only
 * date is its update line is dated by it, the line as evidence; a publication date anywhere wins.
 * Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const metaOf = (body: string, head = '') => readPageMeta(prunePage(`<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, null);

describe('an update line under the headline', () => {
  it.each([
    ['<div class="post-date">Last updated: Dec 12, 2025</div>', '2025-12-12'],
    ['<p class="byline">By Callum Rich ⋅ Review Editor ⋅ Updated November 18, 2025</p>', '2025-11-18'],
    ['<div class="meta"><span>Updated on</span> <span>July 9, 2025</span></div>', '2025-07-09'],
    // The label alone in its element, the date in the next: read together, as the reader reads them.
    ['<div class="row"><span>Updated on</span> <span>July 9, 2025</span></div>', '2025-07-09'],
  ])('dates a page that shows no other date: %s', (line, day) => {
    const meta = metaOf(`<h1>Labs share data</h1>${line}`);
    expect(meta.published).toMatchObject({ date: day, source: 'explicit' });
    expect(meta.published?.evidence).toMatch(/updated/i);
  });

  it('gives way to a publication date the page shows after it', () => {
    const meta = metaOf('<h1>Labs share data</h1><div class="post-date">Updated: Jan 2, 2026</div><p class="posted">Posted on March 3, 2025</p>');
    expect(meta.published?.date).toBe('2025-03-03');
  });

  it('a line that states its publication first is read for it, the update after it aside', () => {
    const meta = metaOf('<h1>Labs share data</h1><div class="post-meta">Published May 1, 2024 · Updated June 1, 2024</div>');
    expect(meta.published?.date).toBe('2024-05-01');
  });

  it('gives way to a field that states the publication', () => {
    const meta = metaOf('<h1>Labs share data</h1><div class="post-date">Last updated: Dec 12, 2025</div>', '<meta property="article:published_time" content="2024-03-04T10:00:00+08:00">');
    expect(meta.published).toMatchObject({ date: '2024-03-04', source: 'metadata' });
  });
});
