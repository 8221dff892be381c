/**
 * "Jane Roe and John Doe" over the date: the authors' names with no "By", a byline all the same
 * (as one bare name over the date is). The headline is the line over the deck, which the byline
 * follows; the names line is none of the header's headlines.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';

describe('two authors named over the date, no label', () => {
  it('are a byline: the headline is the line over the deck', () => {
    const page = `Menu\nWorld\nA quiet revolution in the valley\nHow a village council doubled the rice harvest of its farmers in five years\nJane Roe and John Doe\nMarch 3, 2025\n${BODY}`;
    expect(titleOf(page)).toBe('A quiet revolution in the valley');
  });
});
