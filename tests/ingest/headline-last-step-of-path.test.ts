/**
 * A path of sections that innerText ran together ("HomeFarm GuidanceRice in a Wet Season") over its
 * last step written again as a line of its own, right over the article's first lines: the path names
 * the page it leads to last, so that line is the headline, not an entry of the menu above whose words
 * the article happens to use.
 */
import { describe, expect, it } from 'vitest';
import { titleOf } from './headline-fixture.ts';

const ARTICLE = [
  'See also the valley tools for farmers.',
  'Rice growers of the valley volunteer network meet every week to share seed, and the volunteer growers keep records of each harvest for the network.',
  '',
  'The network of volunteer growers says the wet season now comes later each year, and its members plant their rice a month after their parents did.',
  '',
  'Growers of the network who tried the new seed last year had two harvests, and the volunteer network will share that seed with every village.',
].join('\n');

const page = (path: string) => [
  'Menu',
  'Valley Volunteer Rice Growers',
  'Volunteer Network Staff',
  'Farm Guidance',
  'Soil',
  'Water',
  'Rice in a Wet Season',
  'Pests',
  path,
  'Rice in a Wet Season',
  ARTICLE,
].join('\n');

describe('the last step of a path run together, right over the article', () => {
  it('is the headline, over a menu entry that shares the article’s words', () => {
    expect(titleOf(page('HomeFarm GuidanceRice in a Wet Season'))).toBe('Rice in a Wet Season');
  });
  it('is not taken over a chosen line with the article’s full header', () => {
    const headed = page('HomeFarm GuidanceRice in a Wet Season').replace('Valley Volunteer Rice Growers\nVolunteer Network Staff', 'Valley Volunteer Rice Growers Plant Later Each Year\nBy Jane Roe\nNovember 19, 2025');
    expect(titleOf(headed)).toBe('Valley Volunteer Rice Growers Plant Later Each Year');
  });
});
