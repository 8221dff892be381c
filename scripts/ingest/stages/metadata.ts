/**
 * metadata: outlet, author, editor and the article's own date, each from what the page states.
 *
 * Date, most trusted first: an explicit stamp ("2023-02-24 16:37:45", "Published: 14 March 2021"),
 * then the dateline ("BEIJING, Oct. 30 (Xinhua) --"). When both exist and disagree, the dateline
 * wins: it is the day the reporter filed the news, while a page stamp is when the page was posted
 * (often the next day) — the stamp is kept as `published`. A dateline without a year takes the
 * year of the stamp; with neither, the date stays null here (the events stage may infer it from a
 * sibling report). Never today's date, never a guess.
 */
import { withoutDirectionalMarks } from '../lib/page-text/language/directional-marks.ts';
import type { ArticleRecord, DateFound, HeaderFacts, Paragraph } from '../types.ts';
import { Report } from '../report.ts';
import { findStampDate, MONTH_PATTERN, type NumericOrder, type ParsedDate } from '../lib/dates/dates.ts';
import { addDays, isoDate, monthNumber, WEEKDAYS } from '../lib/page-text/language/text.ts';
import type { PageMeta } from '../lib/html/metadata/html-meta.ts';
import { cleanAuthor, commaParts, isCredential } from '../lib/bylines/author.ts';
import { listOfFullNames } from '../lib/bylines/name-lines.ts';
import { NAME_JOINER } from '../lib/bylines/name-shape.ts';
import { AUTHORS_NAMED_BEFORE_COUNT, longAuthorList, MAX_LISTED_AUTHORS } from '../lib/bylines/author-list.ts';
import { datesAChange, PUBLICATION_LABEL } from '../lib/dates/date-labels.ts';
import { dateAfterStampLabel } from '../lib/dates/stamp-label.ts';
import { findOriginalPublication, findOriginalPublicationMonth } from '../lib/dates/originally-published.ts';
import { hostAsShown, outletName, preferNamed } from '../lib/page-text/headline/outlet-name.ts';
import { namesJoinedInLanguage } from '../lib/bylines/names-joined-in-language.ts';

export type Metadata = Pick<ArticleRecord, 'outlet' | 'author' | 'editor' | 'date' | 'published' | 'newsWeekdays' | 'dateModified'>;

interface Stamp {
  line: string;
  date: string;
  /** A saved page's metadata field or address, when the date comes from there. */
  source?: 'metadata' | 'url' | 'explicit' | 'page-text';
  /** The stamp dates a change to the page ("Updated: …", "Jane Roe | Last updated …"), not its publication. */
  update?: boolean;
}

const DATELINE = new RegExp(
  `^(\\p{Lu}[\\p{Lu} .'’-]{1,40}(?:,\\s*\\p{Lu}[\\p{L} .'’-]{1,30})?),?\\s+${MONTH_PATTERN}\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\s*(?:\\(([^)]{2,40})\\))?\\s*(?:--|[-–—])`,
  'u',
);
/** "BEIJING (Reuters) -": a dateline that names the agency but no date. */
const AGENCY_ONLY = /^\p{Lu}[\p{Lu} .'’-]{1,40}\s*\(([^)]{2,40})\)\s*(?:--|[-–—])/u;
/** A date in the agency's brackets ("WASHINGTON (January 24, 2017) –", "(24.01.2017)"): the dateline's day, no agency. */
const DATE_IN_BRACKETS = new RegExp(`(?:^${MONTH_PATTERN}\\.?\\s+\\d{1,2}\\b|^\\d{1,2}\\.?\\s+${MONTH_PATTERN}\\b|^\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}$|^\\d{4}-\\d{2}-\\d{2}$)`, 'iu');
const agencyIn = (bracketed: string | undefined): string | null => {
  const agency = bracketed?.trim();
  return agency && !DATE_IN_BRACKETS.test(agency) ? agency : null;
};
/** What may follow the date in the brackets: the hour it was filed ("Jan. 24, 2017, 10:30 a.m."). */
const CLOCK_AFTER = /^[\s,.]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?)?[\s,.]*$/iu;
/**
 * The brackets' whole content as one date with its year ("January 24, 2017", "3 de diciembre de 2024"),
 * its words read in the page's language: a range ("June 3-5, 2025"), a day without its year or a date
 * among other words is no dateline's day.
 */
