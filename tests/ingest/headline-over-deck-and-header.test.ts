/**
 * Headline, its deck (a sentence), the stamp, then a line in Title Case (the post's tags) over the
 * article: the line under the stamp is what the header's headline stands over, as it is when no deck
 * parts the headline from its stamp. The headline is the line over the deck. Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';

describe('a headline over its deck and stamp, with a line of tags under them', () => {
  it('is the line over the deck', () => {
    const page = `Valley Farm News\nPricing\nSign in Sign up\nHow Rice Farmers Doubled Their Harvest\nA new seed and a council plan let the valley harvest its rice twice a year.\n@janeroe • Mar 3, 2026 • Reading time\nRice Farmers Harvest Village Council Seed\nOn this page\n${BODY}`;
    expect(titleOf(page)).toBe('How Rice Farmers Doubled Their Harvest');
  });
});
