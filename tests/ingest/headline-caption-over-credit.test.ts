/**
 * A photo's caption with no full stop, its credit alone on the next line ("Jane Roe/Agency",
 * "Photo: Jane Roe"): the caption shares the article's words as a headline does, and may stand
 * under the article's date, but the credit under it says it is the picture's. The headline is the
 * line over the byline, however few of the article's words it uses.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';

describe('a caption over its photo credit', () => {
  it('is not the headline under the byline and the date', () => {
    const page = `Menu\nWorld\nAsia\nA quiet revolution in the valley\nBy Jane Roe\nMarch 3, 2025\nFarmers harvest rice in a field near the village\nJohn Doe/Agency\n${BODY}`;
    expect(titleOf(page)).toBe('A quiet revolution in the valley');
  });

  it('is not the headline over the first paragraph, when the page gives no byline', () => {
    const page = `Menu\nWorld\nA quiet revolution in the valley\nFarmers harvest rice in a field near the village\nJohn Doe/Agency\n${BODY}`;
    expect(titleOf(page)).toBe('A quiet revolution in the valley');
  });

  it('leaves the headline over the credit of a picture with no caption, when the byline follows', () => {
    const page = `Menu\nWorld\nRice farmers of the valley harvest twice a year\nPhoto: John Doe\nBy Jane Roe\nMarch 3, 2025\n${BODY}`;
    expect(titleOf(page)).toBe('Rice farmers of the valley harvest twice a year');
  });
});