function dateInBrackets(bracketed: string, lang: string, order: NumericOrder | null | undefined): ParsedDate | null {
  const inside = bracketed.trim();
  const found = findStampDate(inside, lang, order);
  return found && found.index === 0 && CLOCK_AFTER.test(inside.slice(found.text.length)) ? found : null;
}
const WEEKDAY = WEEKDAYS.map((d) => d[0].toUpperCase() + d.slice(1)).join('|');
const SPEECH_THEN_WEEKDAY = new RegExp(
  `\\b(?:said|says|told|announced|added|stated|noted|insisted|stressed|pledged|promised|urged|warned|declared|according to)\\b[^.;]{0,80}?\\b(?:on |last )?(${WEEKDAY})\\b`,
);

export function extractMetadata(header: HeaderFacts, paragraphs: Paragraph[], report: Report, page?: PageMeta): Metadata {
  const dateline = readDateline(paragraphs, report, header.lang, header.numericOrder);
  // A saved page's date field counts as its stamp, below a stamp written in the text: the dateline
  // still wins when the two disagree about the news day.
  const pageStamp: Stamp | null = page?.published ? { line: page.published.evidence, date: page.published.date, source: page.published.source, update: page.publishedIsUpdate } : null;
  // A stamp under the article comes last: there, a date is as often a comment's or another story's.
  const headerStamps = parseStamps(header.stamps, header.lang, header.numericOrder);
  const labelledStamps = parseStamps(header.labelledStamps ?? [], header.lang, header.numericOrder);
  const headerStamp = chooseStamp(headerStamps);
  const elsewhere = chooseStamp(labelledStamps) ?? chooseFooterStamp(header.footerStamps ?? [], header.lang, header.numericOrder);
  // A row of the post's fields under the article, or the page's only dated line: read when the page shows no other stamp.
  const lastResort = header.lastResortStamp ? (parseStamps([header.lastResortStamp], header.lang, header.numericOrder)[0] ?? null) : null;
  // An update stamp ("Updated: …") is when the page changed: a publication date anywhere on the page
  // wins over it, and the update is kept apart as dateModified. A page that shows no other date is
  // dated by its update, the line as evidence (the lead's decision: tests/ingest/dates-update-only.test.ts).
  const publication = [headerStamp, pageStamp, elsewhere, lastResort].find((s) => s && !s.update) ?? null;
  const update = [...headerStamps, ...labelledStamps, ...(pageStamp ? [pageStamp] : [])].find((s) => s.update) ?? null;
  // A page that shows only its update may say in its text when it first came out ("This article was
  // originally published on …"): that is its publication. Only then: a page that shows a date of its own
  // is dated by it (a page put out again by the day it shows), and on the metadata set's pages that show
  // no date at all, the day of record was another the page shows (one its date reader missed), not the
  // original's.
  const original = update && !publication ? originalPublication(paragraphs, report) : null;
  // Only an update: the date's source says so (`update`), for the site to show "updated" and the events stage to weigh it less.
  const shown = publication ?? original ?? update;
  // Comments dated before the update the page shows alone prove the article came out before it
  // (lib/dates/comment-dates.ts): the day it did is not on the page, so it stays undated, the update kept as dateModified.
  const commented = header.earliestCommentDay ?? page?.earliestCommentDay;
  const updateAfterComments = shown !== null && shown === update && commented !== undefined && commented < update.date;
  if (updateAfterComments) report.add('metadata', 'update-after-comments', 'found', update.line, `the page's comments are dated from ${commented}, before this update: not the day it came out, and the page shows no other: not dated`);
  // A page that says it first came out in a month before its update ("Originally published in March 2022.
  // Last updated on December 20, 2024."): the update is not the day it came out either, and only that day's month is on the page.
  const firstMonth = shown !== null && shown === update && !updateAfterComments ? originalMonthBefore(update, paragraphs) : null;
  if (firstMonth) report.add('metadata', 'update-after-original-month', 'found', update!.line, `the page says it first came out ${firstMonth.text}, before this update: not the day it came out, and the page shows no other: not dated`);
  const stamp = updateAfterComments || firstMonth ? null : shown;
  const outlet = chooseOutlet(header, dateline?.agency ?? null, report);
  // A saved page's author is read clean from its fields (lib/html/metadata/html-meta.ts); a text byline is cleaned here.
  // A text byline of more names than a byline shows ("By A, B, C, …", 10,000 of them) names the first few and counts the rest, as a page's fields do;
  // one of nine to twelve full names, too long for one name, names them all (lib/bylines/author-list.ts).
  const list = page || !header.bylines.length ? null : longAuthorList(header.bylines[0]);
  if (list?.counted) report.add('metadata', 'author-list', 'changed', list.byline, `the byline lists ${(list.counted + AUTHORS_NAMED_BEFORE_COUNT).toLocaleString('en')} authors, more than a byline names (${MAX_LISTED_AUTHORS}): ${list.counted.toLocaleString('en')} counted, not named`);
  const byline = page ? (header.bylines[0] ?? null) : (list?.byline ?? textAuthor(header.bylines[0]));
  // On a page not in English, the names listed with commas alone, not an English "and" (lib/bylines/names-joined-in-language.ts).
  // A byline that is the outlet's name stays: on a personal site the site's name is its writer's (the site, not the ingest, tells them apart: src/lib/text/outlet-author.ts).
  const author = namesJoinedInLanguage(byline, header.lang);
  const editor = header.editors[0] ?? null;
  const { date, published } = chooseDate(stamp, dateline, report);
  const meta: Metadata = { outlet, author, editor, date, published, newsWeekdays: newsWeekdays(paragraphs) };
  if (page?.modified) meta.dateModified = page.modified.date;
  else if (update && update.date !== date?.date) meta.dateModified = update.date;
  return meta;
}

