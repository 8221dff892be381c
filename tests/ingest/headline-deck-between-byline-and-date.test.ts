/**
 * Headline, byline, a deck with no full stop, then the date: the deck between the byline and the date
 * is the headline's, no other story's headline that the header would belong to. A long menu and a box
 * of dated teasers between that header and the article's paragraphs must not win over it.
 */
import { describe, expect, it } from 'vitest';
import { titleOf, BODY } from './headline-fixture.ts';

/** Sixty entries of a site's "choose a brand" menu, a word each. */
const MENU = Array.from({ length: 60 }, (_, i) => `Brand${String.fromCharCode(65 + (i % 26))}${i}`).join('\n');

/** A box of other stories, each with its date under it, one of them about the valley's rice too. */
const TEASERS = [
  'MORE STORIES LIKE THIS ONE',
  'FARM NEWS',
  'Northern growers try a new rice seed for the dry season',
  'May 15, 2024',
  'FARM NEWS',
  'Valley rice harvest breaks the record for the third year',
  'January 22, 2025',
  'FEATURES',
  'How the village council plans its rice fields',
  'June 18, 2023',
].join('\n');

describe('a deck between the byline and the date', () => {
  it('leaves the header to the headline over the byline', () => {
    const page = [
      'Farm News',
      'Valley farmers now harvest their rice twice a year',
      'By Jane Smith',
      'Fast seed and a council plan doubled the harvest',
      'November 20, 2025 12:32',
      'CHOOSE A BRAND',
      MENU,
      TEASERS,
      BODY,
    ].join('\n');
    expect(titleOf(page)).toBe('Valley farmers now harvest their rice twice a year');
  });
});
