/**
 * "Jane Roe and John Doe" over the date: the authors' names with no "By", a byline all the same
 * (as one bare name over the date is). The headline is the line over the deck, which the byline
 * follows; the names line is none of the header's headlines.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const BODY = [
  'Farmers in the valley have started to harvest rice twice a year, using seed that grows faster in the wet season and a field plan drawn up by the village council.',
  'The change came slowly. The first farmers to try the new seed near the village were laughed at, until their second harvest paid for a new school roof.',
  'Now most of the rice fields in the valley are planted twice, and the village council says incomes have doubled in five years.',
].join('\n\n');

const titleOf = (page: string) => article(page).record.title;

describe('two authors named over the date, no label', () => {
  it('are a byline: the headline is the line over the deck', () => {
    const page = `Menu\nWorld\nA quiet revolution in the valley\nHow a village council doubled the rice harvest of its farmers in five years\nJane Roe and John Doe\nMarch 3, 2025\n${BODY}`;
    expect(titleOf(page)).toBe('A quiet revolution in the valley');
  });
});