/** "A, B and C", "A und B": names a joining word closes (lib/bylines/name-shape.ts has the words), and a comma then a word in capitals (an outlet: "LI WEI, XINHUA"). */
const JOINED_LIST = new RegExp(String.raw`^[^,|]+(?:,[^,|]+)*,?\s+${NAME_JOINER}\s+[^,|]+$`, 'u');
const OUTLET_IN_CAPITALS_IN_LIST = new RegExp(String.raw`,\s*(?:${NAME_JOINER}\s*)?\p{Lu}{2,}\b`, 'u');

/**
 * "Ang Xiao, PhD and Jo Park, MPH": a list of names in mixed case that a joining word closes, each
 * maybe with its credentials after a comma (lib/bylines/author.ts, isCredential); the credentials kept,
 * as the HTML path's fields keep them. Names in capitals are left to the outlet's rule ("LI WEI, XINHUA").
 */
const CREDENTIAL_THEN_NEXT_NAME = new RegExp(`^(\\S+)\\s+(${NAME_JOINER}\\s+.+)$`, 'u');
function namesWithCredentials(name: string): boolean {
  if (!/\p{Ll}/u.test(name) || name.includes('|')) return false;
  const parts = commaParts(name);
  if (parts.length < 2) return false;
  const withoutCredentials: string[] = [];
  let credentials = 0;
  for (const part of parts) {
    // "PhD and Jo Park": the credential, then the next name after the joining word.
    const m = CREDENTIAL_THEN_NEXT_NAME.exec(part);
    if (m && isCredential(m[1])) {
      credentials++;
      withoutCredentials.push(m[2]);
    } else if (isCredential(part)) credentials++;
    else withoutCredentials.push(part);
  }
  if (!credentials) return false;
  const names = withoutCredentials.join(', ');
  return JOINED_LIST.test(names) && !OUTLET_IN_CAPITALS_IN_LIST.test(names) && withoutCredentials.every((p) => /\p{Ll}/u.test(p));
}

