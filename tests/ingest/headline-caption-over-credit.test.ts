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

describe('a caption under its photo credit', () => {
  it('is not the headline over the date, when it ends on a full stop', () => {
    const headline = 'Village council resigns. How fast the valley will get a new one';
    const page = `Menu\nWorld\n${headline}\nJane Roe\nSign in to listen to this article\nPhoto: John Doe, Valley Post\nFarmers of the valley at the village council.\n12:43\nupdated • 12:56\nThe date of the new council's vote depends on one thing: how fast the farmers of the valley agree on a candidate.\n${BODY}`;
    expect(titleOf(page)).toBe(headline);
  });
});
