/**
 * Headline, byline, date, then a line with no byline of its own: a photo's caption or the standfirst.
 * It stands under the stamp as a headline under its date does, and it shares more of the article's
 * words than a headline that names the story in a few words of its own; but the byline and date
 * right under the line above are that line's, so that line is the headline. A breadcrumb over the
 * date shares no word with the article and heads nothing.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';

const CAPTION = 'Farmers harvest rice in a field near the village of the valley';

describe('a line under the byline and date of the headline over them', () => {
  for (const [byline, date] of [
    ['By Jane Roe', 'March 3, 2025'],
    ['BY JANE ROE', '3 March 2025'],
    ['Story by Jane Roe', '2025-03-03'],
    ['Written by Jane Roe, Senior Editor', 'Published 3 March 2025'],
  ]) {
    it(`is a caption, not the headline ("${byline}" / "${date}")`, () => {
      const page = `Menu\nWorld\nA quiet revolution in the valley\n${byline}\n${date}\n${CAPTION}\n${BODY}`;
      expect(titleOf(page)).toBe('A quiet revolution in the valley');
    });
  }

  it('is the standfirst, not the headline', () => {
    const page = `Menu\nWorld\nA quiet revolution in the valley\nBy Jane Roe, Agency\nUpdated 10:01 AM, March 3, 2025\nHow a village council doubled the rice harvest of its farmers in five years\n${BODY}`;
    expect(titleOf(page)).toBe('A quiet revolution in the valley');
  });

  it('is the headline under a breadcrumb and the date, the breadcrumb sharing no word with the article', () => {
    const page = `Menu\nWorld\nyou are here: HomeNewsBusinessMarkets\nMarch 3, 2025\nRice farmers harvest twice in the valley\n${BODY}`;
    expect(titleOf(page)).toBe('Rice farmers harvest twice in the valley');
  });
});
