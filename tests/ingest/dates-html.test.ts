/**
 * A saved page's dates (lib/html/metadata/html-meta.ts), on small pages written here: a <time> the page labels as
 * its update dates the change, never the publication (issue 13, item 4).
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const metaOf = (head: string, body = '') => readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, null);

describe('a <time> element that says it dates an update', () => {
  it('is the modified day, not the publication day, when the page states when it came out', () => {
    const meta = metaOf('', '<h1>Labs share data</h1><p class="meta"><time datetime="2025-04-10T06:00">Updated April 10, 2025</time></p><p class="post-date">Posted on April 18, 2024</p>');
    expect(meta.published?.date).toBe('2024-04-18');
    expect(meta.modified?.date).toBe('2025-04-10');
  });

  it('dates a page that states nothing else', () => {
    const meta = metaOf('', '<h1>Labs share data</h1><p class="meta"><time datetime="2025-04-10T06:00">Updated April 10, 2025</time></p>');
    expect(meta.published?.date).toBe('2025-04-10');
  });

  it('gives way to the <time> of the publication beside it', () => {
    const meta = metaOf('', '<h1>Labs share data</h1><p><time datetime="2025-04-10">Updated April 10, 2025</time> <time datetime="2024-04-18">April 18, 2024</time></p>');
    expect(meta.published?.date).toBe('2024-04-18');
    expect(meta.modified?.date).toBe('2025-04-10');
  });

  it('a plain <time> is still the publication day', () => {
    expect(metaOf('', '<h1>Labs share data</h1><time datetime="2024-04-18">April 18, 2024</time>').published?.date).toBe('2024-04-18');
  });
});
