/**
 * How the site words a date that is only a page's last update (dateSource `update`): "updated …" beside
 * it, the timeline's note on its event, and the JSON-LD that gives it as dateModified, never datePublished.
 */
import { describe, expect, it } from 'vitest';
import { articleDateWords, updatedWord } from '../../src/lib/text/dates.ts';
import { dateSourceOf } from '../../src/lib/data/timeline.ts';
import { newsArticleJsonLd } from '../../src/lib/page-meta/json-ld.ts';
import type { ArticleFrontmatter } from '../../src/schema.ts';

const base: ArticleFrontmatter = {
  slug: '2025-03-14-harbor-lab', seed: 'harbor.txt', title: 'Harbor lab opens', outlet: 'Harbor Post', author: null, editor: null,
  date: '2025-03-14', datePrecision: 'day', dateSource: 'update', dateEvidence: 'Updated: March 14, 2025', datedFrom: null, published: null,
  topics: [], people: [], event: null, paragraphs: 3, words: 60, summary: 'A lab opened.',
};

describe('a date that is the page’s update', () => {
  it('is worded "updated …"; other dates as before', () => {
    expect(updatedWord(base)).toBe('updated');
    expect(updatedWord(base, true)).toBe('Updated');
    expect(articleDateWords(base)).toBe('updated 14 March 2025');
    expect(articleDateWords({ ...base, dateSource: 'explicit' })).toBe('14 March 2025');
    expect(updatedWord({ ...base, dateSource: 'metadata' })).toBeNull();
    expect(articleDateWords({ ...base, date: null })).toBeNull();
  });

  it('is told on the timeline as an update', () => {
    const event = { articles: [{ dateSource: 'update' }] } as unknown as Parameters<typeof dateSourceOf>[0];
    expect(dateSourceOf(event)).toMatch(/last updated/);
  });

  it('is the JSON-LD dateModified, not datePublished', () => {
    const ld = newsArticleJsonLd(base, new URL('https://example.org/')) as Record<string, unknown>;
    expect(ld.datePublished).toBeUndefined();
    expect(ld.dateModified).toBe('2025-03-14');
    const published = newsArticleJsonLd({ ...base, dateSource: 'explicit' }, new URL('https://example.org/')) as Record<string, unknown>;
    expect(published.datePublished).toBe('2025-03-14');
    expect(published.dateModified).toBeUndefined();
  });
});
