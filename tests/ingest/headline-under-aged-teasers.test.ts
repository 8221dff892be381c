/**
 * "LATEST" / "6m agoWatching…" / "3h agoWhy…": a list of the latest stories, each teaser's age run into
 * its headline, right over the article's headline, its standfirst and its byline. The teasers are no
 * lines like the headline (it has no age of its own), so it may have its standfirst before its header,
 * and none of them is a headline over that standfirst.
 */
import { describe, expect, it } from 'vitest';
import { titleOf, BODY } from './headline-fixture.ts';

describe('teasers with their age run into them, over the headline', () => {
  it('leave the headline over its standfirst', () => {
    const page = [
      'Sport',
      'Puzzles',
      'LATEST',
      '6m agoWatching the valley league is not the football I fell in love with',
      "1h agoThe northern club's new deal hints at the coach's future plans",
      "3h agoWhy the council's gamble on the stadium was a necessary evil - even if it cost a title",
      'Valley harvest 2025 results: Farmers among six villages to record a second harvest without losing a field',
      'Ann, Bo, Cy, Dee, Eve and Flo all planted rice twice to advance the harvest in the wet season',
      'All six farmers planted their fields on Tuesday in the valley (Photos: Jane Roe/Harbor)',
      'By Jane Smith',
      'Freelance farm writer',
      'November 19, 2025 1:55 am(Updated 4:30 am)',
      BODY,
    ].join('\n');
    expect(titleOf(page)).toBe('Valley harvest 2025 results: Farmers among six villages to record a second harvest without losing a field');
  });
});
