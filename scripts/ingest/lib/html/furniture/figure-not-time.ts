/**
 * "4.58", "Average GPA: 3.64", "$99.99", "89.51", "4.96 / 5.0": a figure written with a decimal point,
 * which the date-line feature reads as a clock time (lib/page-text/lines/block-features.ts: "15.59" is how
 * Nordic and German pages write a time). A page's stamp with such a time says so another way: a date
 * beside it, a label ("Uppdaterad 15.59", "Published"), "Uhr", "kl.", "klo", or a time with a colon or
 * am/pm elsewhere on the line. A line with none of those is a rating, a score, a price or a
 * measurement: the article's, not its stamp (the metadata set's reviews and rankings keep ~70 such
 * lines in its human-marked bodies).
 */
import { findFullDates } from '../../dates/dates.ts';
import { PUBLICATION_WORD, STAMP_LABEL } from '../../dates/date-labels.ts';

const DOTTED_NUMBER = /\d\.\d\d/;
/** What only a time or a stamp has: a colon between hours and minutes, am/pm, a word that says "o'clock", a day in figures ("2018.04.05"). */
const TIME_MARK = /\d\s*:\s*\d\d|\d\.\d{1,2}\.\d|\b\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?(?!\p{L})|(?<!\p{L})(?:uhr|kl\.|klo|h)(?!\p{L})|[時时分]/iu;

export function isFigureNotTime(line: string): boolean {
  if (!DOTTED_NUMBER.test(line)) return false;
  if (TIME_MARK.test(line) || STAMP_LABEL.test(line) || PUBLICATION_WORD.test(line)) return false;
  return findFullDates(line).length === 0;
}
