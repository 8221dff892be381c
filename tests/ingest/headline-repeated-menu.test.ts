/**
 * A menu the page shows twice (once for wide screens, once for narrow ones): its entries come again
 * in the same order, each beside the same neighbour. An entry names a part of the site in the
 * article's words, but it is no headline; the line right over the first paragraph is. Three short
 * labels in a row, written again in the same order, make the menu: a headline shown twice has its
 * standfirst or byline beside it, and stays the headline. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';

const MENU = ['Rice Farm Recipes', 'Rice Recipes', 'Valley Rice Farmers', 'Follow Me'].join('\n');

describe('an entry of a menu shown twice', () => {
  it('is not the headline: the line over the first paragraph is', () => {
    const page = `Harbor Kitchen\nRice Dishes\nRice\nFried Rice\nQuick Rice\n${MENU}\n${MENU}\nHome\nBest Valley Rice Seeds – Our Favorites!\n${BODY}`;
    expect(titleOf(page)).toBe('Best Valley Rice Seeds – Our Favorites!');
  });

  it('leaves a headline the page shows twice, beside other lines each time', () => {
    const headline = 'Valley Farmers Harvest Rice Twice a Year';
    const page = `Harbor Gazette\nHome\nWorld\nShare\n${headline}\nPrint\n${headline}\n${BODY}`;
    expect(titleOf(page)).toBe(headline);
  });

  it('leaves a headline the page shows again at its foot, under the same label and over its standfirst', () => {
    const headline = 'How Much Should a Rice Farmer Charge for Seed?';
    const standfirst = 'A guide on what rice seed costs in the valley and what changes its price.';
    const page = `Harbor Gazette\nHome\nWorld\nBlog\n${headline}\n${standfirst}\nJane Roe\nAugust 25, 2024\n${BODY}\nMore from the blog\nBlog\n${headline}\n${standfirst}`;
    expect(titleOf(page)).toBe(headline);
  });
});
