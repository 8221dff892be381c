/**
 * A picture's caption that closes on the day the picture was taken: "Ukrainische Kriegstechnik bei den
 * Kämpfen um Bachmut, 24. April 2023", "Protesters gather outside the parliament in Kyiv, April 24, 2023".
 * Under a headline it looks like a date line (short, with a digit), but it dates what the picture shows,
 * often days before the article: no stamp of the page. Its shape: a description of several words, some
 * of them in lower case (a phrase, not a name: "Chris Carroll, 30 Sep 2022" is a byline row), then a
 * comma and the date, which ends the line. A line with a stamp's label ("Posted in News, …", "Updated …")
 * or a byline's "by" is a stamp row, whatever its words.
 */
import type { ParsedDate } from './dates.ts';
import { CHANGE_WORD, PUBLICATION_WORD } from './date-labels.ts';

/** Words before the comma, at least, for a description (a name, an outlet, a section and a date make fewer). */
const MIN_DESCRIPTION_WORDS = 4;
/** Words in lower case among them, at least: a phrase's ("bei den Kämpfen um", "outside the"), which names do not have. */
const MIN_LOWER_CASE_WORDS = 2;
/** The date closes the line: nothing after it but a full stop, a bracket or spaces. */
const LINE_END = /^[\s.)\]）]*$/u;
/** What a stamp row writes beside its date and a caption does not: "by" (another language's at the start: "von Anna Berg und Jan Roe, …"), a separator of fields, a field's colon. */
const ROW_MARK = /(?:^|\s)by\s|^\s*(?:von|par|por|di|da|door|av|af)\s|[|·•:：]/iu;

/** Is the date `found` on `line` the closing date of a picture's caption (above), not a stamp? */
export function datesAPicture(line: string, found: ParsedDate): boolean {
  if (!LINE_END.test(line.slice(found.index + found.text.length))) return false;
  const before = line.slice(0, found.index);
  const comma = /^(.*\S)\s*[,，]\s*$/su.exec(before);
  if (!comma) return false;
  const description = comma[1];
  if (ROW_MARK.test(description) || PUBLICATION_WORD.test(description) || CHANGE_WORD.test(description) || /\d/.test(description)) return false;
  const words = description.split(/\s+/u);
  if (words.length < MIN_DESCRIPTION_WORDS) return false;
  return words.filter((w) => /^\p{Ll}/u.test(w)).length >= MIN_LOWER_CASE_WORDS;
}
