/**
 * "1 Comment on Why the harbour needs a ferry": a blog's comment count with the post's title after it,
 * unquoted, set right over the post's text. It is the comment section's heading, no headline: the
 * headline is the title over the post's byline and date. A headline that counts thoughts ("Three
 * Thoughts on Leadership") is left as it is.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { COMMENTS_ON } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';

const BODY = [
  'The harbour has waited for a ferry for thirty years, and every plan so far has sunk in the council before it reached the water.',
  'Here is why I think the town keeps failing at it, and what the council could do differently if it wanted a ferry this decade.',
  'First, the council puts the question to a vote that nobody can win, because the boat would run at a loss for its first five years.',
].join('\n\n');

describe('a comment count with the post’s title after it, unquoted', () => {
  it('is no headline', () => {
    const page = `Blog\nContact\nCategories\nMain Blog Politics\nWhy the harbour needs a ferry\nPost author By Jane Roe\nPost date March 5, 2014\n1 Comment on Why the harbour needs a ferry\n${BODY}`;
    expect(article(page).record.title).toBe('Why the harbour needs a ferry');
  });

  it('is a comment section’s heading, and "Three Thoughts on Leadership" is not', () => {
    expect(COMMENTS_ON.test('1 Comment on Why the harbour needs a ferry')).toBe(true);
    expect(COMMENTS_ON.test('12 Responses to Harbour Ferry Plan')).toBe(true);
    expect(COMMENTS_ON.test('Three Thoughts on Leadership')).toBe(false);
  });
});
