/**
 * An author field that holds the site's own name is not a person: a saved page whose fields name no
 * writer gives the site's name as its author ("Harbor Post" by Harbor Post), and the article's JSON-LD
 * called the outlet a Person. It names no person; the outlet stays its publisher.
 */
import { describe, expect, it } from 'vitest';
import { authorIsOutlet, personAuthor } from '../../src/lib/text/outlet-author.ts';
import { newsArticleJsonLd } from '../../src/lib/page-meta/json-ld.ts';
import type { ArticleFrontmatter } from '../../src/schema.ts';

const article: ArticleFrontmatter = {
  slug: '2025-03-14-harbor-lab', seed: 'harbor.html', title: 'Harbor lab opens', outlet: 'Harbor Post', author: 'Harbor Post', editor: null,
  date: '2025-03-14', datePrecision: 'day', dateSource: 'metadata', dateEvidence: null, datedFrom: null, published: null,
  topics: [], people: [], event: null, paragraphs: 3, words: 60, summary: 'A lab opened.',
};
const ld = (a: ArticleFrontmatter) => newsArticleJsonLd(a, new URL('https://example.org/')) as Record<string, unknown>;

describe("an author field that names the outlet", () => {
  it('is no person in the JSON-LD; the outlet stays the publisher', () => {
    expect(ld(article).author).toBeUndefined();
    expect(ld(article).publisher).toEqual({ '@type': 'Organization', name: 'Harbor Post' });
  });

  it('is the outlet however the field writes its name: capitals, no spaces, a leading "the", a hyphen', () => {
    for (const author of ['HARBOR POST', 'HarborPost', 'The Harbor Post', 'Harbor-Post']) expect(authorIsOutlet({ ...article, author })).toBe(true);
    expect(authorIsOutlet({ author: 'Harbor Post', outlet: 'The Harbor Post' })).toBe(true);
  });

  it('a person stays a person; a field that says more than the outlet\'s name is left as it is', () => {
    expect(personAuthor({ ...article, author: 'Anna Berg' })).toBe('Anna Berg');
    expect(ld({ ...article, author: 'Anna Berg' }).author).toEqual({ '@type': 'Person', name: 'Anna Berg' });
    expect(authorIsOutlet({ ...article, author: 'Harbor Post staff' })).toBe(false);
    expect(authorIsOutlet({ author: null, outlet: 'Harbor Post' })).toBe(false);
    expect(authorIsOutlet({ author: 'Harbor Post', outlet: null })).toBe(false);
    // Punctuation alone is no name: never equal to another.
    expect(authorIsOutlet({ author: '—', outlet: '…' })).toBe(false);
  });
});