/**
 * The name a text byline gives: what follows a comma or a bar is the outlet ("LI WEI, Xinhua"), unless
 * the commas list names ("A, B and C"). Credentials right after the name stay ("Logan Pryce, MS,
 * RD"): they are part of how the byline names the author, as the HTML path's fields keep them.
 */
function textAuthor(byline: string | undefined): string | null {
  const name = cleanAuthor(byline);
  if (!name) return null;
  // Each part after a comma is one run of [^,|] (it was written ",\s*[^,|]+", the same strings, but the
  // space after a comma could go to either side, and a failing match tried every split: exponential).
  if (JOINED_LIST.test(name) && !OUTLET_IN_CAPITALS_IN_LIST.test(name)) return name;
  // "Ang Xiao, PhD and Jo Park, MPH": each name with its credentials, the list a joining word closes.
  if (namesWithCredentials(name)) return name;
  // Three names or more with commas only ("A, B, C"): a list of authors; after one name, a comma may set off the outlet.
  if (name.split(',').length >= 3 && listOfFullNames(name)) return name;
  const [first, ...rest] = commaParts(name.split(/(?:(?<!\s)\s+)?\|\s*/)[0]);
  const credentials: string[] = [];
  for (const part of rest) {
    if (!isCredential(part)) break;
    credentials.push(part);
  }
  return [first.trim(), ...credentials].join(', ') || null;
}

interface Dateline {
  text: string;
  month: number;
  day: number;
  year: number | null;
  agency: string | null;
  /** How a missing year was filled in, for the evidence. */
  yearNote?: string;
  /** The day was written in the agency's brackets ("WASHINGTON (January 24, 2017) –"): it dates a page that shows no stamp. */
  inBrackets?: boolean;
}

function readDateline(paragraphs: Paragraph[], report: Report, lang: string, order: NumericOrder | null | undefined): Dateline | null {
  for (const p of paragraphs.slice(0, 3)) {
    // Read as its reader sees it: a right-to-left page's marks ("Oct.\u200F 30") are no part of the dateline.
    const text = withoutDirectionalMarks(p.text);
    const m = DATELINE.exec(text);
    if (m) {
      report.add('metadata', 'dateline', 'found', m[0].trim());
      return { text: m[0].trim(), month: monthNumber(m[2]), day: +m[3], year: m[4] ? +m[4] : null, agency: agencyIn(m[5]) };
    }
    const a = AGENCY_ONLY.exec(text);
    if (!a) continue;
    const day = dateInBrackets(a[1], lang, order);
    if (!day) return { text: a[0].trim(), month: 0, day: 0, year: null, agency: agencyIn(a[1]) };
    report.add('metadata', 'dateline', 'found', a[0].trim(), 'the day written in the dateline\'s brackets');
    const [year, month, date] = day.date.split('-').map(Number);
    return { text: a[0].trim(), month, day: date, year, agency: null, inBrackets: true };
  }
  return null;
}

/** The first paragraph that says when the article itself was originally published (lib/dates/originally-published.ts), as a stamp. */
function originalPublication(paragraphs: Paragraph[], report: Report): Stamp | null {
  for (const p of paragraphs) {
    const found = findOriginalPublication(p.text);
    if (!found) continue;
    report.add('metadata', 'originally-published', 'found', found.text, 'the article says when it was first published: dated by that day');
    return { line: found.text, date: found.date };
  }
  return null;
}

