/**
 * The order a page settles for its numeric dates with two readings ("12/11/23": 12 November or
 * December 11), from what it says besides its own numbers over 12 (dates.ts numericOrderShown):
 *
 * - the same day written another way elsewhere on it ("Nov 12, 2023" beside "12/11/23"): the one reading
 *   the page writes again is the one it means, when it does not write the other too; failing any such
 *   date, the month and day it writes with the month's name and no year ("today (Dec. 11)");
 * - a saved page's own address, which files the post by its year and month ("/2023/12/…" beside
 *   "12/11/23 4:23pm": December): the one reading in the address's month (and day, when it gives one);
 * - its language and region (the text's detected language, `<html lang>`, og:locale: en-US month first;
 *   en-GB, de, fr… day first).
 *
 * Only dates the readers read in an order count (findFusedDates): a score or a version ("3/4", "v3.4.24")
 * is no date in any order and settles nothing. A page none of these settle leaves such a date unread:
 * its day cannot be known, and is not guessed.
 */
import { findFusedDates, mayHoldYear, MONTH_NAMES, numericOrderOfLanguage, numericOrderShown, type NumericOrder } from './dates.ts';
import { monthNumber } from '../page-text/language/text.ts';
import { primarySubtag } from '../page-text/language/language-tag.ts';
import { englishSpelling } from '../page-text/language/english-spelling.ts';

/** What a saved page says of itself beside its text: its address, and its language tags as written. */
export interface PageHints {
  address?: string | null;
  langTags?: readonly (string | null | undefined)[];
}

/** A day and a month both 12 or under, unequal, then a year: the shape of a date with two readings, tested before its lines are read. */
const TWO_READING_SHAPE = /(?<!\d)(?:0?[1-9]|1[0-2])([/-])(?:0?[1-9]|1[0-2])\1\d{2}/;

/** A numeric date with two readings as the readers read it: the day of each order. */
interface TwoReadings {
  'day-first': string;
  'month-first': string;
}

/** The dates of `line` its readers read differently day first and month first. */
function twoReadingDates(line: string): TwoReadings[] {
  if (!TWO_READING_SHAPE.test(line)) return [];
  const monthFirst = findFusedDates(line, 'month-first');
  const out: TwoReadings[] = [];
  for (const d of findFusedDates(line, 'day-first')) {
    const m = monthFirst.find((x) => x.index === d.index && x.text === d.text);
    if (m && m.date !== d.date) out.push({ 'day-first': d.date, 'month-first': m.date });
  }
  return out;
}

/** The one order each two-reading date's `fits` picks (one reading fits, the other not), when all that pick agree; null when none picks or they disagree. */
function agreedOrder(dates: TwoReadings[], fits: (day: string) => boolean): NumericOrder | null {
  let order: NumericOrder | null = null;
  for (const d of dates) {
    const day = fits(d['day-first']);
    if (day === fits(d['month-first'])) continue;
    const picked: NumericOrder = day ? 'day-first' : 'month-first';
    if (order && order !== picked) return null;
    order = picked;
  }
  return order;
}

/**
 * The order the page's own other dates settle: the one reading it writes again in a form with one
 * reading; failing any such date, the one whose month and day it writes with the month's name and no
 * year ("By Ann Lee • 12/11/23 4:23pm" over "… launched today (Dec. 11)": December 11). The year is the
 * numeric date's own; only its order is read from the words.
 */
function orderOfWrittenTwin(lines: string[], dates: TwoReadings[]): NumericOrder | null {
  const written = new Set<string>();
  // Without an order, only dates with one reading are read.
  for (const line of lines) if (mayHoldYear(line)) for (const d of findFusedDates(line)) written.add(d.date);
  const settled = agreedOrder(dates, (day) => written.has(day));
  // A page that writes either reading again in full has said what it means, or that it means both: no guess from a month and day.
  if (settled || dates.some((d) => written.has(d['day-first']) || written.has(d['month-first']))) return settled;
  const monthDays = monthDaysWritten(lines);
  return monthDays.size ? agreedOrder(dates, (day) => monthDays.has(day.slice(5))) : null;
}

