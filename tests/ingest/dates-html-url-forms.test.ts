/**
 * A date in a saved page's own address, in the forms blogs and papers write it beyond /2024/03/10/:
 * the month by its name ("/2023/october/03/", "/2025/dec/05/"), and a day followed by the words of the
 * title joined by "+" ("/articles/2025-12-15+Tide+tables"). The address dates the page only when no
 * field does, and a number that is no calendar day, or a month name inside a word, dates nothing.
 * Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const publishedAt = (url: string, head = '') =>
  readPageMeta(prunePage(`<!DOCTYPE html><html lang="en"><head><title>Tea styles</title><link rel="canonical" href="${url}">${head}</head><body><article><h1>Tea styles</h1><p>Text of the story.</p></article></body></html>`).meta, null).published;

describe('a date in the page address', () => {
  it('reads a month written by its name between the year and the day', () => {
    expect(publishedAt('https://tea.example/blog/2023/october/03/how-many-teas/')).toMatchObject({ date: '2023-10-03', source: 'url' });
    expect(publishedAt('https://paper.example/books/2025/dec/05/best-books')).toMatchObject({ date: '2025-12-05', source: 'url' });
    expect(publishedAt('https://paper.example/books/2025/Sept/5/best-books')?.date).toBe('2025-09-05');
  });

  it('reads a day followed by the title joined with "+"', () => {
    expect(publishedAt('https://blog.example/articles/2025-12-15+Tide+tables:+when+and+where')).toMatchObject({ date: '2025-12-15', source: 'url' });
  });

  it('dates nothing that is no calendar day or no month', () => {
    expect(publishedAt('https://tea.example/blog/2023/february/30/styles/')).toBeNull();
    expect(publishedAt('https://tea.example/blog/2023/marching/03/styles/')).toBeNull();
    expect(publishedAt('https://tea.example/blog/2023/may/1234/styles/')).toBeNull();
  });

  it('reads an address whose separators the page percent-encoded', () => {
    expect(publishedAt('https://blog.example%2Farticles%2F2025-12-15%2BTide%2Btables')).toMatchObject({ date: '2025-12-15', source: 'url' });
    // A stray "%" that encodes nothing leaves the address as it is written.
    expect(publishedAt('https://blog.example/2025/12/15/100%-tides')?.date).toBe('2025-12-15');
  });

  it('passes over a canonical link that is no address, to the og:url', () => {
    const ogUrl = '<meta property="og:url" content="https://tea.example/blog/2023/october/03/styles">';
    expect(readPageMeta(prunePage(`<!DOCTYPE html><html lang="en"><head><title>Tea styles</title><link rel="canonical" href="Which teas suit an evening?">${ogUrl}</head><body><article><h1>Tea styles</h1><p>Text of the story.</p></article></body></html>`).meta, null).published).toMatchObject({ date: '2023-10-03', source: 'url' });
  });

  it('gives way to a publication field', () => {
    expect(publishedAt('https://tea.example/blog/2023/october/03/styles/', '<meta property="article:published_time" content="2023-10-04T09:00:00+02:00">')?.date).toBe('2023-10-04');
  });
});
