/**
 * A section's name over the headline that joins letters with "&" ("HARBOR RANKING R&D Rice" over "TOP
 * 50 Rice Farms & Fields in the Valley in 2025"): a label of four words as written, though the text's
 * word count makes "R&D" two. The longer Title-Case line under it, over the author's name and the
 * date, is the headline; the label is not a headline over a standfirst. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';

const HEADLINE = 'TOP 50 Rice Farms & Fields in the Valley in 2025';
const MENU = 'Menu\nWorld\nResources\nCareers\nBlogs\nRANKINGS';

describe('a section label with "&" inside a word, over the headline', () => {
  it('is not the headline: the longer Title-Case line under it is', () => {
    const page = `${MENU}\nHARBOR RANKING R&D Rice\n${HEADLINE}\nJane Roe\nJul 18, 2025\n7 min\nOverview\n${BODY}`;
    expect(titleOf(page)).toBe(HEADLINE);
  });
});
