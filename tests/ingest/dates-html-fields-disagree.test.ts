/**
 * Two publication fields of a saved page that name different days (`article:published_time` and the
 * JSON-LD `datePublished`, a publish-named meta field): the one the page's own date line agrees with
 * dates it; with no such line, the order the README documents (JSON-LD first, then the meta fields).
 * A date line that labels its day as the publication ("Published August 13, 2025", "Posted on …") and
 * names a day no field names dates the page itself: the reader is told that day, the fields are the
 * software's (on the metadata set's dev pages, the label was right each time they disagreed).
 * Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

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
    expect(publishedOf(`${LD}${META}`, '<p class="date">August 13, 2025</p>')?.date).toBe('2025-11-29');
    expect(publishedOf(`${LD}${META}`, '<p class="date">Updated August 13, 2025</p>')?.date).toBe('2025-11-29');
    expect(publishedOf(`${LD}${META}`, '')?.date).toBe('2025-11-29');
  });

  it('give way to a date line labelled as the publication that names another day', () => {
    expect(publishedOf(`${LD}${META}`, '<p class="date">Published August 13, 2025</p>')).toMatchObject({ date: '2025-08-13', source: 'explicit' });
    // One field, and a label that is not the line's first word: the label before the date says what it is.
    expect(publishedOf(LD, '<p class="date">By Ann Lee · Posted on August 13, 2025</p>')).toMatchObject({ date: '2025-08-13', source: 'explicit' });
    // The evidence names the line and the field it was preferred to.
    expect(publishedOf(LD, '<p class="date">Published August 13, 2025</p>')?.evidence).toMatch(/Published August 13, 2025.*datePublished/);
    // A publication label, then the update the page's fields do not name: the publication line still counts alone.
    expect(publishedOf(LD, '<p class="date">Published November 29, 2025 · Updated August 13, 2025</p>')?.date).toBe('2025-11-29');
  });

  it('say which field the page agreed with', () => {
    expect(publishedOf(`${LD}${META}`, '<p class="date">Published August 8, 2025</p>')?.evidence).toMatch(/article:published_time.*August 8, 2025/);
  });
});
