/**
 * The headline the fields chose, written by the page's <h1> with quotation marks left out or set
 * otherwise ("Harbor Lights star leaves the show" shown, "‘Harbor Lights’ star leaves the show" in the share
 * fields and the <title>): the same words and punctuation, so no other headline. The reader sees the <h1>'s writing
 * (lib/html/headline/html-headline.ts takes it, as it takes the <h1>'s separator: shown-separator.ts).
 * Apostrophes inside a word ("can’t", "can't") are no quotation marks: such forms differ as before.
 * So is a dash set off by spaces written otherwise ("Crash -- Driver had …" shown, "Crash - Driver had …"
 * in the fields): one mark typed twice or as another dash. A dash inside a word ("Head-On") is left as it is.
 * Measured (session 57): aed dev +1, no other page of any set right or wrong otherwise.
 */

/** A quotation mark that opens (no letter or figure before it) or closes (none after it) a quote. */
const QUOTE_MARK = /(?<![\p{L}\p{N}])['‘’‚"“”„«»‹›]|['‘’"“”«»‹›](?![\p{L}\p{N}])/gu;

/** A dash set off by spaces, typed once, twice or thrice ("-", "--", "–", "—"); a run of spaces is tried from its first only (linear). */
const SPACED_DASH = /(?<!\s)\s+[-‐‑‒–—―]{1,3}\s+/gu;

/** `text` without its quotation marks, each spaced dash one hyphen, spaces made one. */
const unquoted = (text: string) => text.replace(QUOTE_MARK, '').replace(SPACED_DASH, ' - ').replace(/\s+/g, ' ').trim();

/** Whether `shown` (an <h1>'s text) writes `chosen` but for its quotation marks and how its spaced dashes are typed. */
export function sameButQuotes(shown: string, chosen: string): boolean {
  return shown !== chosen && unquoted(shown) === unquoted(chosen);
}
