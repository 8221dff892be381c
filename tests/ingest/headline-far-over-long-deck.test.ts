/**
 * The article's header far above a section heading the run opened under: the headline, its deck
 * written without a full stop (shaped like a headline, and longer), a caption and its credit, the
 * byline with its date, then the article's opening paragraphs. The page's menu of the guide's parts
 * holds the section heading too, right over the headline: that copy is no headline shown again over
 * the article, since the header's own prose follows it. The deck the far search meets first is the
 * headline's: the shorter line over it, telling the same story, is the headline.
 */
import { describe, expect, it } from 'vitest';
import { titleOf } from './headline-fixture.ts';

const sentence = (i: number) => `Lantern ${i}: we tested it with the other camping lanterns on long night walks, and this one, to help you choose the right lantern for your own trips, ran for ${i + 8} hours.`;
/** A box of picks between the opening and the rest: a name, a label, a button each, far longer than a box the run crosses. */
const PICKS = Array.from({ length: 120 }, (_, i) => [`Best Pick ${i + 1}`, `Harbor Lamp ${i + 1}`, 'Check Price'][i % 3]).join('\n');

const page = (menuCopy: boolean) => [
  'Menu',
  'Buying Advice',
  ...(menuCopy ? ['How We Tested'] : []),
  'The Best Camping Lanterns of 2026',
  'We tested the 14 best camping lanterns on long night walks to help you choose the right camping lantern for your own trips',
  'We tested the lanterns side by side on a picnic table at dusk, in a valley camp with no other light.',
  'Credit: Jane Roe',
  'By Jane Roe ⋅ Review Editor ⋅ Updated November 18, 2025',
  'A camping lantern lights a tent, a table or a path, and the best of them run for days on one charge without getting hot to the touch.',
  'Over five years our team has bought and tested more than forty camping lanterns, carrying them on walks and leaving them on all night at camp.',
  PICKS,
  'How We Tested',
  sentence(1),
  '',
  sentence(2),
  '',
  sentence(3),
  '',
  sentence(4),
].join('\n');

describe('a headline far above, over its long deck', () => {
  it('wins over a section heading the page’s menu lists right over it', () => {
    expect(titleOf(page(true))).toBe('The Best Camping Lanterns of 2026');
  });
  it('wins with no such menu entry', () => {
    expect(titleOf(page(false))).toBe('The Best Camping Lanterns of 2026');
  });
});
