/**
 * A headline over a deck shorter than itself, then the byline: "Valley farmers now harvest rice twice
 * a year after a wet season of new seed" / "Village council says incomes have doubled" / "By Jane Roe".
 * headlineOverStandfirst (headline.ts) took a line over a deck for its headline only when the deck was
 * longer by three words, so the deck was taken. A deck in sentence case, in other words than the longer
 * line right over it, is that line's deck; a kicker over a headline is the shorter of the two, and a
 * line in Title Case, a quotation or a short form of the line over it is a headline of its own.
 * Text written for the test; the first case failed on the base.
 * The line over the deck must be no Title Case (another story's title, a menu's last teaser, over a
 * headline in sentence case) and no markup a scraper left: with neither guard the rule took that line
 * (the last two cases failed on branch deckorder54, which had the rule without them).
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

  it('leaves a headline in sentence case under a longer teaser in Title Case, its byline a bare name', () => {
    const headline = 'Village council says farm incomes have doubled';
    const teaser = 'Harvest Week: Grab the Best Rice Seed Deals of the Season From the Valley Shop';
    const bare = `${MENU.join('\n')}\n${teaser}\n${headline}\nJane Roe\nMarch 5, 2025 at 8:40 AM\n${BODY}`;
    expect(titleOf(bare)).toBe(headline);
    expect(titleOf(page([teaser, headline]))).toBe(headline);
  });

  it('leaves a headline under a line of markup the scraper left, however long its text', () => {
    const headline = 'Village council says farm incomes have doubled';
    const markup = '<div class="banner"><p>Rice seed from the valley shop ships <b>free</b> this week. Every order helps the village school.</p><a href="https://shop.example.org/seed/rice.html">Order</a></div>';
    expect(titleOf(page([markup, headline]))).toBe(headline);
  });
});
