/**
 * Headline, its standfirst (shown twice), then the article's list of sections, whose entries innerText
 * ran together on one line, then the first section's heading over the article: that heading is the
 * list's first entry, no headline. Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const STANDFIRST = 'Ten years ago only councils talked about farming rice twice a year. Today double harvests are the talk of every valley farm. But what does it take?';
const PARAGRAPHS = [
  'Farmers in the valley have started to harvest rice twice a year, using seed that grows faster in the wet season and a field plan drawn up by the village council.',
  'The change came slowly. The first farmers to try the new seed near the village were laughed at, until their second harvest paid for a new school roof.',
  'Now most of the rice fields in the valley are planted twice, and the village council says incomes have doubled in five years.',
  'A second harvest needs water at the right time, so the council dug two new canals from the river and let each farm draw from them on set days of the week.',
  'The seed itself came from a research station in the hills, where growers bred a rice that ripens in ninety days instead of the usual one hundred and twenty.',
  'Farmers who tried it say the work is harder but the pay is better, and several families who had moved to the city have come back to farm again.',
];
const HEADLINE = "Valley Rice Harvests - A Beginner's Guide";

describe('a sub-heading under the list of sections run together on one line', () => {
  it('loses to the headline over the standfirst', () => {
    const page = [
      'Harbor Home Goods', 'Shop', 'All Sale Items', 'Our Story', 'Learn', 'FAQ', HEADLINE, STANDFIRST, STANDFIRST, '',
      'WHAT IS A VALLEY RICE HARVEST?WHY FARM TWICEHOW TO START: FIELD BY FIELDSEED FOR THE WET SEASONWATER AND CANALSTAKING THE SECOND HARVEST CHALLENGE', '',
      'What Is a Valley Rice Harvest?', '', PARAGRAPHS.join('\n\n'),
    ].join('\n');
    expect(article(page).record.title).toBe(HEADLINE);
  });
});
