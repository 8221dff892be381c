/**
 * Whether one headline field is another one spoilt on its way to the page: characters lost to a
 * wrong reading of the page's bytes (U+FFFD, or a "?" between two letters: "crew?s" for "crew’s"),
 * or the text's UTF-8 read as Windows-1252 ("crewâ€™s"). A page often has one field so spoilt and
 * another clean (the <h1> written by one template, the <title> by another): the clean one is the
 * headline the page meant, and the spoilt one's vote is a vote for it (lib/html/headline/html-headline.ts).
 * Only a field that another field confirms is so read: one spoilt field alone stays as written.
 */
import { norm } from '../metadata/page-field-text.ts';
import { MOJIBAKE } from '../../safety/mojibake.ts';
import { literalPattern } from '../../literal-pattern.ts';

/** A character lost: U+FFFD (one or a few for one character), or a "?" written between two letters. */
const LOST = /\uFFFD+|(?<=\p{L})\?(?=\p{L})/gu;
/** What one lost character stood for: one character, or two ("’s" read as one "?"). */
const LOST_STOOD_FOR = '\\S{1,2}';

const windows1252 = new TextDecoder('windows-1252');
const utf8 = new TextEncoder();

/** Whether `text` shows a defect that spoilHas could match: a cheap test before any comparison. */
export function hasDefect(text: string): boolean {
  LOST.lastIndex = 0;
  return LOST.test(text) || MOJIBAKE.test(text);
}

/** Whether `spoilt` is `clean` with characters lost, or with its UTF-8 read as Windows-1252. */
export function spoils(spoilt: string, clean: string): boolean {
  if (spoilt === clean || hasDefect(clean)) return false;
  if (MOJIBAKE.test(spoilt) && norm(windows1252.decode(utf8.encode(clean))) === norm(spoilt)) return true;
  const parts = norm(spoilt).split(LOST);
  if (parts.length < 2) return false;
  const pattern = new RegExp(`^${parts.map((p) => literalPattern(p)).join(LOST_STOOD_FOR)}$`, 'u');
  return pattern.test(norm(clean));
}
