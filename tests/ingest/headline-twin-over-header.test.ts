/**
 * A blog's list of posts over the article, then the post's title written twice in a row (as the
 * link and as the heading), its stamp and its author's bare name, then the prose: the twinned line is
 * the headline, not an entry of the list whose words the article uses.
 */
import { describe, expect, it } from 'vitest';
import { titleOf } from './headline-fixture.ts';

const POSTS = [
  'Blog',
  'Done at last!',
  'Workshop with the Valley Archive',
  'Moving Four Million Scanned Harvest Records',
  'Plans and Strategy for Rice Seed Preservation at the Valley Archive',
  'Seed Bank Team',
  'Documentation',
];
const ARTICLE = [
  'The Valley Archive and the seed bank of the farmers’ council have finished moving the seed records of the valley into one preservation system.',
  '',
  'Over the past year the archive and the seed bank worked on the preservation of the rice seed records, and the strategy for keeping them safe.',
  '',
  'The records of each harvest are now kept twice, in the valley and in the city, and the council can read them from any village school.',
].join('\n');

const page = (twice: boolean) => [
  ...POSTS,
  'Blog',
  'Done at last!',
  ...(twice ? ['Done at last!'] : []),
  '2025-12-17·',
  'Jane Roe',
  ARTICLE,
].join('\n');

describe('a line written twice in a row over the article’s header', () => {
  it('is the headline, over an entry of the list of posts above', () => {
    expect(titleOf(page(true))).toBe('Done at last!');
  });
});
