/**
 * The one line of a page that holds a calendar day. A page whose stamp stands away from the article's
 * header (under the article, or beside a headline its menus hid from the text path) and that shows no
 * other day anywhere has shown its stamp there: a list of dated items, an event calendar, a comment
 * thread or a timeline would show a second day. The caller weighs the line's shape (a stamp's, not a
 * sentence's); this file only finds it and says whether it sits in a comment thread. Also here: the
 * date of a row of a post's fields run together, which such a page shows under its article.
 */
import { findFusedDates, findStampDate, mayHoldChronoDate, mayHoldYear, type NumericOrder, type ParsedDate } from './dates.ts';
import { countWords } from '../page-text/language/text.ts';

/** A numeric day either order could read ("03/04/2021"): a day all the same, though findFusedDates leaves it unread. */
const TWO_READINGS = /\b\d{1,2}([/.-])\d{1,2}\1(?:19|20)\d{2}\b/;


/** Does `line` hold a full date (year, month and day), in any form the ingest reads? */
function holdsDate(line: string, lang: string, order?: NumericOrder | null): boolean {
  // A line without a year (in any script's digits) is passed over at the cost of one search, as most of a page's lines are.
  if (!mayHoldYear(line)) return false;
  if (findFusedDates(line, order).length > 0 || TWO_READINGS.test(line)) return true;
  // Other languages' month names are chrono's (findStampDate), asked only of a line with a year and a word.
  return lang !== 'en' && mayHoldChronoDate(line) && findStampDate(line, lang, order) !== null;
}

/** The index of the only line of `lines` that holds a full date; -1 when no line does, or more than one. */
export function soleDatedLine(lines: string[], lang: string, order?: NumericOrder | null): number {
  let found = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!holdsDate(lines[i], lang, order)) continue;
    if (found !== -1) return -1;
    found = i;
  }
  return found;
}

/**
 * A comment thread's heading ("20 Comments", "2 thoughts on …", "Leave a Reply", "Reader Interactions")
 * or a commenter's line ("Ann Lee says:"): a date under it is a comment's.
 */
const COMMENT_CUE = /^(?:\d+\s+(?:comments?|replies|responses|thoughts?)\b|(?:comments?|discussion|responses|reader interactions)\s*(?:\(\d+\))?$|leave a (?:reply|comment)\b|join the discussion\b)|\b(?:says|said|wrote|commented)\s*:?$/i;
/** How many lines over a date a comment thread's heading may stand (a name and a blank or two between). */
export const COMMENT_REACH = 6;

/** Is `line` a comment thread's heading or a commenter's line? */
export const isCommentCue = (line: string): boolean => COMMENT_CUE.test(line.trim());

/** Is the date on line `i` under a comment thread's heading or a commenter's line? */
export function underCommentCue(lines: string[], i: number): boolean {
  for (let j = Math.max(0, i - COMMENT_REACH); j < i; j++) if (isCommentCue(lines[j])) return true;
  return false;
}

/** A clock time alone, as a stamp writes it after its date: ", 18:41 Uhr", "15:59", "9.30 h", "2:05 PM". */
const TIME_ALONE = /^[\s,]*\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|h|[AaPp]\.?[Mm]\.?))?\s*$/;

/**
 * How many words the line over a stamp may hold: the author's name or a section's label ("Anna Berg",
 * "Deutschland"). A longer one is a title, and a date with its time under a title is that story's (a
 * teaser set into the article: its headline, then when it came out).
 */
const WORDS_OVER_STAMP = 4;

/**
 * Is line `i` a date with its time and nothing else, the time on the line ("28. 4. 2023, 18:41 Uhr")
 * or alone on the next one ("30. Juni 2025," over "15:59 Uhr"), under a name or a label? A stamp's
 * shape, which no sentence of an article takes: the page's only dated line so written is its stamp even
 * inside the article's run.
 */
export function dateWithItsTime(lines: string[], i: number, lang: string, order?: NumericOrder | null): boolean {
  let above = i - 1;
  while (above >= 0 && !lines[above].trim()) above--;
  if (above >= 0 && countWords(lines[above]) > WORDS_OVER_STAMP) return false;
  const line = lines[i].trim();
  const d = findStampDate(line, lang, order);
  if (!d || d.index !== 0) return false;
  const rest = line.slice(d.text.length);
  if (TIME_ALONE.test(rest)) return true;
  return /^[\s,]*$/.test(rest) && i + 1 < lines.length && TIME_ALONE.test(lines[i + 1]);
}

/** The end of the words before a date that make it the last day of a range ("23-26 March 2026", "May 3 – "): an event's days. */
export const RANGE_BEFORE = /\d\s*[-–—]\s*$/;

/**
 * The date of a row of a post's fields whose spaces the page lost, the date run into words on both
 * sides: "Field Notes, GuidesAnn LeeApril 10, 20175 Guides, Light4 Comments" (categories, the author,
 * the date, tags, a comment counter), "lifestyleAnn LeeFebruary 3, 2026Comment", or the name run into
 * the date that ends the row ("Ann LeeFebruary 3, 2026"). No sentence and no list of stories with their
 * dates writes a date so; null for any other line.
 */
export function fieldRowDate(line: string, order?: NumericOrder | null): ParsedDate | null {
  if (!mayHoldYear(line)) return null;
  for (const d of findFusedDates(line, order)) {
    const [before, after] = [line[d.index - 1] ?? '', line[d.index + d.text.length] ?? ''];
    if (/\p{L}/u.test(before) && /[\p{L}\p{N}]/u.test(after)) return d;
    // "Ann LeeAugust 5, 2024" at the end of its line: the author's name run into the date, the row's last field.
    if (/\p{Ll}/u.test(before) && /^\p{Lu}/u.test(d.text) && !line.slice(d.index + d.text.length).trim()) return d;
  }
  return null;
}

/** A post's comment counter after its date (the words after it, trimmed), set off by a separator, the row's last field: "· 12 Comments", "| 3 comments |", "· No Comments". */
const COMMENT_COUNTER_AFTER = /^[|·•]\s*(?:\d+|no)\s+(?:comments?|replies|responses)(?:\s*[|·•])?$/i;

/**
 * The date of a row of a post's fields that gives its date and then its comment counter ("March 9, 2026 ·
 * 12 Comments", "9 March 2026 | 3 comments"), as a blog shows under or over its post: a comment's own line
 * names no counter of comments. The date opens the row; null for any other line.
 */
export function commentCountRowDate(line: string, order?: NumericOrder | null): ParsedDate | null {
  if (!mayHoldYear(line) || !/comment|repl|respons/i.test(line)) return null;
  const [d] = findFusedDates(line, order);
  if (!d || line.slice(0, d.index).trim() || !COMMENT_COUNTER_AFTER.test(line.slice(d.index + d.text.length).trim())) return null;
  return d;
}
