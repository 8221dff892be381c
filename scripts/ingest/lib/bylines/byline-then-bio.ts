/**
 * "By Ann Lee" / "Ann Lee covers science from Washington." / "Dec. 22, 2023": a byline, the writer's
 * one-line biography under it, then the article's date. The biography is a paragraph of prose, which
 * the header's readers count as the article's text begun (past two of them a date line is an event's
 * day); opening on the byline's name, it is the byline's, and the date under it is still the header's.
 */
import { BYLINE, BYLINE_OTHER_LANGUAGE } from './byline-labels.ts';
import { withoutLeadingSeparator } from './labelled-line.ts';

/** Where a byline's first name ends: a field's separator, or a word joining two names ("Ann Lee and Li Wei"). */
const FIELD_END = /[|·•,;]/;
const JOINER = / (?:and|und|et|y|e|en|i) /;

/** The first of a byline's names ("Ann Lee | Staff Writer" → "Ann Lee", "Ann Lee and Li Wei" → "Ann Lee"). */
function firstName(names: string): string {
  const field = FIELD_END.exec(names);
  const first = field ? names.slice(0, field.index) : names;
  const joined = JOINER.exec(first);
  return (joined ? first.slice(0, joined.index) : first).trim();
}

/** How long a biography line may be: one or two sentences about the writer, not a paragraph of the article. */
const BIO_CHARS = 300;

/**
 * Is line `i` right under a writer's biography (the line over it opens with the name of the byline two
 * lines over it, then goes on)? Only the first name of several is asked ("By Ann Lee and Li Wei").
 */
export function underBylineAndItsBio(lines: readonly string[], i: number): boolean {
  if (i < 2) return false;
  const bio = lines[i - 1].trim();
  if (bio.length > BIO_CHARS) return false;
  const byline = withoutLeadingSeparator(lines[i - 2]);
  const m = BYLINE.exec(byline) ?? BYLINE_OTHER_LANGUAGE.exec(byline);
  const name = m ? firstName(m[1]) : '';
  // A name of two words at least, then more words: "Ann Lee writes about …", not the name alone again.
  return !!name && /\s/.test(name) && bio.startsWith(`${name} `) && bio.length > name.length + 10;
}
