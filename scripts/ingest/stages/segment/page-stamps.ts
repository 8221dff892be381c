/**
 * page-stamps: where the article's header gave no stamp, the searches segment makes across the whole page
 * for one, in this order: a labelled byline with its date, the page's only such pair (readBylineWithDate);
 * the first row of a post's fields run together under the article's start (readFieldRow); the page's only
 * dated line, in a stamp's shape (readSoleDateLine). The last two may also name the author.
 */
import type { HeaderFacts } from '../../types.ts';
import { Report } from '../../report.ts';
import { countWords, endsLikeSentence } from '../../lib/page-text/language/text.ts';
import { mayHoldYear, type NumericOrder, type ParsedDate } from '../../lib/dates/dates.ts';
import { datesAChange } from '../../lib/dates/date-labels.ts';
import { commentCountRowDate, dateWithItsTime, fieldRowDate, RANGE_BEFORE, soleDatedLine, underCommentCue } from '../../lib/dates/sole-date-line.ts';
import { datesOf, readStamp, readStampRow } from './stamp-line.ts';
import { cleanAuthor, withoutClosingAbbreviation } from '../../lib/bylines/author.ts';
import { BYLINE } from '../../lib/bylines/byline-labels.ts';
import { withoutLeadingSeparator } from '../../lib/bylines/labelled-line.ts';
import { nameShaped } from '../../lib/bylines/name-shape.ts';
import { nameInFieldRow, wordsBeforeItsStamp } from '../../lib/bylines/name-lines.ts';

/**
 * "By Ann Lee" / "Mar 4, 2025", "by Ann Lee October 20, 2025", "By Ann Lee · Editor · Updated November 18,
 * 2025": a labelled byline with its date, on its line or right under it, anywhere on a page whose header
 * gave no stamp (the page's menus or teasers moved the article's run, so the pair stands far above it
 * or deep inside it). One such pair on the page is the article's; two or more are a list of stories,
 * and none is read. Kept as a labelled stamp: metadata reads an update as one ("Updated …").
 */
export function readBylineWithDate(lines: string[], header: HeaderFacts, report: Report): boolean {
  let found = -1;
  let stamp: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const pair = bylineWithDate(lines, i, header);
    if (!pair) continue;
    if (found !== -1) return false;
    [found, stamp] = [i, pair];
  }
  if (found === -1 || !stamp || underCommentCue(lines, found)) return false;
  (header.labelledStamps ??= []).push(stamp);
  report.add('segment', 'date-beside-byline', 'found', stamp, "a labelled byline with its date, the page's only one: the article's stamp");
  return true;
}

/** The stamp a byline on line `i` gives with its date (on its line, or the line under it), or null. */
function bylineWithDate(lines: string[], i: number, header: HeaderFacts): string | null {
  const line = lines[i];
  const next = lines[i + 1] ?? '';
  // A byline without a year (in any script's digits) on its line or the next dates nothing, at the cost of one search.
  if (!mayHoldYear(line) && !mayHoldYear(next)) return null;
  const m = BYLINE.exec(withoutLeadingSeparator(line));
  // "By March 4, 2025 the first …": a sentence, no byline.
  if (!m || endsLikeSentence(withoutClosingAbbreviation(line))) return null;
  const own = datesOf(line, header.lang, header.numericOrder);
  const at = own.inLine();
  // The date on the byline's line: the line up to the end of the date's field ("… | Fact-checked by
  // Li Wei" is another field) must be a stamp row (a name, a role, a time beside the date).
  if (at) {
    const fieldEnd = line.slice(at.index).search(/\s[|·•]\s/);
    const row = fieldEnd === -1 ? own : datesOf(line.slice(0, at.index + fieldEnd), header.lang, header.numericOrder);
    return wordsBeforeItsStamp(m[1], header.numericOrder) <= 8 && readStampRow(row) ? line : null;
  }
  if (countWords(m[1]) > 8 || !nameShaped(cleanAuthor(m[1]) ?? '')) return null;
  const dates = datesOf(next, header.lang, header.numericOrder);
  const stamp = readStamp(dates)?.stamp ?? readStampRow(dates);
  const d = dates.inLine();
  // The last day of a range ("23-26 March 2026") is an event's.
  if (!stamp || !d || RANGE_BEFORE.test(next.slice(0, d.index))) return null;
  return `${line.trim()} ${stamp}`;
}

/**
 * "Field Notes, GuidesAnn LeeApril 10, 20175 Guides4 Comments" under the article (or at the end of its run):
 * the first row of a post's fields run together from the article's start on is the article's own; the
 * neighbouring posts' rows come after it ("Previous" / "Next"). Kept as the stamp (metadata weighs it
 * last), unless it dates a change or a comment.
 */
