/**
 * "How often do mass shootings happen in Europe? …" / "JANE ROE   USA TODAY" / the article: a byline set
 * in capitals right under the headline, with no "By" and no date, which no byline test reads (a name
 * in capitals is no name's shape to them). When nothing on the page scored as the headline, the
 * headline-shaped line the run opens on (or the one right over such a byline) is weighed by what
 * stands under it: such a line under it is the article's header, as a stamp would be.
 * A label of one word ("ADVERTISEMENT", "VIDEO"), a line with figures (a price, a score) or in lower
 * case is none.
 */

/** How many words a byline in capitals has: a name of two words at least, and an outlet's after it at most. */
const MIN_WORDS = 2;
const MAX_WORDS = 5;
/** A letter in lower case, a figure, or a sentence's or a label's end: no byline in capitals has one. */
const NOT_CAPITALS = /[\p{Ll}\p{N}.!?:;|/@…]/u;
const OPENS_ON_CAPITAL = /^\p{Lu}/u;

/** Is `line` (of `words` words) a byline in capitals: two to five words, every letter a capital? */
export function bylineInCapitals(line: string, words: number): boolean {
  if (words < MIN_WORDS || words > MAX_WORDS) return false;
  const t = line.trim();
  return OPENS_ON_CAPITAL.test(t) && !NOT_CAPITALS.test(t);
}
