/**
 * A headline right over its deck of about its length, neither ending on a full stop: the deck retells
 * the article's lead and shares more of its words, and was taken for the headline. The line over it is
 * the headline; a kicker, a section's or a series' name, another story's title in Title Case, a
 * fragment in lower case or a list of categories over the chosen line stays where it is. Pages
 * written here; the first test failed before the rule (headline-over-an-even-deck.ts).
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';
import { headlineOverAnEvenDeck } from '../../scripts/ingest/lib/page-text/headline/headline-over-an-even-deck.ts';

const MENU = 'Home\nWorld\nBusiness\nScience';
const HEADLINE = 'Village council bets its future on a school roof';
const DECK = 'Valley farmers now harvest rice twice a year with new seed';
const BUTTONS = 'Facebook\nTwitter\nEmail\nPrint';
const page = (over: string, deck = DECK) => `${MENU}\n${over}\n${deck}\n${BUTTONS}\n${BODY}`;

describe('a headline over its deck of even length', () => {
  it('is the headline over the page\'s buttons, not the deck that retells the lead', () => {
    expect(titleOf(page(HEADLINE))).toBe(HEADLINE);
    expect(titleOf(page(`Report: ${HEADLINE.toLowerCase()}`))).toBe(`Report: ${HEADLINE.toLowerCase()}`);
  });

  it('leaves another story\'s title in Title Case over the deck', () => {
    expect(titleOf(page('Village Council Bets Its Future on a School Roof'))).toBe(DECK);
  });

  it('leaves a line opening in lower case, a list, a kicker leading in with a dash, a short kicker', () => {
    expect(titleOf(page('eFarm notes on a village council that bets on its school'))).toBe(DECK);
    expect(titleOf(page('Council, school roof, and the bet of a village'))).toBe(DECK);
    expect(titleOf(page('Village council and its bet on the school roof –'))).toBe(DECK);
    expect(titleOf(page('School roof for village council', 'Valley farmers harvest rice twice a year'))).toBe('Valley farmers harvest rice twice a year');
  });
});

describe('headlineOverAnEvenDeck', () => {
  const line = (text: string, capitalShare = 0.2) => ({ text, words: text.split(/\s+/).length, capitalShare });
  const deck = line(DECK);

  it('takes a sentence-case line of six words or more over a deck no more than a word shorter', () => {
    expect(headlineOverAnEvenDeck(line(HEADLINE), deck)).toBe(true);
    expect(headlineOverAnEvenDeck(line('Report: council bets its future on a school roof'), deck)).toBe(true);
  });

  it('leaves a short line, a deck much shorter, Title Case, full stops, a dash, a lower-case opening, a list, a copy', () => {
    expect(headlineOverAnEvenDeck(line('Valley council bets on seed'), deck)).toBe(false);
    expect(headlineOverAnEvenDeck(line(DECK), line(HEADLINE))).toBe(false);
    expect(headlineOverAnEvenDeck(line(HEADLINE, 0.8), deck)).toBe(false);
    expect(headlineOverAnEvenDeck(line(HEADLINE), line(DECK, 0.7))).toBe(false);
    expect(headlineOverAnEvenDeck(line(`${HEADLINE}.`), deck)).toBe(false);
    expect(headlineOverAnEvenDeck(line(HEADLINE), line(`${DECK}.`))).toBe(false);
    expect(headlineOverAnEvenDeck(line('Village council and its seed for the valley –'), deck)).toBe(false);
    expect(headlineOverAnEvenDeck(line('eFarm weekly notes from the valley rice fields'), deck)).toBe(false);
    expect(headlineOverAnEvenDeck(line('Rice, seed, harvest, council and the valley'), deck)).toBe(false);
    expect(headlineOverAnEvenDeck(line(DECK), line(DECK))).toBe(false);
  });
});