export function readFieldRow(lines: string[], bodyStart: number, header: HeaderFacts, report: Report): boolean {
  const counterRow = onlyCommentCountRow(lines, bodyStart, header.numericOrder);
  for (let i = Math.max(0, bodyStart); i < lines.length; i++) {
    const d = fieldRowDate(lines[i], header.numericOrder) ?? (i === counterRow?.at ? counterRow.date : null);
    if (!d) continue;
    if (datesAChange(lines[i], d.index) || underCommentCue(lines, i)) return false;
    const listed = rowsInRun(lines, i, header.numericOrder);
    if (listed > ARTICLE_AND_NEIGHBOURS_ROWS) {
      report.add('segment', 'date-field-row-list', 'found', lines[i], `${listed} rows of a post's fields close together: a list of other stories (more than the article's own with its previous and next post), none is the article's: not dated by it`);
      return false;
    }
    header.lastResortStamp = lines[i];
    report.add('segment', 'date-field-row', 'found', lines[i], "the first row of a post's fields run together under the article's start: the article's own");
    // The same row names the author between its categories and its date, when nothing else did.
    const name = header.bylines.length ? null : nameInFieldRow(lines[i], d.index);
    if (name) {
      header.bylines.push(name);
      report.add('segment', 'byline-in-field-row', 'found', lines[i], "the author's name in the article's row of fields, before its date");
    }
    return true;
  }
  return false;
}

/** The article's own row, then its previous and next posts' ("Previous" / "Next"): more rows than that is a list. */
const ARTICLE_AND_NEIGHBOURS_ROWS = 3;
/** How far apart, in lines, a list's rows stand: a teaser's title and its row, a few lines of furniture. */
const LIST_ROW_GAP = 6;

/**
 * How many rows of a post's fields stand in a run from line `first` on, each within LIST_ROW_GAP lines of
 * the one before: a "Latest" list under the article shows a title and a row for each story, close
 * together, where the article's own row stands apart from its neighbours' or with two of them.
 */
function rowsInRun(lines: string[], first: number, order?: NumericOrder | null): number {
  let rows = 1;
  let last = first;
  for (let i = first + 1; i < lines.length && i - last <= LIST_ROW_GAP; i++) {
    if (!fieldRowDate(lines[i], order)) continue;
    rows++;
    last = i;
  }
  return rows;
}

/**
 * The one row of a post's date and comment counter ("March 9, 2026 · 12 Comments") from the article's
 * start on, and its date; null when there is none, or more than one: a list of posts shows a row for
 * each, and none is the article's.
 */
function onlyCommentCountRow(lines: string[], from: number, order?: NumericOrder | null): { at: number; date: ParsedDate } | null {
  let found: { at: number; date: ParsedDate } | null = null;
  for (let i = Math.max(0, from); i < lines.length; i++) {
    const date = commentCountRowDate(lines[i], order);
    if (!date) continue;
    if (found) return null;
    found = { at: i, date };
  }
  return found;
}

/**
 * The only line of the whole page that holds a date, kept as its stamp (metadata weighs it last) when
 * the line has a stamp's shape: the date alone, with a few words of furniture, or in a row of a byline's
 * fields ("August 12, 2025 By The Team"), under the article or under its headline. Not the headline's
 * date, not one inside the article's text (unless the date stands with its time alone, as no sentence writes it), not a commenter's, not an update (kept apart from the
 * publication), not the last day of a range (an event's).
 */
export function readSoleDateLine(lines: string[], headline: number, bodyStart: number, bodyEnd: number, header: HeaderFacts, report: Report): void {
  const i = soleDatedLine(lines, header.lang, header.numericOrder);
  // Inside the article's text a date line is the text's own (an event's day); above its headline,
  // past the stamp rules' reach, it is another story's (a list's, a ticker's).
  // A date written with its time and nothing else is a stamp's, not the text's, even there.
  if (i === -1 || (i >= bodyStart && i <= bodyEnd && !dateWithItsTime(lines, i, header.lang, header.numericOrder)) || (headline !== -1 && i <= headline) || underCommentCue(lines, i)) return;
  const dates = datesOf(lines[i], header.lang, header.numericOrder);
  const read = readStamp(dates);
  const stamp = read?.stamp ?? readStampRow(dates);
  const d = dates.inLine();
  if (!stamp || !d || datesAChange(lines[i], d.index) || RANGE_BEFORE.test(lines[i].slice(0, d.index))) return;
  header.lastResortStamp = stamp;
  report.add('segment', 'date-sole-line', 'found', lines[i], "the only line of the page that holds a date, in a stamp's shape");
  // "August 12, 2025 By The Team": the row that dates the page names its author, when nothing else did.
  const byline = header.bylines.length || !read ? null : BYLINE.exec(read.rest);
  const name = byline && !endsLikeSentence(read!.rest) && countWords(byline[1]) <= 8 ? byline[1].trim() : null;
  const cleaned = name ? cleanAuthor(name) : null;
  if (name && cleaned && nameShaped(cleaned)) {
    header.bylines.push(name);
    report.add('segment', 'byline-on-sole-date-line', 'found', lines[i], "a labelled byline on the row that dates the page");
  }
}
