/**
 * An item of /rss.xml: a byline is the item's dc:creator, never RSS's <author>, which RSS 2.0 defines
 * as an e-mail address (feed validators reject a name there); a date that is only the page's last
 * update says so and is the item's dcterms:modified; a date known to its month or year only says so.
 */
import { describe, expect, it } from 'vitest';
import { feedItem, FEED_NAMESPACES } from '../../src/lib/api/feed-item.ts';
import type { ArticleFrontmatter } from '../../src/schema.ts';

const article: ArticleFrontmatter & { date: string } = {
  slug: '2025-03-14-harbor-lab', seed: 'harbor.txt', title: 'Harbor lab opens', outlet: 'Harbor Post', author: 'Ann Lee & Tom <Ilve>', editor: null,
  date: '2025-03-14', datePrecision: 'day', dateSource: 'explicit', dateEvidence: 'March 14, 2025', datedFrom: null, published: null,
  topics: ['iter'], people: [], event: null, paragraphs: 3, words: 60, summary: 'A lab opened.',
};
const site = new URL('https://example.net/');

describe('an item of the feed', () => {
  it('gives the byline as dc:creator, escaped, and no <author>', () => {
    const item = feedItem(article, site, (s) => s.toUpperCase());
    expect(item).not.toHaveProperty('author');
    expect(item.customData).toBe('<dc:creator>Ann Lee &amp; Tom &lt;Ilve&gt;</dc:creator>');
    expect(FEED_NAMESPACES.dc).toBe('http://purl.org/dc/elements/1.1/');
    expect(item.link).toBe('https://example.net/articles/2025-03-14-harbor-lab/');
    expect(item.categories).toEqual(['ITER']);
    expect(item.pubDate.toISOString()).toBe('2025-03-14T00:00:00.000Z');
  });

  it('has no custom elements without a byline or an update', () => {
    expect(feedItem({ ...article, author: null }, site, String).customData).toBeUndefined();
  });

  it('says a date that is only the page’s update, and carries it as dcterms:modified', () => {
    const item = feedItem({ ...article, author: null, dateSource: 'update' }, site, String);
    expect(item.description).toBe('Updated 14 March 2025; the page gives no publication date. A lab opened.');
    expect(item.customData).toBe('<dcterms:modified>2025-03-14</dcterms:modified>');
  });

  it('says a date known only to its month or year, which pubDate must give as a day', () => {
    const month = feedItem({ ...article, author: null, date: '2020-10-01', datePrecision: 'month' }, site, String);
    expect(month.pubDate.toISOString().slice(0, 10)).toBe('2020-10-01');
    expect(month.description).toBe('Dated October 2020 (month only); the page gives no day. A lab opened.');
    const year = feedItem({ ...article, author: null, date: '2020-01-01', datePrecision: 'year' }, site, String);
    expect(year.description).toBe('Dated 2020 (year only); the page gives no day or month. A lab opened.');
    expect(feedItem({ ...article, author: null }, site, String).description).toBe('A lab opened.');
  });
});
