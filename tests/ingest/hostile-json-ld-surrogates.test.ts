/**
 * A page's JSON-LD may escape a lone surrogate (`\ud800`): once parsed it is a character no decoded
 * text holds, and it reached the author's name (the YAML and the site then show another character
 * than the record keeps). Made U+FFFD, as a decoder makes a broken byte. Failed before the fix (the
 * author kept its lone surrogate). The page is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const PARAGRAPHS = [
  'The harbour board opened the rebuilt north pier at Eastwick on Monday, three years after a winter storm tore away its seaward end.',
  'Divers checked the new piles for a week before the opening, and the board says the pier can now take the weight of two fishing boats.',
  'Fishermen who moved their boats to the next town after the storm said they would be back by the summer, though the ice house is not rebuilt.',
];
const LONE = /[\ud800-\udfff]/u;

describe('lone surrogates escaped in JSON-LD', () => {
  it('reach no field and no paragraph: each becomes U+FFFD, a valid pair stays', () => {
    const ld = `{"@context":"https://schema.org","@type":"NewsArticle","headline":"North \\ud800pier reopens \\ud83c\\udf0a",
      "author":{"@type":"Person","name":"Ida \\udc00Holm"},"datePublished":"2025-05-12",
      "articleBody":"${PARAGRAPHS.join('\\n\\n').replace(/pier/g, '\\udfffpier')}"}`;
    const page = `<!DOCTYPE html><html lang="en"><head><title>North pier reopens</title><script type="application/ld+json">${ld}</script></head>
      <body><main><p>${PARAGRAPHS[0].slice(0, 70)}</p></main></body></html>`;
    const { record, body } = article(page, 'page.html');
    expect(record.author).toBe('Ida \ufffdHolm');
    expect(LONE.test(record.title ?? '')).toBe(false);
    expect(LONE.test(body)).toBe(false);
  });
});
