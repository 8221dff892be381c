/**
 * A saved page dated by a date line only its shown text gives (dateSource `page-text`:
 * scripts/ingest/stages/html-shown-date.ts): the site tells it as a date stated on the page, and its
 * JSON-LD gives it as the publication, as for a stamp of a text seed.
 */
import { describe, expect, it } from 'vitest';
import { articleDateWords } from '../../src/lib/text/dates.ts';
import { dateSourceOf } from '../../src/lib/data/timeline.ts';
import { dateSourceWords } from '../../src/lib/text/labels.ts';
import { newsArticleJsonLd } from '../../src/lib/page-meta/json-ld.ts';
import { articleFrontmatter, type ArticleFrontmatter } from '../../src/schema.ts';

const article: ArticleFrontmatter = {
  slug: '2023-05-25-harbor-lab', seed: 'harbor.html', title: 'Harbor lab opens', outlet: 'Harbor Post', author: null, editor: null,
  date: '2023-05-25', datePrecision: 'day', dateSource: 'page-text', dateEvidence: 'May 25, 2023', datedFrom: null, published: null,
  topics: [], people: [], event: null, paragraphs: 3, words: 60, summary: 'A lab opened.',
};

describe('a date from the page’s shown text', () => {
  it('is a date source the schema knows', () => {
    expect(articleFrontmatter.parse(article).dateSource).toBe('page-text');
  });

  it('is told as stated on the page, not as an update', () => {
    expect(articleDateWords(article)).toBe('25 May 2023');
    expect(dateSourceWords['page-text']).toBe('stated on the page');
    const event = { articles: [{ dateSource: 'page-text' }] } as unknown as Parameters<typeof dateSourceOf>[0];
    expect(dateSourceOf(event)).toBe('date stated in the report');
  });

  it('is the JSON-LD datePublished', () => {
    const ld = newsArticleJsonLd(article, new URL('https://example.org/')) as Record<string, unknown>;
    expect(ld.datePublished).toBe('2023-05-25');
  });
});
