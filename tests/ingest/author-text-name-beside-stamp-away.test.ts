/**
 * The text path's byline beside a stamp read away from the article's header (a labelled update with
 * its publication over it, the page's only dated line): the name alone over that line is the byline,
 * as it is beside the header's own stamp.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const SUMMARY = 'The short version of the story, for readers in a hurry, in one sentence that says what happened here.';
/** A summary box of more lines than the header's reach under the headline. */
const BOX = Array(14).fill(SUMMARY).join('\n');

describe('text bylines: a name beside a stamp away from the header', () => {
  it('the name over a bare date over its labelled update, the pair read away from the headline', () => {
    const text = `Menu\nHome\nNews\nHeadline on joint research in science\n${BOX}\nTessa Lund\n28 June 2025 - 16.03\nUpdated: 29 June 2025 - 21.18\n${PROSE}\n${PROSE}\n${PROSE}`;
    expect(article(text).record.author).toBe('Tessa Lund');
  });

  it('a word of the page over that date is no name', () => {
    const text = `Menu\nHome\nNews\nHeadline on joint research in science\n${BOX}\nShare Article\n28 June 2025 - 16.03\nUpdated: 29 June 2025 - 21.18\n${PROSE}\n${PROSE}\n${PROSE}\nShare this article with a friend.`;
    expect(article(text).record.author).toBeNull();
  });
});
