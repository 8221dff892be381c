/**
 * A kicker that innerText ran into the headline with a mark no headline writes there. Two shapes,
 * both of a kicker's element, a separator's element and the headline's element read as one line:
 * - the section's name, then a colon with a space before it ("Kultur : Ehrengast der Buchmesse: Was
 *   …"): a headline puts no space before its own colon, except in French, which spaces every colon
 *   ("Guerre en Ukraine : la Russie …") and is left alone. The name must be one the page shows alone on
 *   a line (its menu's entry, a breadcrumb's step): a word of the story is never shown so.
 * - a quotation closed right against the headline's first capital ("»Es wird bald beginnen«Trump
 *   spricht …"): a headline that opens on a quote leaves a space or a colon after it.
 * What follows is the headline when it is one (four words or more).
 */

/** A section's name of a word or two, a space, a colon, a space, then the rest. */
const LABEL_THEN_SPACED_COLON = /^(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+[\p{L}\p{N}&'’.-]+)?)\s+[:：]\s+(\S.*)$/u;
/**
 * A quotation opening the line, closed right against a capitalised word. A kicker's quote is a phrase:
 * no sentence ends inside it (a paragraph that opens on a quote runs on past a full stop), and an
 * apostrophe inside a word ("Harry’s") closes nothing.
 */
const QUOTATION_AGAINST_CAPITAL = /^([„“”"«»‚‘’›‹](?:[^„“”"«».!?。‘’‹›]|[!?](?=[“”"«»‘’‹›])|(?<=\p{L})’(?=\p{L})){2,}[“”"«»‘’‹›])(\p{Lu}\p{Ll}.*)$/u;
/** How many words a kicker's quote has at most. */
const QUOTE_WORDS = 16;
/** How many words the headline after a kicker has at least. */
const HEADLINE_WORDS = 4;
/** Languages that write a space before a colon: there "X : Y" is the headline's own colon. */
const SPACED_COLON_LANGUAGES = new Set(['fr']);

export function kickerRunIntoHeadline(headline: string, lines: readonly string[], lang: string): { headline: string; kicker: string } | null {
  const h = headline.trim();
  const label = SPACED_COLON_LANGUAGES.has(lang) ? null : LABEL_THEN_SPACED_COLON.exec(h);
  if (label && enoughWords(label[2]) && shownAlone(label[1], lines)) return { headline: label[2].trim(), kicker: label[1] };
  const quote = QUOTATION_AGAINST_CAPITAL.exec(h);
  if (quote && enoughWords(quote[2]) && quote[1].split(/\s+/).length <= QUOTE_WORDS) return { headline: quote[2].trim(), kicker: quote[1] };
  return null;
}

function enoughWords(text: string): boolean {
  return text.trim().split(/\s+/).length >= HEADLINE_WORDS;
}

/** Does the page show the name alone on a line (any case)? */
function shownAlone(name: string, lines: readonly string[]): boolean {
  const n = name.toLowerCase();
  return lines.some((line) => line.trim().toLowerCase() === n);
}
