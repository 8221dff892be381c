/**
 * Absolute dates as pages write them, without guessing: ISO stamps, "October 27, 2020",
 * "14 March 2021", "Oct. 30, 2020", "2020/10/30", "2020年10月30日". Day-first or month-first
 * numeric dates like 03/04/2021 are ambiguous: a stamp's is read only in the order its page settles
 * (numericOrderShown, numericOrderOfLanguage), never on a guess.
 */
import type * as Chrono from 'chrono-node';
import { onFirstUse } from '../../../lib/on-first-use.ts';
import { isoDate, monthNumber } from '../page-text/language/text.ts';
import { monthOfName } from './month-names.ts';
import { readThaiDate, THAI_DATE } from './thai-dates.ts';
import { numericOrderOfZone } from './zone-order.ts';
import { BoundedMemo, ownCopy } from '../bounded-memo.ts';

export interface ParsedDate {
  date: string;
  precision: 'day' | 'month' | 'year';
  /** The words that named the date. */
  text: string;
  index: number;
}

/** An English month's name, whole or cut short, as a pattern's alternatives (no group: for a pattern that counts its own groups). */
export const MONTH_NAMES = 'Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|Jun(?:e|\\.)?|Jul(?:y|\\.)?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?';
const MONTH = `(${MONTH_NAMES})`;
/**
 * The first code point of each run of ten decimal digits other than ASCII's that pages write dates in:
 * Arabic-Indic, Persian (Extended Arabic-Indic), Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil,
 * Telugu, Kannada, Malayalam, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian and the full-width digits.
 */
const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20, 0x1040, 0x17e0, 0x1810, 0xff10];
const OTHER_DIGIT = new RegExp(`[${DIGIT_ZEROS.map((z) => `\\u${z.toString(16).padStart(4, '0')}-\\u${(z + 9).toString(16).padStart(4, '0')}`).join('')}]`, 'g');
/** A figure, as the date patterns write one (\d: ASCII only, even with the u flag). */
const ANY_DIGIT = /\d/;

/**
 * Whether `text` holds a figure, ASCII or another script's (asciiDigits): every date pattern reads a
 * day or a year in figures, so a text with none holds no date, and most lines of a page hold none.
 */
function holdsFigure(text: string): boolean {
  if (ANY_DIGIT.test(text)) return true;
  OTHER_DIGIT.lastIndex = 0;
  return OTHER_DIGIT.test(text);
}

/**
 * `text` with every decimal digit of another script as its ASCII digit ("۱۲ مارس ۲۰۲۴" → "12 مارس 2024"),
 * one character for one, so that an index into the one is an index into the other: dates are read on
 * this text and quoted from the page's own. Text with no such digit is returned as it is.
 */
export function asciiDigits(text: string): string {
  OTHER_DIGIT.lastIndex = 0;
  if (!OTHER_DIGIT.test(text)) return text;
  return text.replace(OTHER_DIGIT, (c) => {
    const code = c.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9)!;
    return String.fromCharCode(0x30 + code - zero);
  });
}

/** A year as every full date the ingest reads writes it, in ASCII digits: ours, or the Buddhist era's of a Thai date (25xx). */
const ASCII_YEAR = /(?:1[89]|2[05])\d{2}/;
/** Does `text` hold a year, or digits of another script that may write one? A cheap test before its dates are read. */
export function mayHoldYear(text: string): boolean {
  if (ASCII_YEAR.test(text)) return true;
  OTHER_DIGIT.lastIndex = 0;
  return OTHER_DIGIT.test(text);
}

/**
 * The day a date's first number names, with the ordinal mark French, Italian, Spanish and Portuguese
 * write on the first of the month only ("1er", "1°", "1º"): a mark on any other number is no day (0).
 */
function dayWithOrdinal(day: string, mark: string | undefined): number {
  return mark && +day !== 1 ? 0 : +day;
}

/** Which number a page's numeric dates with slashes or dashes put first: the day ("8/1/2025" is 8 January) or the month. */
export type NumericOrder = 'day-first' | 'month-first';

