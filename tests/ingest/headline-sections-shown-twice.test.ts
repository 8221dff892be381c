/**
 * The article's list of sections, shown twice (once for wide screens, once for narrow ones) between its
 * headline and its byline: the byline stands a line under the last entry but one of the second copy.
 * That entry names the article's subject in its words, and the byline is near it, but the byline is
 * the headline's over the list: an entry of a list shown twice gets no header's credit. Invented page.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';

const SECTIONS = ['Why farm rice twice?', 'Seeds & fields', 'Harvest rice twice a year', 'Village council notes'].join('\n');

describe('an entry of a list of sections shown twice, near the byline', () => {
  it('is not the headline: the line over the list is', () => {
    const headline = 'How Valley Farmers Learned to Harvest Rice Twice';
    const page = `Harbor Farming\nHome\nFarming\nVillages\n${headline}\n${SECTIONS}\n${SECTIONS}\nby Jane Roe\nFarm Editor\n${BODY}`;
    expect(titleOf(page)).toBe(headline);
  });

  it('leaves a headline with its byline right under it', () => {
    const headline = 'Valley Farmers Harvest Rice Twice a Year';
    const page = `Harbor Farming\nHome\nFarming\nVillages\n${SECTIONS}\n${headline}\nby Jane Roe\n${BODY}`;
    expect(titleOf(page)).toBe(headline);
  });
});