/** "Dec. 11", "December 11th", "11 December": an English month's name and a day with no year after them. */
const MONTH_THEN_DAY = new RegExp(`\\b(${MONTH_NAMES})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,]?\\s*\\d)`, 'g');
const DAY_THEN_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAMES})(?![\\p{L}.]|\\.?,?\\s*\\d)`, 'gu');

/** The month and day ("12-11") of every date the page writes with a month's name and no year. */
function monthDaysWritten(lines: string[]): Set<string> {
  const out = new Set<string>();
  const add = (month: string, day: string) => {
    const m = monthNumber(month);
    if (m && +day >= 1 && +day <= 31) out.add(`${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`);
  };
  for (const line of lines) {
    if (!/\d/.test(line)) continue;
    for (const m of line.matchAll(MONTH_THEN_DAY)) add(m[1], m[2]);
    for (const m of line.matchAll(DAY_THEN_MONTH)) add(m[2], m[1]);
  }
  return out;
}

/** A year and a month in an address, as a path files a post ("/2023/12/", "/2023/12/11/", "/20231211", "/2023/dec/11/"), the day when it is there. */
const ADDRESS_MONTH = /[/_-]((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])(?:[/_-]?(0[1-9]|[12]\d|3[01]))?(?=[/_.+-]|$)/;
const ADDRESS_MONTH_NAME = /\/((?:19|20)\d{2})\/([a-z]{3,9})\/(?:(0?[1-9]|[12]\d|3[01])(?=[/_.+-]|$))?/i;

/** The month ("2023-12") and maybe day ("2023-12-11") the page's address files it under; null without one. */
function addressDay(address: string): { month: string; day: string | null } | null {
  let path: string;
  try {
    path = new URL(address).pathname;
  } catch {
    return null;
  }
  const m = ADDRESS_MONTH.exec(path);
  const named = m ? null : ADDRESS_MONTH_NAME.exec(path);
  const month = m ? +m[2] : named ? monthNumber(named[2]) : 0;
  if (!month) return null;
  const [year, day] = m ? [m[1], m[3]] : [named![1], named![3]];
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  return { month: ym, day: day ? `${ym}-${day.padStart(2, '0')}` : null };
}

/** The order the page's address settles: the one reading in the month (and on the day) it files the page under. */
function orderOfAddress(address: string | null | undefined, dates: TwoReadings[]): NumericOrder | null {
  const filed = address ? addressDay(address) : null;
  if (!filed) return null;
  return agreedOrder(dates, (day) => (filed.day ? day === filed.day : day.startsWith(`${filed.month}-`)));
}

/**
 * The order `text`'s numeric dates with two readings are read in: the page's own unambiguous numeric
 * dates first (dates.ts numericOrderShown), then the same day written another way, the page's address,
 * and the first of its language tags that settles one. Null when nothing does.
 */
export function numericOrderOfPage(text: string, hints: PageHints = {}): NumericOrder | null {
  const shown = numericOrderShown(text);
  if (shown) return shown;
  // Only a page with a date of two readings asks its other dates, its address and its spelling.
  const twoReadings = TWO_READING_SHAPE.test(text);
  if (twoReadings) {
    const lines = text.split('\n');
    const dates = lines.flatMap(twoReadingDates);
    if (dates.length) {
      const settled = orderOfWrittenTwin(lines, dates) ?? orderOfAddress(hints.address, dates);
      if (settled) return settled;
    }
  }
  for (const tag of hints.langTags ?? []) {
    const order = numericOrderOfLanguage(tag);
    if (order) return order;
  }
  // English with no region: the one its writers spell (the United States' month first, the Commonwealth's day first).
  if (!twoReadings || !(hints.langTags ?? []).some((tag) => primarySubtag(tag) === 'en')) return null;
  const spelling = englishSpelling(text);
  return spelling === 'american' ? 'month-first' : spelling === 'british' ? 'day-first' : null;
}
