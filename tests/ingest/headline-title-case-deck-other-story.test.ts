/**
 * A Title-Case line under a longer Title-Case line is taken for the short form of the headline over it
 * (its deck) only when the two tell one story: they share a word, or the line over it uses the
 * article's words as a headline does. Another story's title in a list over the headline shares
 * neither, and the headline stays the line over the article. Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';

describe('a Title-Case headline under another story\'s longer title', () => {
  it('is the headline, not that title\'s deck', () => {
    const page = `Valley Farm News\nMenu\nCall Us: 555 0100\nWinter Roads in the Mountains: Plan Your Drive Before the First Heavy Snow Arrives\nHow Rice Farmers Doubled Their Harvest\n${BODY}`;
    expect(titleOf(page)).toBe('How Rice Farmers Doubled Their Harvest');
  });

  it('leaves a Title-Case deck under its own headline to that headline', () => {
    const page = `Valley Farm News\nMenu\nCall Us: 555 0100\nRice Twice: The Village Council Plan Changing Harvests in the Valley\nUnderstanding the New Seed and the Wet Season\n${BODY}`;
    expect(titleOf(page)).toBe('Rice Twice: The Village Council Plan Changing Harvests in the Valley');
  });
});
