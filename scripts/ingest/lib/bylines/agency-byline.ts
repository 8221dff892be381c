/**
 * A news agency's byline on the article's stamp row, in a language other than English: "Von dpa
 * 30.04.2024, 18:58", "Por EFE 12/03/2024", "Par AFP le 3 mai 2024". The agency signs with its short
 * name, in lower case or in capitals, where a person's name would stand, so no name's shape
 * (nameShaped) takes it; a row that also dates the article says the label is a byline's and not a word
 * of a sentence ("Von uns aus …"). English labels are read whatever follows them already (BYLINE).
 */
import { findFusedDates, type NumericOrder } from '../dates/dates.ts';

/** An agency's short name: two to five letters, all small or all capitals ("dpa", "epd", "AFP", "ANSA"). */
const AGENCY_SHORT_NAME = /^(?:\p{Ll}{2,5}|\p{Lu}{2,5})$/u;

/**
 * Whether `cleaned` (the byline cleaner's reading of the label's words, lib/bylines/author.ts) is an
 * agency's short name that `words` (the words after the label) carry with the article's date.
 */
export function agencyOnStampRow(cleaned: string | null, words: string, order?: NumericOrder | null): boolean {
  if (!cleaned || !AGENCY_SHORT_NAME.test(cleaned)) return false;
  const date = findFusedDates(words, order)[0];
  // The short name, then the date: "dpa 30.04.2024, 18:58" (a date before it dates something else).
  return !!date && date.index > 0 && words.slice(0, date.index).trim().replace(/[,|·•–—-]$/u, '').trim() === cleaned;
}
