/**
 * "Tesla recalls 120K vehicles with doors that may unlock during crash" / "Tesla recall applies to
 * 2021-2023 Model S and Model X vehicles" / the share buttons: a page sets its headline first and its
 * deck right under it. When the deck is about as long as the headline and has no full stop, both read
 * as headlines, and the deck, which retells the article's lead, shares more of its words and is
 * chosen. headlineOverStandfirst (headline.ts) tells the pair apart when the deck is three words
 * longer than its headline or two shorter, or retells two of its words, and only over the article's
 * header or its first paragraph; here the two are of even length and the deck may stand over the
 * page's buttons or a standfirst.
 *
 * The line right over the chosen one is its headline when both are written in sentence case (a
 * Title-Case line over a sentence-case one is another story's title or a section's name), neither ends
 * on a full stop, the upper line has six words or more (a kicker, a section's or a series' name has
 * fewer), opens on a capital, a figure or a quotation mark (no fragment or brand written in lower
 * case, "tQ Charts Music of the Month"), lists no categories (two commas or more), leads into nothing
 * with a dash ("Umbau des Weissen Hauses –"), the deck is no more than a word shorter than it, and
 * the upper line shares the article's words as a headline does (`headlineLike`: scored over
 * EVEN_HEADLINE_FLOOR, which a site's tagline over every page does not reach), and no path of the page's
 * sections right above ends on the deck ("Home › Farming › <line>": the page names it, the line over it
 * is its kicker; headline.ts asks). Not asked where every
 * noun is capitalised (capitals tell no title from a sentence there) nor in CJK (no words to count).
 */

/** How many words the headline over an even deck has at least. */
const EVEN_HEADLINE_WORDS = 6;
/** How many words shorter than its headline an even deck may be. */
const DECK_SHORTER_BY = 1;
/** The score the headline over an even deck reaches at least: a fair share of the article's words. */
export const EVEN_HEADLINE_FLOOR = 0.2;
/** The share of capitalised words from which a line is in Title Case. */
const TITLE_CASE_SHARE = 0.6;
/** A sentence's end: a full stop, perhaps inside closing quotes or brackets. */
const FULL_STOP = /[.。…]["'”’)\]]*$/;
/** A headline's opening: a capital, a figure, or a quotation mark or bracket before one. */
const HEADLINE_OPENING = /^["'“”‘’„«‹([]?[\p{Lu}\p{N}]/u;
/** A dash at the line's end: a kicker leading into the line under it. */
const TRAILING_DASH = /[–—-]\s*$/u;

/** What the rule needs to know of a line. */
export interface EvenDeckLine {
  text: string;
  words: number;
  capitalShare: number;
}

/**
 * Is `headline`, the line right over `deck`, the headline over its deck of even length? The caller
 * asks that both be headline-shaped, no prose nor header, that the page's language write its nouns
 * in lower case, and that the upper line score over EVEN_HEADLINE_FLOOR.
 */
export function headlineOverAnEvenDeck(headline: EvenDeckLine, deck: EvenDeckLine): boolean {
  const top = headline.text.trim();
  const under = deck.text.trim();
  if (headline.words < EVEN_HEADLINE_WORDS || deck.words < headline.words - DECK_SHORTER_BY) return false;
  if (headline.capitalShare >= TITLE_CASE_SHARE || deck.capitalShare >= TITLE_CASE_SHARE) return false;
  if (FULL_STOP.test(top) || FULL_STOP.test(under) || TRAILING_DASH.test(top) || !HEADLINE_OPENING.test(top)) return false;
  return (top.match(/,/g) ?? []).length < 2 && top.toLowerCase() !== under.toLowerCase();
}
