/**
 * The article page's "Author" fact names the byline the feed prints. A personal site is named after its
 * writer ("Mara Lindqvist" by Mara Lindqvist): the page said "Not named (the page credits the outlet)"
 * while /rss.xml gave her as the item's dc:creator. Two equal names cannot tell a writer from a
 * newsroom, so the page shows the name and says it is also the outlet's; the JSON-LD still declares no
 * Person for it (the outlet is its publisher).
 */
import { describe, expect, it } from 'vitest';
import { authorFact } from '../../src/lib/text/outlet-author.ts';
import { feedItem } from '../../src/lib/api/feed-item.ts';
import { newsArticleJsonLd } from '../../src/lib/page-meta/json-ld.ts';
import type { ArticleFrontmatter } from '../../src/schema.ts';

const article: ArticleFrontmatter & { date: string } = {
  slug: '2025-03-14-notes-on-kelp', seed: 'kelp.html', title: 'Notes on kelp', outlet: 'Mara Lindqvist', author: 'Mara Lindqvist', editor: null,
  date: '2025-03-14', datePrecision: 'day', dateSource: 'metadata', dateEvidence: null, datedFrom: null, published: null,
  topics: [], people: [], event: null, paragraphs: 3, words: 60, summary: 'Kelp grows fast.',
};
const site = new URL('https://example.org/');
const creator = (a: typeof article) => /<dc:creator>([^<]*)<\/dc:creator>/.exec(feedItem(a, site, String).customData ?? '')?.[1] ?? null;

describe('the article page’s author fact', () => {
  it('names a personal site’s writer, as the feed does, and says the name is also the outlet’s', () => {
    expect(creator(article)).toBe('Mara Lindqvist');
    expect(authorFact(article)).toEqual({ name: 'Mara Lindqvist', note: 'also the outlet’s name' });
    expect((newsArticleJsonLd(article, site) as Record<string, unknown>).author).toBeUndefined();
  });

  it('shows a newsroom credited by its own name as it is written, with the same note', () => {
    const newsroom = { ...article, outlet: 'The Harbor Post', author: 'HARBOR POST' };
    expect(authorFact(newsroom)).toEqual({ name: 'HARBOR POST', note: 'also the outlet’s name' });
    expect(creator(newsroom)).toBe('HARBOR POST');
  });

  it('a writer who is not the outlet gets no note; no byline is no author', () => {
    expect(authorFact({ ...article, author: 'Harbor Post staff', outlet: 'Harbor Post' })).toEqual({ name: 'Harbor Post staff', note: null });
    expect(authorFact({ ...article, author: null })).toBeNull();
    expect(creator({ ...article, author: null })).toBeNull();
  });
});