/** The month the page says it first came out in (lib/dates/originally-published.ts), in its update's own line or its text, when that month is before the update's. */
function originalMonthBefore(update: Stamp, paragraphs: Paragraph[]): ParsedDate | null {
  for (const text of [update.line, ...paragraphs.map((p) => p.text)]) {
    const found = findOriginalPublicationMonth(text);
    if (found) return found.date.slice(0, 7) < update.date.slice(0, 7) ? found : null;
  }
  return null;
}

function chooseStamp(parsed: Stamp[]): Stamp | null {
  // "Updated: …" is when the page changed, not when the news happened.
  return parsed.find((s) => !s.update) ?? parsed[0] ?? null;
}

function parseStamps(stamps: string[], lang: string, order?: NumericOrder | null): Stamp[] {
  const parsed: Stamp[] = [];
  for (const line of stamps) {
    // A label run into the date ("Publiziert6. November 2025") is set aside to read it (lib/dates/stamp-label.ts).
    const found = findStampDate(line, lang, order) ?? dateAfterStampLabel(line, lang, order);
    if (found) parsed.push({ line, date: found.date, update: datesAChange(line, found.index) });
  }
  return parsed;
}

/**
 * Under the article, dates come in lists: other stories', comments' (a date alone there is as often
 * a comment's as the article's). A stamp there dates the article only when it says it is the
 * publication date.
 */
function chooseFooterStamp(stamps: string[], lang: string, order?: NumericOrder | null): Stamp | null {
  return chooseStamp(parseStamps(stamps.filter((s) => PUBLICATION_LABEL.test(s)), lang, order));
}

function chooseDate(
  stamp: Stamp | null,
  dateline: Dateline | null,
  report: Report,
): { date: DateFound | null; published: string | null } {
  let fromDateline: string | null = null;
  // A day in the dateline's brackets is read from one line's shape (an event's date is written so too): a stamp, the page's own word, comes first.
  if (dateline?.inBrackets && stamp) report.add('metadata', 'dateline-bracket-date-after-stamp', 'found', dateline.text, `the page's stamp "${stamp.line}" dates it, not the day in the dateline's brackets`);
  else if (dateline?.month) {
    let year = dateline.year;
    let yearNote = '';
    if (year === null && stamp) {
      // The dateline's day falls on or shortly before the page stamp: take the stamp's year,
      // or the year before when the dateline is late December and the stamp early January.
      year = +stamp.date.slice(0, 4);
      const candidate = isoDate(year, dateline.month, dateline.day);
      if (candidate && candidate > addDays(stamp.date, 1)) year -= 1;
      yearNote = ` (year from the page stamp "${stamp.line}")`;
    }
    fromDateline = year ? isoDate(year, dateline.month, dateline.day) : null;
    if (fromDateline && yearNote) report.add('metadata', 'dateline-year-from-stamp', 'inferred', dateline.text, `year ${year}`);
    if (fromDateline) dateline.yearNote = yearNote;
    else if (year) report.add('metadata', 'invalid-date', 'found', dateline.text, `${dateline.month}/${dateline.day} of ${year} is not a calendar date: not dated by the dateline`);
    else report.add('metadata', 'dateline-without-year', 'found', dateline.text, 'no year on the page: not dated by the dateline');
  }
  // An update is no publication: a dateline dates the news, and the update is kept apart (dateModified), never as `published`.
  if (stamp?.update && fromDateline) return { date: { date: fromDateline, precision: 'day', source: 'dateline', evidence: dateline!.text + (dateline!.yearNote ?? '') }, published: null };
  if (stamp?.update) {
    report.add('metadata', 'update-stamp-only', 'inferred', stamp.line, 'the page shows no other date than its update: dated by it, as an update');
    return { date: { date: stamp.date, precision: 'day', source: 'update', evidence: stamp.line }, published: null };
  }
  if (stamp && fromDateline && stamp.date !== fromDateline) {
    report.add('metadata', 'stamp-dateline-conflict', 'inferred', stamp.line, `dateline says ${fromDateline}, stamp ${stamp.date}: dated by the dateline, stamp kept as published`);
    return { date: { date: fromDateline, precision: 'day', source: 'dateline', evidence: dateline!.text + (dateline!.yearNote ?? '') }, published: stamp.date };
  }
  if (stamp) {
    const evidence = fromDateline ? `${stamp.line}; the dateline "${dateline!.text}" agrees` : stamp.line;
    return { date: { date: stamp.date, precision: 'day', source: stamp.source ?? 'explicit', evidence }, published: null };
  }
  if (fromDateline) return { date: { date: fromDateline, precision: 'day', source: 'dateline', evidence: dateline!.text + (dateline!.yearNote ?? '') }, published: null };
  report.add('metadata', 'no-date', 'found', undefined, 'no stamp or dated dateline on the page');
  return { date: null, published: null };
}

