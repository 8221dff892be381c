/**
 * A headline over a deck shorter than itself, then the byline: "Valley farmers now harvest rice twice
 * a year after a wet season of new seed" / "Village council says incomes have doubled" / "By Jane Roe".
 * headlineOverStandfirst (headline.ts) took a line over a deck for its headline only when the deck was
 * longer by three words, so the deck was taken. A deck in sentence case, in other words than the longer
 * line right over it, is that line's deck; a kicker over a headline is the shorter of the two, and a
 * line in Title Case, a quotation or a short form of the line over it is a headline of its own.
 * Text written for the test; the first case failed on the base.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';

const MENU = ['Valley Farm News', 'Home', 'Farming', 'Weather', 'Contact'];
const HEADLINE = 'Valley farmers now harvest rice twice a year after a wet season of new seed';
const DECK = 'Village council says incomes have doubled';
const page = (header: string[]) => `${MENU.join('\n')}\n${header.join('\n')}\nBy Jane Roe | 03/05/2025 20:36\n${BODY}`;

describe('a headline over a shorter deck and the byline', () => {
  it('is the longer line over the deck', () => {
    expect(titleOf(page([HEADLINE, DECK]))).toBe(HEADLINE);
  });

  it('leaves a headline under a shorter kicker', () => {
    expect(titleOf(page(['Rice harvest report', HEADLINE]))).toBe(HEADLINE);
  });

  it('leaves a headline in Title Case under a longer line', () => {
    const headline = 'Village Council Says Farm Incomes Have Doubled';
    expect(titleOf(page([HEADLINE, headline]))).toBe(headline);
  });

  it('leaves a headline that is a short form of the line over it', () => {
    const headline = 'Farmers: "Rice now grows twice in the valley"';
    expect(titleOf(page(['Valley farmers tired but happy: "Rice now grows twice in the valley"', headline]))).toBe(headline);
  });

  it('leaves a quotation under a longer line', () => {
    const quotation = '"We harvest rice twice a year now"';
    expect(titleOf(page([HEADLINE, quotation, 'The council handed out the new seed in spring, and the wet season did the rest.']))).toBe(quotation);
  });
});
