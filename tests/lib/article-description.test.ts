/**
 * An article's description (meta description, preview cards, JSON-LD, the feed) is its first sentence;
 * when that sentence is a list item's ("• Ministers met on Friday…", "1. Sign the treaty"), the list's
 * marker is no part of it. A day written with an ordinal dot ("1. Mai 2024 …") is no list marker.
 */
import { describe, expect, it } from 'vitest';
import { articleDescription } from '../../src/lib/text/article-description.ts';
import { feedItem } from '../../src/lib/api/feed-item.ts';
import { newsArticleJsonLd } from '../../src/lib/page-meta/json-ld.ts';
import type { ArticleFrontmatter } from '../../src/schema.ts';

describe("an article's description", () => {
  it("leaves out a list item's marker at its start", () => {
    for (const [summary, description] of [
      ['• The harbour lab opened on Friday.', 'The harbour lab opened on Friday.'],
      ['- The harbour lab opened on Friday.', 'The harbour lab opened on Friday.'],
      ['* The harbour lab opened on Friday.', 'The harbour lab opened on Friday.'],
      ['1. The harbour lab opened on Friday.', 'The harbour lab opened on Friday.'],
      ['12) The harbour lab opened on Friday.', 'The harbour lab opened on Friday.'],
      ['  ▪  The harbour lab opened on Friday.', 'The harbour lab opened on Friday.'],
    ])
      expect(articleDescription(summary), summary).toBe(description);
  });

  it('keeps a first sentence that opens with no marker, a dialogue dash or a figure', () => {
    for (const summary of ['The harbour lab opened on Friday.', '– Dette er en viktig dag, sier ministeren.', '1.5 million visitors came.', '-5 degrees were measured.', '2024. The year the lab opened.'])
      expect(articleDescription(summary), summary).toBe(summary);
  });

  it('keeps an ordinal with its dot where the language writes one ("1. Mai 2024", "1. FC …")', () => {
    for (const [summary, lang] of [['1. Mai 2024: Die Werft öffnet ihr Tor.', 'de'], ['3. FC Harbor gewinnt das Derby.', 'de'], ['1. mai åpnet verftet.', 'nb']])
      expect(articleDescription(summary, lang), summary).toBe(summary);
    expect(articleDescription('1. Die Werft öffnet.', 'de')).toBe('1. Die Werft öffnet.');
    expect(articleDescription('1) Die Werft öffnet.', 'de')).toBe('Die Werft öffnet.');
    expect(articleDescription('1. The lab opens.', 'en')).toBe('The lab opens.');
  });

  it('is what the feed and the JSON-LD say', () => {
    const article: ArticleFrontmatter & { date: string } = {
      slug: '2025-03-14-harbor-lab', seed: 'harbor.txt', title: 'Harbor lab opens', outlet: 'Harbor Post', author: null, editor: null,
      date: '2025-03-14', datePrecision: 'day', dateSource: 'explicit', dateEvidence: 'March 14, 2025', datedFrom: null, published: null,
      topics: [], people: [], event: null, paragraphs: 3, words: 60, summary: '• A lab opened.',
    };
    expect(feedItem(article, new URL('https://example.net/'), String).description).toBe('A lab opened.');
    expect(newsArticleJsonLd(article, new URL('https://example.net/')).description).toBe('A lab opened.');
  });
});
