/**
 * A kicker of four words (a path's last steps run together, a series' name) over a headline three times
 * as long at least, the byline under the headline: the headline is taken. A short headline of four
 * words over a deck under four times its length, a line of five words and one with a label and its
 * colon stay (the guards).
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';
import { headlineUnderItsKicker } from '../../scripts/ingest/lib/page-text/headline/headline-under-its-kicker.ts';

describe('a kicker of four words over a headline four times as long', () => {
  it('gives way to the headline under it', () => {
    const page = `Home\nWorld\nSport\nFarming  Valley  Rice Harvest\nRice farmers in the valley now harvest twice a year – and the council says incomes have doubled since\nBy Jane Roe\nFebruary 27, 2024\n${BODY}`;
    expect(titleOf(page)).toBe('Rice farmers in the valley now harvest twice a year – and the council says incomes have doubled since');
  });

  it('leaves a short headline of four words over its deck under four times as long (guard)', () => {
    const page = `Home\nWorld\nSport\nYour Rice Farming Calendar\nHow a village council doubled the harvest of the valley\nBy Jane Roe\nFebruary 27, 2024\n${BODY}`;
    expect(titleOf(page)).toBe('Your Rice Farming Calendar');
  });
});

describe('headlineUnderItsKicker, a kicker of four words', () => {
  const yes = () => true;
  const long = 'Rice farmers in the valley now harvest twice a year and the council says incomes doubled';
  it('takes a headline of sixteen words or more under it', () => {
    expect(headlineUnderItsKicker(['Farming Valley Rice Harvest', long, 'By Jane Roe'], 0, yes, yes)).toBe(1);
  });
  it('leaves a line of eleven words under it, and a kicker of five words', () => {
    expect(headlineUnderItsKicker(['Farming Valley Rice Harvest', 'Rice farmers in the valley now harvest twice a year again', 'By Jane Roe'], 0, yes, yes)).toBe(0);
    expect(headlineUnderItsKicker(['Farming Valley Rice Harvest Today', long, 'By Jane Roe'], 0, yes, yes)).toBe(0);
  });
  it('leaves a line of four words with a label and its colon (a headline with its kicker run in)', () => {
    expect(headlineUnderItsKicker(['Farmers: harvest twice yearly', long, 'By Jane Roe'], 0, yes, yes)).toBe(0);
  });
});
