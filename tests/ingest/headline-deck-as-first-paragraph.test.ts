/**
 * Headline, a deck long enough to read as the article's first paragraph, then the authors' bare names
 * over the date: the post's header, though its deck is where the article's prose starts. The headline
 * is the line over the deck, not an entry of the menu above it that shares the article's words.
 * Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';

const MENU = ['Valley Farm News', 'Rice Harvest Guides', 'Best Valley Rice Farmers Harvest Twice a Year', 'Village Council Reports', 'Newsletter'];
// Few of its words are the article's: the menu's entry shares more of them.
const HEADLINE = '[2025] The Great List of Every Double Crop and Its Growers';
const NOTICE = 'Note: Valley Farm News is paid for by its readers. A seed shop that you reach from our pages may pay us a share of what you spend there.';
const DECK = 'The largest record of the valley farmers who now harvest rice twice a year, gathered from every village council in the region.';

describe('a headline over a deck that opens the article, then the authors and the date', () => {
  it('is the line over the deck', () => {
    const page = `${MENU.join('\n')}\nField Report\n${HEADLINE}\n\n${DECK}\n\nJane Roe, Amal Haddad & Tomas Lind\nNov 25th, 2025\nFacebook\nTwitter\nEmail\nCopy link\n${BODY}`;
    expect(titleOf(page)).toBe(HEADLINE);
  });

  it('is the line over the deck under a notice the run opens on', () => {
    const page = `${MENU.join('\n')}\n${NOTICE}\nField Report\n${HEADLINE}\n\n${DECK}\n\nJane Roe, Amal Haddad & Tomas Lind\nNov 25th, 2025\nFacebook\nTwitter\nEmail\nCopy link\n${BODY}`;
    expect(titleOf(page)).toBe(HEADLINE);
  });
});
