/**
 * A menu's entry the page writes as a line of its own twice more (in its wide menu and its narrow
 * one), under the article's header: its copies are no echo of a headline (a share text, a breadcrumb
 * shows a headline once more), so they add nothing to it, and the line over the article's deck and
 * byline stays the headline. Page written for the test.
 */
import { describe, expect, it } from 'vitest';
import { titleOf } from './headline-fixture.ts';

const HEADLINE = "Here's how to keep healthy habits in the wet rice season";
const ENTRY = 'School of Public Health and Village Studies';
const PAGE = [
  'Academics',
  'College of Farming, Rivers and Valley Sciences',
  ENTRY,
  'College of Arts and Letters',
  'College of Village Schools',
  'Research',
  'Valley News',
  'Campus Life',
  ENTRY,
  'Research',
  'Valley News',
  HEADLINE,
  'Some farmers in the valley doubted the new seed at first. But the effects of a second harvest, including a new school roof for the village, can vary depending on how each family plans its fields and its water through the year.',
  'byValley News',
  'September 23, 2024',
  '.',
  ENTRY,
  'Jane R. Roe, Valley University',
  'Farmers in the valley have started to harvest rice twice a year, using seed that grows faster in the wet season and a field plan drawn up by the village council.',
  'The change came slowly. The first farmers to try the new seed near the village were laughed at, until their second harvest paid for a new school roof.',
  'Now most of the rice fields in the valley are planted twice, and the village council says incomes have doubled in five years.',
].join('\n');

describe('a menu entry written three times', () => {
  it('is not the headline for its copies, under the article’s header', () => {
    expect(titleOf(PAGE)).toBe(HEADLINE);
  });
});
