/**
 * A <time> in the article's own <footer> or <aside> (lib/html/prune/html-prune.ts drops both with their
 * content): it dates the page when nothing else does. Only the first <article>'s own: a comment's or
 * a related story's <article><footer><time> is not the page's date. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const publishedOf = (body: string) => readPageMeta(prunePage(`<!DOCTYPE html><html lang="en"><head><title>Labs share data</title></head><body>${body}</body></html>`).meta, null).published;
const TEXT = '<p>Labs in ten countries share one telescope.</p>';

describe("a <time> in the article's own footer or aside", () => {
  it('dates the page', () => {
    expect(publishedOf(`<main><article><div>${TEXT}</div><footer class="post-footer"><span class="date"><time datetime="2025-08-12T11:15:06Z">August 12, 2025</time></span></footer></article></main>`)?.date).toBe('2025-08-12');
    expect(publishedOf(`<article><aside><time datetime="2024-03-01">March 1, 2024</time></aside>${TEXT}</article>`)?.date).toBe('2024-03-01');
  });

  it('gives way to a <time> in the article itself', () => {
    expect(publishedOf(`<article><time datetime="2024-03-01">March 1, 2024</time>${TEXT}<footer><time datetime="2025-08-12">August 12, 2025</time></footer></article>`)?.date).toBe('2024-03-01');
  });

  it("a comment's or a related story's footer inside the article is not the page's", () => {
    const comment = '<article class="comment"><p>Great read.</p><footer><time datetime="2025-09-01">September 1, 2025</time></footer></article>';
    expect(publishedOf(`<article>${TEXT}<section class="comments">${comment}</section></article>`)).toBeNull();
    expect(publishedOf(`<article>${TEXT}<footer><article><footer><time datetime="2025-09-01">Sep 1, 2025</time></footer></article></footer></article>`)).toBeNull();
  });

  it("a later <article>'s footer, or the page's own footer, is not the page's", () => {
    expect(publishedOf(`<article>${TEXT}</article><article><p>Next story.</p><footer><time datetime="2025-09-01">September 1, 2025</time></footer></article>`)).toBeNull();
    expect(publishedOf(`<article>${TEXT}</article><footer><time datetime="2025-09-01">September 1, 2025</time></footer>`)).toBeNull();
  });
});
