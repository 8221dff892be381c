/**
 * The headline the fields chose, written by the page's <h1> with quotation marks left out or set
 * otherwise ("Harbor Lights star leaves the show" shown, "‘Harbor Lights’ star leaves the show" in the share
 * fields and the <title>): the same words and punctuation, so no other headline. The reader sees the <h1>'s writing
 * (lib/html/headline/html-headline.ts takes it, as it takes the <h1>'s separator: shown-separator.ts).
 * Apostrophes inside a word ("can’t", "can't") are no quotation marks: such forms differ as before.
 */

/** A quotation mark that opens (no letter or figure before it) or closes (none after it) a quote. */
const QUOTE_MARK = /(?<![\p{L}\p{N}])['‘’‚"“”„«»‹›]|['‘’"“”«»‹›](?![\p{L}\p{N}])/gu;

/** `text` without its quotation marks, spaces made one. */
const unquoted = (text: string) => text.replace(QUOTE_MARK, '').replace(/\s+/g, ' ').trim();

/** Whether `shown` (an <h1>'s text) writes `chosen` but for its quotation marks. */
export function sameButQuotes(shown: string, chosen: string): boolean {
  return shown !== chosen && unquoted(shown) === unquoted(chosen);
}
