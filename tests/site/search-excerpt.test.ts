/** The search excerpt rebuilt from the page text: characters as written, Pagefind's choice of words. */
import { describe, expect, it } from 'vitest';
import { excerptParts, unescapeAgainst } from '../../src/lib/search/search-excerpt.ts';

const escape = (text: string) => text.replace(/</g, '&lt;').replace(/>/g, '&gt;'); // what Pagefind does

describe('search excerpts', () => {
  it('tells an escaped < from the text &lt; by reading the page text alongside', () => {
    const content = 'a <b> and &lt;b&gt; and &amp;lt;';
    expect(unescapeAgainst(escape(content), content)).toBe(content);
  });

  it('marks the hits and puts an ellipsis where words are left out', () => {
    const content = 'one two three four five six &lt;seven&gt; eight nine ten';
    const parts = excerptParts({ raw_content: escape(content), content, locations: [6], weighted_locations: [{ location: 6, balanced_score: 1 }] }, 4);
    expect(parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('')).toBe('… five six [&lt;seven&gt;] eight …');
  });

  it('joins the words of CJK text (split by zero-width spaces in the index) without spaces', () => {
    const raw = '中国\u200B科技\u200B<合作>';
    const parts = excerptParts({ raw_content: escape(raw), content: raw.replace(/\u200B/g, ''), locations: [1], weighted_locations: [{ location: 1, balanced_score: 1 }] }, 24);
    expect(parts).toEqual([{ text: '中国', hit: false }, { text: '科技', hit: true }, { text: '<合作>', hit: false }]);
  });
});