/** The Gregorian year of each Japanese era's first year (its 元年): Shōwa 1926, Heisei 1989, Reiwa 2019. */
const ERA_START: Record<string, number> = { 昭和: 1926, 平成: 1989, 令和: 2019 };

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray, order?: NumericOrder | null) => [number, number, number] }[] = [
  // An ISO day may run into its time ("2026-01-07T15:52:22+00:00"): no word boundary before the T.
  { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})(?:\b|(?=T\d{2}:\d{2}))/g, read: (m) => [+m[1], +m[2], +m[3]] },
  { re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g, read: (m) => [+m[1], +m[2], +m[3]] },
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, read: (m) => [+m[1], +m[2], +m[3]] },
  // Japanese writes the year of the emperor's era as well: "令和6年3月9日" (Reiwa 6, 2024), "平成31年4月30日",
  // its first year "元年" ("令和元年5月1日"). Each era's year 1 is the Gregorian year ERA_START names.
  { re: /(令和|平成|昭和)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, read: (m) => [ERA_START[m[1]] + (m[2] === '元' ? 1 : +m[2]) - 1, +m[3], +m[4]] },
  // Korean writes the same units as words: "2026년 3월 9일".
  { re: /(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/g, read: (m) => [+m[1], +m[2], +m[3]] },
  // "Mar 9, 2026", and "Mar 9,2026" with no space after the comma, as some stamp rows print it.
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)(\\d{4})\\b`, 'gi'), read: (m) => [+m[3], monthNumber(m[1]), +m[2]] },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'gi'), read: (m) => [+m[3], monthNumber(m[2]), +m[1]] },
  // "20.11.2019": dots are written day first wherever they are used (Europe, Russia, Latin America).
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, read: (m) => [+m[3], +m[2], +m[1]] },
  // Spanish, Portuguese, Catalan and Galician: "de" (or "d'" before a vowel) between the day and the
  // month, and mostly between the month and the year: "9 de marzo de 2026", "9 d'abril de 2026", "9 de
  // marzo del 2026", "1º de janeiro de 2026". The month is one word the table of month-names.ts names.
  { re: /(?<![\p{L}\p{M}\d.])(\d{1,2})(\.?º|°)?\s+(?:de\s+|d['’])(\p{L}+)\.?,?\s+(?:del?\s+)?(\d{4})(?![\d.]\d)/giu, read: (m) => [+m[4], monthOfName(m[3]), dayWithOrdinal(m[1], m[2])] },
  // Vietnamese names a month by its number, after the word for month: "ngày 9 tháng 3 năm 2026" (day 9,
  // month 3, year 2026), "9 Tháng 3, 2026".
  { re: /(?<![\p{L}\d])(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+|,\s*|\s+)(\d{4})(?!\d)/giu, read: (m) => [+m[3], +m[2], +m[1]] },
  // Thai, whose years count from the Buddhist era unless the page marks them ours (thai-dates.ts).
  { re: THAI_DATE, read: readThaiDate },
  // Other languages' month names, a word (or two: "كانون الثاني", "مارس/آذار") between the day and the
  // year that the table of month-names.ts names: "9 marca 2026", "9. března 2026", "9 Μαρτίου 2026",
  // "12 مارس 2024", and the French and Italian first of the month, "1er mars 2026", "1° marzo 2026". A
  // word the table does not know (a Hijri month, any other word) reads nothing.
  { re: /(?<![\p{L}\p{M}\d.])(\d{1,2})(er|re|º|°)?(?:\.\s*|\s+)([\p{L}\p{M}]+(?:[ /][\p{L}\p{M}]+)?)\.?[,،]?\s+(\d{4})(?![\d.]\d)/gu, read: (m) => [+m[4], monthOfName(m[3]), dayWithOrdinal(m[1], m[2])] },
  // The same names month first, a comma between the day and the year: "আগস্ট ২৯, ২০২০", "अगस्त 29, 2020",
  // "agosto 29, 2020", as a CMS's "Month day, year" format writes a date in the page's language. The
  // comma is the mark ("marca 9 2026" is no form any language writes); a word the table does not know
  // reads nothing ("Chapter 9, 2020").
  // A year run into more figures ("December 24, 20239:53 AM", a stamp row's fields) is the fused readers' (FUSED_PATTERNS).
  { re: /(?<![\p{L}\p{M}\d.])([\p{L}\p{M}]+)\.?\s+(\d{1,2}),\s*(\d{4})(?![\d.]\d|\d)/gu, read: (m) => [+m[3], monthOfName(m[1]), +m[2]] },
  // "2026. március 9.", "2026. márc. 9.": Hungarian writes the year first, each number closed by a
  // full stop, the month in lower case ("in 2019. December 3 …" ends one sentence and opens another).
  { re: /(?<![\p{L}\d.])(\d{4})\.\s+(\p{Ll}+)\.?\s+(\d{1,2})\.(?!\d)/gu, read: (m) => [+m[1], monthOfName(m[2]), +m[3]] },
];

/**
 * Stamp rows as pages render them run their fields together: "ByJane RoeMar 5, 2025",
 * "Mental HealthDECEMBER 22, 2022Updated: …", "January 14, 202620 Mins Read" (a reading time),
 * "September 27, 20231" (a comment counter). A month name may follow a lower-case letter when it
 * starts with a capital, and a year may run into a counter of up to three digits.
 */
const FUSED_PATTERNS: typeof PATTERNS = [
  { re: new RegExp(`${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?=\\d{0,3}(?!\\d))`, 'gi'), read: (m) => [+m[3], monthNumber(m[1]), +m[2]] },
  // "27/05/2024", "10/31/2024": a numeric date with slashes has one reading when one of its first two
  // numbers is over 12 (03/04/2021 has two, and is read only in the order the page settles).
  { re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, read: oneReading },
  // "10-30-2025", "12.16.2025": so with dashes, and with dots when the month comes first (dots day
  // first are read above); "01-04-2024" has two readings and is not read.
  { re: /\b(\d{1,2})-(\d{1,2})-(\d{4})\b/g, read: oneReading },
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, read: (m) => (+m[2] > 12 ? oneReading(m) : [0, 0, 0]) },
  // "2025.12.17": dots with the year first have one reading (year, month, day), as with dashes; not
  // inside a longer run of numbers and dots (a version, "1.2025.12.17").
  { re: /(?<![\d.])(\d{4})\.(\d{1,2})\.(\d{1,2})(?!\.?\d)/g, read: (m) => [+m[1], +m[2], +m[3]] },
  // "25.4.24", "15.10.24 23:35": a stamp in Germany, the Nordic countries or Spain writes the year in
  // two figures, day first as dots always are (above). Not inside a longer run of numbers, dots or
  // letters (a version "v2.4.24", an address "10.1.24.7"); the century is read as POSIX reads a
  // two-figure year: 00–68 are 2000–2068, 69–99 are 1969–1999.
  { re: /(?<![\p{L}\p{N}.,:/-])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\p{L}\p{N}]|[.,:/-]\p{N})/gu, read: (m) => [yearOfTwoFigures(m[3]), +m[2], +m[1]] },
  // "12/22/23 11:35 AM ET", "05/26/22 4:20pm": a stamp in the United States may write its year in two
  // figures with slashes, its clock time right after; without the time, "3/4/24" is as often a score,
  // a fraction or a reference as a day. One reading (or the page's order) as slashes with four figures;
  // the century as the dotted form's above. Not inside a longer run of numbers ("1/12/22/23 10:00").
  { re: /(?<![\p{L}\p{N}.,:/-])(\d{1,2})\/(\d{1,2})\/(\d{2})(?=,?\s\d{1,2}:\d{2}(?!\d))/gu, read: (m, order) => dayAndMonthInOneReading(+m[1], +m[2], yearOfTwoFigures(m[3]), order) },
  // "12-22-23", "12-22-23 11:35 AM": so with dashes, when the date stands alone on its line (marks
  // around it at most) or its clock time follows: a stamp line's. In a sentence or beside other words,
  // "20-20-20" and "3-2-24" are rules, scores and references more often than days. One reading (or the
  // page's order), the century as above.
  { re: /\b(\d{1,2})-(\d{1,2})-(\d{2})\b/g, read: (m, order) => (aloneOnItsLine(m) ? dayAndMonthInOneReading(+m[1], +m[2], yearOfTwoFigures(m[3]), order) : [0, 0, 0]) },
  { re: /(?<![\p{L}\p{N}.,:/-])(\d{1,2})-(\d{1,2})-(\d{2})(?=,?\s\d{1,2}:\d{2}(?!\d))/gu, read: (m, order) => dayAndMonthInOneReading(+m[1], +m[2], yearOfTwoFigures(m[3]), order) },
  // "28. 4. 2023", "24. 1. 2025 12:38": German and Czech stamps space their day-first dots out, often
  // with a thin space; one space after each dot, not inside a longer run of numbers and dots (a list
  // "1. 2. 3." or a version).
  { re: /(?<![\p{L}\p{N}.])(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})(?![\d.]\d|\d)/gu, read: (m) => [+m[3], +m[2], +m[1]] },
  // "2026. 3. 9.": Korean stamps space the same dots out and close the day with one; without that
  // last dot, "2026. 3. 9" may be the end of one sentence and numbers of the next.
  { re: /(?<![\d.])(\d{4})\.\s+(\d{1,2})\.\s+(\d{1,2})\.(?!\d)/g, read: (m) => [+m[1], +m[2], +m[3]] },
  // "Jul. 11. 2025", "December 19. 2025": a full stop after the day.
  { re: new RegExp(`${MONTH}\\s+(\\d{1,2})\\.\\s+(\\d{4})(?!\\d)`, 'gi'), read: (m) => [+m[3], monthNumber(m[1]), +m[2]] },
  // "19-Dec-2025", "19-DEC-2025", "25.Jun.2019", "19/Dec/2025" (a server log's): the day, the month's
  // name and the year joined by dashes, full stops or slashes (the same one twice), as citation and CMS
  // stamps write them; one reading. With dashes the month's name may come first or the year may:
  // "Dec-19-2025", "2025-Dec-19".
  { re: new RegExp(`\\b(\\d{1,2})([-./])${MONTH}\\2(\\d{4})(?!\\d)`, 'gi'), read: (m) => [+m[4], monthNumber(m[3]), +m[1]] },
  // "12-ago-2022", "15.Okt.2024": so with another language's short month name (or a whole one) the
  // table of month-names.ts names, as a CMS writes the stamp in its own language on a page in another.
  { re: /(?<![\p{L}\p{N}])(\d{1,2})([-./])(\p{L}{3,10})\2(\d{4})(?!\d)/gu, read: (m) => [+m[4], monthOfName(m[3]), +m[1]] },
  { re: new RegExp(`${MONTH}-(\\d{1,2})-(\\d{4})(?!\\d)`, 'gi'), read: (m) => [+m[3], monthNumber(m[1]), +m[2]] },
  { re: new RegExp(`\\b(\\d{4})-${MONTH}-(\\d{1,2})(?!\\d)`, 'gi'), read: (m) => [+m[1], monthNumber(m[2]), +m[3]] },
];

/** A two-figure year's century, as the numeric patterns above read it: "68" and under are 20xx, the rest 19xx. */
function yearOfTwoFigures(figures: string): number {
  return +figures + (+figures <= 68 ? 2000 : 1900);
}

/** Marks a stamp line may set around its date, and nothing else: " - ", " | ", "• ". */
const MARKS_ONLY = /^[\s|•·–—-]*$/;
/** Does the match stand alone in its text, marks around it at most? Tested on a match only (most lines hold none), with no pattern run back over the line. */
function aloneOnItsLine(m: RegExpExecArray): boolean {
  return MARKS_ONLY.test(m.input.slice(0, m.index)) && MARKS_ONLY.test(m.input.slice(m.index + m[0].length));
}

/**
 * "Ola Lindqvist24.04.2024, 19:35 Uhr", "Redaktion, Nordufer15.04.25 09:56", "Ann Lee3/4/2025": a
 * stamp row whose byline (or place) runs into its numeric date, no space between. The date is read
 * only after a word's lower-case end: a code in capitals ("M24.04.2024", "COVID19/3/2020") is no
 * name, nor is a version's letter ("v2.4.2024"). Dots are read day first as everywhere (a two-figure
 * year as the fused pattern above reads it); slashes and dashes in the one order their numbers or
 * the page settle.
 */
const AFTER_A_NAME: typeof PATTERNS = [
  { re: /(?<=\p{L}\p{Ll})(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\p{L}\p{N}]|[.,:/-]\p{N})/gu, read: (m) => [m[3].length === 2 ? yearOfTwoFigures(m[3]) : +m[3], +m[2], +m[1]] },
  { re: /(?<=\p{L}\p{Ll})(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?![\p{L}\p{N}]|[.,:/-]\p{N})/gu, read: (m, order) => dayAndMonthInOneReading(+m[1], +m[3], +m[4], order) },
];

/**
 * The one order in which a numeric date's first two numbers make a day and a month: day first when
 * only the first is over 12 ("27/8"), month first when only the second is ("8/27"); null when both
 * orders do (3/4) or neither does (13/14).
 */
function onlyOrder(a: number, b: number): NumericOrder | null {
  if (a > 12 && b <= 12) return 'day-first';
  if (b > 12 && a <= 12) return 'month-first';
  return null;
}

/**
 * A numeric day and month in either order, read when only one order makes a calendar day, or both
 * numbers are the same, or the page settles the order.
 */
function oneReading(m: RegExpExecArray, order?: NumericOrder | null): [number, number, number] {
  return dayAndMonthInOneReading(+m[1], +m[2], +m[3], order);
}

/** oneReading's rule on a day and a month found in any groups of a pattern: [year, month, day], or zeros. */
function dayAndMonthInOneReading(a: number, b: number, year: number, order?: NumericOrder | null): [number, number, number] {
  // Both numbers the same read alike in either order.
  const read = onlyOrder(a, b) ?? (a === b ? 'month-first' : order);
  if (read === 'month-first') return [year, a, b];
  if (read === 'day-first') return [year, b, a];
  return [0, 0, 0];
}

/** A numeric date with slashes or dashes, its first two numbers in either order. */
const NUMERIC_DATE = /\b(\d{1,2})([/-])(\d{1,2})\2(?:19|20)\d{2}\b/g;

/**
 * The order a page's own numeric dates show: "8/27/2025" only reads month first, "27/8/2025" day
 * first. Null when the page shows neither, or both (two layouts on one page settle nothing).
 */
export function numericOrderShown(text: string): NumericOrder | null {
  let order: NumericOrder | null = null;
  for (const m of asciiDigits(text).matchAll(NUMERIC_DATE)) {
    const shown = onlyOrder(+m[1], +m[3]);
    if (!shown) continue;
    if (order && order !== shown) return null;
    order = shown;
  }
  return order;
}

/** Languages whose numeric dates put the day first wherever they are written. */
const DAY_FIRST_LANGUAGES = new Set(['de', 'fr', 'pt', 'es', 'ru', 'uk', 'id', 'ms', 'it', 'nl', 'pl', 'tr', 'cs', 'sk', 'ro', 'el', 'da', 'no', 'nb', 'nn', 'fi', 'vi', 'hr', 'sr', 'bs', 'sl', 'mk', 'bg']);
/** English-speaking regions that put the day first (the United States puts the month first; Canada writes both). */
const DAY_FIRST_ENGLISH = new Set(['gb', 'uk', 'au', 'nz', 'ie', 'in', 'za', 'sg', 'my', 'pk', 'ng', 'ke', 'gh', 'hk']);

/** The order a page's language tag settles ("en-US" month first; "en-GB", "de", "fr" day first); null for "en" alone and the rest. */
export function numericOrderOfLanguage(tag: string | null | undefined): NumericOrder | null {
  const [language, region] = (tag ?? '').toLowerCase().split(/[-_]/);
  if (language === 'en') return region === 'us' ? 'month-first' : region && DAY_FIRST_ENGLISH.has(region) ? 'day-first' : null;
  return DAY_FIRST_LANGUAGES.has(language) ? 'day-first' : null;
}

/**
 * Is the match at `index` a word of its own, or a capitalised month name run onto the word before it?
 * In a row set all in capitals ("GEARAPR 28, 2024 10:00 AM": a section's label, then the date) the
 * case tells no words apart, and a month name run onto a word in capitals starts there too. In a row
 * in mixed case, a month name written with its capital and then small letters starts a word of its
 * own after a word in capitals too ("Ann Lee, ESPNDec 22, 2023": an outlet's name, then the date).
 */
function fusedStart(text: string, index: number): boolean {
  const before = text[index - 1];
  if (!before || !/\p{L}/u.test(before)) return true;
  if (!/\p{Lu}/u.test(text[index])) return false;
  if (/\p{Ll}/u.test(before)) return true;
  return /\p{Lu}/u.test(before) && (!/\p{Ll}/u.test(text) || /\p{Ll}/u.test(text[index + 1] ?? ''));
}

/** Every full (day-precision) date written in `text`, in order of position. */
export function findFullDates(text: string): ParsedDate[] {
  return collectDates(text, PATTERNS);
}

/**
 * Like findFullDates, and also reads dates run into the fields around them (a stamp row's), and a
 * numeric date with two readings in the `order` its page settles.
 */
export function findFusedDates(text: string, order?: NumericOrder | null): ParsedDate[] {
  // Asked once for the three readings below (each needs a figure), not by each: the shown-text date
  // test asks every line of a page (stages/html-shown-date.ts).
  if (!holdsFigure(text)) return [];
  if (text.length > REMEMBERED_DATED_CHARS) return readFusedDates(text, order);
  // The text path's readers ask this of the same lines again and again (the comment dates, the sole
  // dated line, the field rows and the header's readers each walk the page's lines; a site's header
  // on every page): three times per distinct line and order on generator seeds. The answer depends on
  // the text and the order only; no order and a null one read alike (dayAndMonthInOneReading).
  // Each caller gets dates of its own: some reorder the list.
  const memo = order === 'day-first' ? dayFirstDates : order === 'month-first' ? monthFirstDates : unorderedDates;
  const known = memo.get(text) ?? memo.remember(text, readFusedDates(text, order).map(keptDate));
  return known.length === 0 ? [] : known.map((d) => ({ ...d }));
}

/** A date to remember: its words a string of their own, not a slice that keeps the page's text alive (bounded-memo.ts ownCopy). */
const keptDate = (d: ParsedDate): ParsedDate => ({ ...d, text: ownCopy(d.text) });

/** Answers of findFusedDates by text, one memory per order (a pure rule: lib/bounded-memo.ts). */
const dayFirstDates = new BoundedMemo<ParsedDate[]>();
const monthFirstDates = new BoundedMemo<ParsedDate[]>();
const unorderedDates = new BoundedMemo<ParsedDate[]>();
/**
 * The longest text whose dates are remembered: a header's line, a stamp row, a paragraph of a few
 * sentences (the page walks re-read the paragraphs of the page at hand). A longer text is read each time.
 */
const REMEMBERED_DATED_CHARS = 1000;

/** findFusedDates' reading without the memory, for the test that holds the one to the other (tests/ingest/text-speed-remembered-readers.test.ts). */
export const fusedDatesReadForTests = (text: string, order?: NumericOrder | null): ParsedDate[] => (holdsFigure(text) ? readFusedDates(text, order) : []);

/** findFusedDates' reading of a text that holds a figure. */
function readFusedDates(text: string, order?: NumericOrder | null): ParsedDate[] {
  const found = collectDates(text, PATTERNS);
  const taken = coverage(text.length);
  for (const f of found) taken.add(f);
  for (const d of collectDates(text, FUSED_PATTERNS, order)) {
    if (fusedStart(text, d.index) && !taken.overlaps(d.index, d.text.length)) {
      found.push(d);
      taken.add(d);
    }
  }
  // Most lines have no lower-case letter right before a digit: the patterns are not run on them.
  if (/\p{L}\p{Ll}\d/u.test(text)) {
    for (const d of collectDates(text, AFTER_A_NAME, order)) {
      if (!taken.overlaps(d.index, d.text.length)) {
        found.push(d);
        taken.add(d);
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function collectDates(text: string, patterns: typeof PATTERNS, order?: NumericOrder | null): ParsedDate[] {
  return datesWritten(text, patterns, (m, read) => {
    const [y, mo, d] = read(m, order);
    return y >= 1900 && y <= 2100 && mo ? isoDate(y, mo, d) : null;
  });
}

/**
 * Dates written in a date's shape that are no calendar day (February 30, 29 February 2021, 2021-04-31):
 * `date` is the day as written (YYYY-MM-DD, not valid). A page stamp like that is reported, not used.
 */
export function findInvalidDates(text: string): ParsedDate[] {
  // Asked of every header and footer line with no stamp (stages/segment.ts), where a page repeats its
  // article's paragraphs and a site its footer's lines: each distinct text is run through the patterns
  // once, as findFusedDates'. Each caller gets dates of its own.
  if (!holdsFigure(text)) return [];
  if (text.length > REMEMBERED_DATED_CHARS) return readInvalidDates(text);
  const known = invalidDates.get(text) ?? invalidDates.remember(text, readInvalidDates(text).map(keptDate));
  return known.length === 0 ? [] : known.map((d) => ({ ...d }));
}

/** Answers of findInvalidDates by text (a pure rule: lib/bounded-memo.ts). */
const invalidDates = new BoundedMemo<ParsedDate[]>();

/** findInvalidDates' reading without the memory, for the test that holds the one to the other (tests/ingest/text-speed-header-readers.test.ts). */
export const invalidDatesReadForTests = (text: string): ParsedDate[] => readInvalidDates(text);

function readInvalidDates(text: string): ParsedDate[] {
  return datesWritten(text, PATTERNS, (m, read) => {
    const [y, mo, d] = read(m);
    if (y < 1900 || y > 2100 || !(mo >= 1 && mo <= 12) || !(d >= 1 && d <= 31) || isoDate(y, mo, d)) return null;
    return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  });
}

/** Every date pattern, for the test that holds each to reading a figure (tests/ingest/dates-no-digit.test.ts). */
export const datePatternsForTests = (): readonly RegExp[] => [...PATTERNS, ...FUSED_PATTERNS, ...AFTER_A_NAME].map((p) => p.re);

/**
 * Each pattern's matches in `text` whose `day` is a date, in order of position; a match over the
 * characters of one found before it is passed over (the patterns' order says which reading wins).
 * One walk for the valid days and the invalid ones, so both read a page's dates alike.
 */
function datesWritten(text: string, patterns: typeof PATTERNS, day: (m: RegExpExecArray, read: (typeof PATTERNS)[number]['read']) => string | null): ParsedDate[] {
  const found: ParsedDate[] = [];
  const taken = coverage(text.length);
  // No pattern is run on a text without a figure (holdsFigure).
  if (!holdsFigure(text)) return found;
  // Read with ASCII digits, quoted as the page writes them.
  const digits = asciiDigits(text);
  for (const { re, read } of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(digits); m; m = re.exec(digits)) {
      const date = day(m, read);
      if (date && !taken.overlaps(m.index, m[0].length)) {
        const at: ParsedDate = { date, precision: 'day', text: text.slice(m.index, m.index + m[0].length), index: m.index };
        found.push(at);
        taken.add(at);
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Which characters of a text the dates read so far span, to tell whether a match overlaps one of
 * them. A mask rather than a search of the list: a line of 20,000 dates (a pasted calendar or log)
 * costs what its length does, not its square. Allocated with the first date, as most lines have none.
 */
function coverage(length: number): { overlaps(index: number, size: number): boolean; add(date: ParsedDate): void } {
  let mask: Uint8Array | undefined;
  return {
    overlaps(index, size) {
      if (!mask) return false;
      for (let i = index; i < index + size; i++) if (mask[i]) return true;
      return false;
    },
    add(date) {
      (mask ??= new Uint8Array(length)).fill(1, date.index, date.index + date.text.length);
    },
  };
}

/** "Month YYYY" (no day) → month precision. */
export function findMonthYears(text: string): ParsedDate[] {
  const re = new RegExp(`\\b(?:in|since|by|from|until|of|last|early|late|mid-?)\\s+${MONTH},?\\s+(\\d{4})\\b`, 'gi');
  const out: ParsedDate[] = [];
  for (const m of text.matchAll(re)) {
    const month = monthNumber(m[1]);
    const year = +m[2];
    if (month && year >= 1900 && year <= 2100) {
      const words = m[0].replace(/^\S+\s+/, '');
      out.push({ date: isoDate(year, month, 1)!, precision: 'month', text: words, index: m.index + m[0].length - words.length });
    }
  }
  return out;
}

export const MONTH_PATTERN = MONTH;

type ChronoParser = { parse: (text: string, ref: Date) => Chrono.ParsedResult[] };
/**
 * chrono-node's parsers for the languages it reads, by BCP-47 code. Each is its package's own locale
 * module (`chrono-node/pt`, the very module its main entry exports as `pt`), loaded with the first
 * page in that language: the main entry loads all sixteen locales, three times the CPU of one, and a
 * run meets a few languages at most.
 */
const CHRONO_LANGS = ['en', 'pt', 'es', 'fr', 'de', 'nl', 'ru', 'uk', 'ja', 'zh', 'sv', 'it', 'fi', 'id', 'vi'] as const;
const chronoLocales = new Map<string, () => ChronoParser>(CHRONO_LANGS.map((lang) => [lang, onFirstUse<ChronoParser>(`chrono-node/${lang}`)]));
export const chronoFor = (lang: string): ChronoParser | undefined => chronoLocales.get(lang)?.();
/** A fixed reference, so that nothing ever depends on the clock. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
// Italian, Indonesian, Vietnamese and Finnish say "ago", "yesterday", "today" so: "3 ore fa", "kemarin", "hôm qua", "eilen".
const RELATIVE = /\bago\b|yesterday|today|tomorrow|\bhá\b|\bhace\b|назад|вчера|сегодня|前|昨日|今日|昨天|今天|\bfa\b|\bieri\b|\boggi\b|\bkemarin\b|\bhari ini\b|\byang lalu\b|hôm qua|hôm nay|\btrước\b|\beilen\b|\btänään\b|\bsitten\b/i;

/** A year chrono's answer must write, and a month word (or 年/月) it must hold besides: see findStampDate. */
const CHRONO_YEAR = /(?:1[89]|20)\d{2}/;
const CHRONO_WORD = /\p{L}{3,}|[年月]/u;
/**
 * Can chrono's answer on `line` count at all? Its text is a part of the line, so the line holds its
 * year and its word; cutting " am " out of that text never makes a run of letters longer than the
 * line's own.
 */
export const mayHoldChronoDate = (line: string): boolean => CHRONO_YEAR.test(line) && CHRONO_WORD.test(line);

/** Nothing but spaces and separators between two dates: "July 13, 2024October 10, 2020", "June 5, 2018 · October 25, 2022". */
const RUN_TOGETHER = /^[\s|·•⋅,/–—-]*$/;

/**
 * Two dates run together with no label between are a stamp row's publication and update, in the
 * order its page puts them ("July 13, 2024October 10, 2020 by Ann Lee"): a page is not changed
 * before it comes out, so the earlier is the publication. The stamp spans both (the evidence shows
 * the two); a label between them says what each is (date-labels.ts), and the first is kept.
 */
function earlierOfRunTogether(line: string, first: ParsedDate, second: ParsedDate): ParsedDate {
  const end = first.index + first.text.length;
  if (second.date >= first.date || !RUN_TOGETHER.test(line.slice(end, second.index))) return first;
  return { date: second.date, precision: 'day', text: line.slice(first.index, second.index + second.text.length), index: first.index };
}

/**
 * The date of a stamp line as pages write it, in the page's language: the patterns above first,
 * then chrono-node for other languages' month names ("19 de novembro de 2019", "19 ноября 2019").
 * Only a date whose year, month and day are all written counts: a relative time ("13 hours ago")
 * or a date without a year never becomes a date. `order`: the order the page settles for its
 * numeric dates with two readings (unread without it).
 */
export function findStampDate(line: string, lang = 'en', order?: NumericOrder | null): ParsedDate | null {
  // A page that settles no order may still write its stamp's time zone, which does (zone-order.ts).
  const [own, next] = findFusedDates(line, order ?? (mayHoldYear(line) ? numericOrderOfZone(line) : null));
  if (own) return next ? earlierOfRunTogether(line, own, next) : own;
  // English month names are all read above; chrono is for the other languages' ones. Its answer
  // counts only with a year and a month word in its text, a part of the line: a line without both
  // is never given to chrono, whose locale loads and first parse cost more than the rest of a page's metadata.
  if (lang === 'en' || !mayHoldChronoDate(line)) return null;
  const parser = chronoFor(lang);
  if (!parser) return null;
  for (const r of parser.parse(line, REFERENCE)) {
    // A month written as a word: all-numeric forms chrono reads month first ("03/04/2021") are ambiguous.
    if (RELATIVE.test(r.text) || !CHRONO_YEAR.test(r.text) || !CHRONO_WORD.test(r.text.replace(/\b(?:am|pm|at|on)\b/gi, ''))) continue;
    const s = r.start;
    if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
    const date = isoDate(s.get('year')!, s.get('month')!, s.get('day')!);
    if (date) return { date, precision: 'day', text: r.text, index: r.index };
  }
  return null;
}
