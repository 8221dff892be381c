/**
 * A saved page whose only date line is its update, the day in a <time> element after the label
 * ("Updated <time datetime=…>January 16, 2026</time>"): the <time> is the update's, and the page is
 * dated by the update line as the lead's decision has it (tests/ingest/dates-update-only.test.ts), the
 * line as evidence, so that a reader sees the day is an update and not a publication field's. A date in
 * the page's address, which the page was filed under, comes before it. Small invented pages.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const metaOf = (body: string, head = '') => readPageMeta(prunePage(`<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, null);
const LINE = '<h1>Harbor Gazette tide tables</h1><p class="byline">By Mara Quill</p><div class="post-date">Updated <time datetime="2026-01-16T09:00:00-05:00">January 16, 2026</time></div>';

describe('an update line whose day is a <time>', () => {
  it('dates the page as its update, the line as evidence', () => {
    const meta = metaOf(LINE);
    expect(meta.published?.date).toBe('2026-01-16');
    expect(meta.published?.evidence).toMatch(/Updated/);
  });

  it('comes after a date in the page\'s address', () => {
    const meta = metaOf(LINE, '<link rel="canonical" href="https://harbor-gazette.example/2018/07/10/tide-tables/">');
    expect(meta.published?.date).toBe('2018-07-10');
  });

  it('leaves a <time> with no update label as the publication', () => {
    const meta = metaOf('<h1>Harbor Gazette tide tables</h1><div class="post-date"><time datetime="2026-01-16T09:00:00-05:00">January 16, 2026</time></div>');
    expect(meta.published).toMatchObject({ date: '2026-01-16', source: 'metadata' });
  });
});
