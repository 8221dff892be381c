/**
 * A line right over the article's first paragraph, with no stamp over it, is no entry of the box of
 * other stories whose heading stands above it ("Popular Posts"): a box's entries follow one another,
 * and the article under it ends the box. Such a line is the article's headline; a menu's entry further
 * up that names the article's subject is not. Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';

describe('a headline right under a box heading, over the article', () => {
  it('is the headline, not a box entry', () => {
    const page = `Valley Farm News\nRice Farmers Harvest Guide\nSeed Catalogue\nContact\nPopular Posts\nHow Rice Farmers Doubled Their Harvest\n${BODY}`;
    expect(titleOf(page)).toBe('How Rice Farmers Doubled Their Harvest');
  });

  it('leaves entries of the box that stand over other entries in the box', () => {
    const page = `Valley Farm News\nMenu\nRice Farmers Doubled Their Harvest Twice\nBy Jane Roe\nMarch 3, 2026\nPopular Posts\nHow Rice Farmers Sell Their Harvest Abroad\nThe Village Council Plans a New School\n${BODY}`;
    expect(titleOf(page)).toBe('Rice Farmers Doubled Their Harvest Twice');
  });
});
