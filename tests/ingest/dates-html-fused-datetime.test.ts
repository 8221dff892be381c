/**
 * A `<time>` or a publication field whose value is two ISO days run together ("2022-02-112023-05-08", a
 * template that wrote the first draft's day and the publication's into one attribute) states no day:
 * its first ten characters are not a date the page gives. The day the element shows ("May 8, 2023",
 * "5. November 2024") dates the page instead. Small pages written here, in English and German.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const publishedOf = (head: string, body: string, lang = 'en') =>
  readPageMeta(
    prunePage(`<!DOCTYPE html><html lang="${lang}"><head><title>Labs share data</title>${head}</head><body><article><h1>Labs share data</h1>${body}<p>Text of the article, long enough to be one.</p></article></body></html>`).meta,
    null,
  ).published;

describe('two ISO days run together in one value', () => {
  it('leave the shown text of a <time> to date the page', () => {
    expect(publishedOf('', '<p class="meta">By Ann Lee <time datetime="2022-02-112023-05-08">May 8, 2023</time></p>')?.date).toBe('2023-05-08');
    expect(publishedOf('', '<p class="datum">Von Anna Berg, <time datetime="2021-03-042024-11-05">5. November 2024</time></p>', 'de')?.date).toBe('2024-11-05');
  });

  it('are no publication field either', () => {
    expect(publishedOf('<meta property="article:published_time" content="2022-02-112023-05-08">', '<p class="date">May 8, 2023</p>')?.date).toBe('2023-05-08');
  });

  it('leave a well-formed value as it was', () => {
    expect(publishedOf('', '<p class="meta"><time datetime="2023-05-08T10:00:00-04:00">May 8, 2023</time></p>')).toMatchObject({ date: '2023-05-08', source: 'metadata' });
    expect(publishedOf('', '<p class="meta"><time datetime="2023-05-08">8 May</time></p>')).toMatchObject({ date: '2023-05-08', source: 'metadata' });
    expect(publishedOf('<meta property="article:published_time" content="2023-05-08 10:00:00">', '')?.date).toBe('2023-05-08');
  });
});
