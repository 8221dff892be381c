/**
 * "HARBOR FERRY SIMULATOR REVIEW" / "Lead the harbor's crews through a winter of storms in this …
 * game." / "By Jane Roe 11 February 2020": the chooser may take the deck, a sentence that shares the
 * article's words, for the headline, which shares none of them (a review's title names the game, a
 * feature's plays on its story). A standfirst ends in a full stop and a headline does not: when the
 * chosen line is a sentence and the line right over it is a headline over its deck and its header
 * (headline.ts deckThenHeader: a headline-shaped line of four words or more, this sentence under it,
 * the article's byline or stamp under that), the line over it is the headline, the chosen one its deck.
 */

/** A sentence's end: a full stop, perhaps inside closing quotes or brackets. */
const FULL_STOP = /[.。…]["'”’)\]]*$/;
/** A question's or an exclamation's end. */
const ASKS_OR_EXCLAIMS = /[?!？！]["'”’)\]]*$/;
/**
 * A sentence ended inside the line on a word in lower case, and another begun: not an abbreviation's
 * dot ("vs. Private", "U.S. Army"), which a headline in Title Case carries.
 */
const SENTENCE_INSIDE = /\p{Ll}{3}[.!?]["'”’)\]]*\s\p{Lu}/u;
/** A word of four letters or more in lower case: a deck's sentence case, which Title Case capitalises. */
const SENTENCE_CASE_WORD = /(?:^|[\s"'“„‘(])\p{Ll}[\p{L}'’-]{3}/u;

/**
 * Does the line read as a deck's sentences: ended by a full stop, or two sentences or more, the last
 * a question or an exclamation ("… turning to DNA tests. But … What does it mean to be Indian?")?
 * A headline may ask, in one sentence; it does not go on after a full stop.
 */
export function deckSentences(line: string): boolean {
  const text = line.trim();
  return FULL_STOP.test(text) || (ASKS_OR_EXCLAIMS.test(text) && SENTENCE_INSIDE.test(text) && SENTENCE_CASE_WORD.test(text));
}

/**
 * The line over `chosen` when `chosen` ends on a full stop and `overItsDeck` says the line over it
 * heads it as its deck, with the article's header under; else `chosen`. `overItsDeck(i)` asks also
 * that line `i` be no paragraph of prose and shaped as a headline is.
 */
export function headlineOverItsSentenceDeck(lines: readonly string[], chosen: number, overItsDeck: (i: number) => boolean): number {
  if (chosen < 1 || !deckSentences(lines[chosen])) return chosen;
  return overItsDeck(chosen - 1) ? chosen - 1 : chosen;
}