/**
 * An outlet is a name: the longest real ones ("Radio and Television of the Autonomous Province of …")
 * stay far within these, a field of 200 words (an og:site_name holding a page's text) was published
 * whole as the article's outlet. One past either is none, reported.
 */
const MAX_OUTLET_CHARS = 100;
const MAX_OUTLET_WORDS = 12;

function isOutletSized(outlet: string, rule: string, report: Report): boolean {
  const words = outlet.split(/\s+/).filter(Boolean).length;
  if (outlet.length <= MAX_OUTLET_CHARS && words <= MAX_OUTLET_WORDS) return true;
  report.add('metadata', 'outlet-not-a-name', 'removed', outlet.slice(0, MAX_OUTLET_CHARS), `${rule}: ${outlet.length.toLocaleString('en')} characters, ${words.toLocaleString('en')} words: no outlet's name (over ${MAX_OUTLET_CHARS} characters or ${MAX_OUTLET_WORDS} words)`);
  return false;
}

/** Outlet, in order of trust: "Source:" line, the page title's site suffix, a print-edition note, the dateline's agency, a copyright line. */
function chooseOutlet(header: HeaderFacts, agency: string | null, report: Report): string | null {
  const hint = (rule: string) => header.outletHints.find((h) => h.rule === rule)?.outlet;
  const choices: [string | null | undefined, string][] = [
    [hint('page-metadata'), 'page-metadata'],
    [header.sources[0], 'source-line'],
    [hint('title-suffix'), 'title-suffix'],
    [hint('print-edition'), 'print-edition'],
    [agency, 'dateline-agency'],
    [hint('copyright'), 'copyright'],
  ];
  // A bare host name ("sample.com") only when no other source gives a name.
  const named = choices.flatMap(([given, rule]) => {
    const outlet = given ? outletName(given) : null;
    return outlet && isOutletSized(outlet, rule, report) ? [{ outlet, rule }] : [];
  });
  const chosen = preferNamed(named, (c) => c.outlet);
  if (chosen) {
    // A host chosen for want of a name is shown as a host, its scheme and "www." off (outlet-name.ts).
    const { rule } = chosen;
    const outlet = hostAsShown(chosen.outlet);
    report.add('metadata', `outlet-from-${rule}`, 'inferred', outlet);
    return outlet.replace(/^the\s+/i, (m) => (outlet.split(/\s+/).length > 2 ? '' : m)).trim();
  }
  report.add('metadata', 'no-outlet', 'found', undefined, 'the page does not name its outlet');
  return null;
}

/** The weekday the article gives for its news: "Wang said on Friday", "according to the ministry on Friday". */
function newsWeekdays(paragraphs: Paragraph[]): string[] {
  for (const p of paragraphs.slice(0, 3)) {
    for (const s of p.sentences) {
      const m = SPEECH_THEN_WEEKDAY.exec(s);
      if (m) return [m[1].toLowerCase()];
    }
  }
  return [];
}
