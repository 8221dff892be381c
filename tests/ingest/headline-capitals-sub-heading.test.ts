/**
 * A line in capitals, however long, is a kicker, a section's name or a sub-heading ("WHY DID THE
 * FARMERS … CHANGE THEIR SEED?" over the first section, listed in the page's quick links above it),
 * not the headline: the page's headline, further up, is the line in the case of a title or a sentence.
 * Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { titleOf } from './headline-fixture.ts';

const P1 = 'Farmers in the valley have started to harvest rice twice a year, using seed that grows faster in the wet season and a field plan drawn up by the village council.';
const P2 = 'The change came slowly. The first farmers to try the new seed near the village were laughed at, until their second harvest paid for a new school roof.';
const P3 = 'Now most of the rice fields in the valley are planted twice, and the village council says incomes have doubled in five years.';

describe('a long sub-heading in capitals over the article', () => {
  it('is not the headline', () => {
    const page = [
      'Valley Farm News', 'Explore', 'Visit Options', 'How Rice Farmers Doubled Their Harvest', 'Farm News > How Rice Farmers Doubled Their Harvest',
      'Make an Appointment', 'Meet the Team', 'QUICK LINKS', 'Why did the farmers in the valley change their seed?', 'How did the village council help the farmers?',
      'WHY DID THE FARMERS IN THE VALLEY CHANGE THEIR SEED?', P1, '', P2, '', 'HOW DID THE VILLAGE COUNCIL HELP THE FARMERS?', P3,
    ].join('\n');
    expect(titleOf(page)).toBe('How Rice Farmers Doubled Their Harvest');
  });
});
