/**
 * A box of other stories ("Trending") whose short entries run on to the article's header, with no
 * paragraph between: the long line under them with the article's full header under it (a byline and
 * a date both, a kicker between at most) is the article's headline, no entry of the box. A line under
 * a headline of the box (its deck) stays the deck. Pages written for the test.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';

const HEADLINE = "'This new seed does not mean you only get one crop': the council makes over its plan with more water, but promises to leave room for old ways";

describe('a headline under the entries of a box of other stories', () => {
  it('is the headline when the article’s byline and date follow it', () => {
    const page = `Valley Farm News\nTrending\nSeed prices\nBest tractors\nRain forecast\nHarvest calendar\nMarket report\nFarm Life & Villages\n${HEADLINE}\nNews\nBy Jane Roe published 19 May 2026\nA big shift, with some room left\nShare this article\nJoin the conversation\n${BODY}`;
    expect(titleOf(page)).toBe(HEADLINE);
  });

  it('leaves the deck under a headline in the box', () => {
    const headline = 'Rice harvest: tracking every farm of the valley as the council pays for a school roof';
    const page = `Valley Farm News\nLog In\nMy Farms\nUp next:\n${headline}\nTwenty farms have planted twice for next season\nby Jane Roe\nNov 19, 2019 at 6:46 pm ET • 2 min read\n${BODY}`;
    expect(titleOf(page)).toBe(headline);
  });
});
