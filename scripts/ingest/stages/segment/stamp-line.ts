/**
 * stamp-line: a header line's date read as the article's stamp. The date alone or first on its line
 * ("2023-02-24 16:37:45", "Published: 14 March 2021", a title fused after it), after a few words of furniture,
 * or in a row of the header's fields ("By Jane Roe - Mar 27, 2024", "January 16, 2025 11 min read"); each
 * line's date searches made once (datesOf). Shared by the header's field reader, the page-wide stamp
 * searches and segment itself.
 */
import type { HeaderFacts } from '../../types.ts';
import { Report } from '../../report.ts';
import { countWords, endsLikeSentence } from '../../lib/page-text/language/text.ts';
import { findFusedDates, findInvalidDates, findStampDate, type NumericOrder, type ParsedDate } from '../../lib/dates/dates.ts';
import { LABEL_BEFORE_DATE, PUBLICATION_OR_UPDATE_WORDS } from '../../lib/dates/date-labels.ts';
import { setStampLabelAside } from '../../lib/dates/stamp-label.ts';
import { STAMP_ZONE } from '../../lib/dates/zone-order.ts';
import { withoutClosingClockTime } from '../../lib/dates/closing-clock-time.ts';
import { withoutCommentCallAtEnd } from '../../lib/dates/comment-call-after-stamp.ts';
import { dateInPhrase } from '../../lib/dates/date-in-phrase.ts';
import { datesAnAccount } from '../../lib/dates/activity-date.ts';
import { BY_LABELS, BYLINE } from '../../lib/bylines/byline-labels.ts';
import { withoutLeadingSeparator } from '../../lib/bylines/labelled-line.ts';
import { bareName, listOfFullNames, nameInStampRow } from '../../lib/bylines/name-lines.ts';

/** A clock time before a stamp's date, with its zone and a joining word ("3:45 p.m. ET", "at 10:15, on"): part of the stamp (readStamp). */
const LEADING_TIME = /^(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:\p{Lu}{2,4}\b)?\s*[,|/·-]?\s*(?:on\s+)?$/iu;

/**
 * A date stamp line: "2023-02-24 16:37:45", "Published: 14 March 2021", "October 27, 2020", also fused
 * with what follows it ("date 2020-10-31 Title…") or with a few words of page furniture before it
 * ("0 Comment(s)Print E-mail, October 27, 2020": the furniture is left for the clean stage).
 */
export function readStamp(dates: LineDates, invalidOnes = false): { stamp: string; rest: string } | null {
  const { label, body } = dates;
  const d = invalidOnes ? dates.invalid() : dates.stamp();
  if (!d) return null;
  // A time after the date goes with it: "14:05", "2:05 PM", and as Japanese and Chinese write it, "21時37分" / "21时37分".
  // Its zone too, after a space ("23:30 EST", "11:30 PM EST"): left over, "EST by Anna Berg" was no byline.
  const time = STAMP_TIME.exec(body.slice(d.index + d.text.length));
  const stampEnd = d.index + d.text.length + (time?.[0].length ?? 0);
  // "Published 3:45 p.m. ET Nov. 19, 2019": a time written before the date belongs to the stamp.
  const before = body.slice(0, d.index).trim().replace(LEADING_TIME, '');
  const after = body.slice(stampEnd).trim();
  const stamp = label + body.slice(d.index, stampEnd);
  // Date first, then the rest of the line (a fused title).
  if (d.index === 0 || (label && !before)) return { stamp: stamp.trim(), rest: after.replace(/^(?:[|·,/–—-]\s*)+/, '') };
  // A few words of furniture, then the date at the end of the line. A label right before the date
  // goes with it: it says whether the date is the publication or a change.
  // Not when the words run into the date as a phrase does ("Climate lab to open on March 20, 2024": the news's day; lib/dates/date-in-phrase.ts),
  // nor when they say it is a person's account's ("Last active December 20, 2025": lib/dates/activity-date.ts).
  if (!after && countWords(before) <= 5 && !endsLikeSentence(before) && !dateInPhrase(before) && !datesAnAccount(before)) {
    const dateLabel = LABEL_BEFORE_DATE.exec(before)?.[0] ?? '';
    // The stamp quotes the page: the label as written up to the date, run into it or not.
    const from = dateLabel ? body.lastIndexOf(dateLabel.trimEnd(), d.index) : d.index;
    return { stamp: (label + body.slice(from, stampEnd)).trim(), rest: before.slice(0, before.length - dateLabel.length).trim() };
  }
  return null;
}

/**
 * Does a stamp row name its writer? "By Ann Lee | …", "Ann Lee | Dec 22, 2023" (nameInStampRow), or a name
 * before the row's first comma, its role or outlet after it ("Ann Lee, CorrespondentDec 22, 2023, 10:15 PM",
 * "Ann Lee, HSNDec 22, 2023"), as news sites print the writer over the article.
 */
export function rowNamesItsWriter(line: string, order?: NumericOrder | null): boolean {
  if (BYLINE.test(withoutLeadingSeparator(line)) || nameInStampRow(line, order) !== null) return true;
  const comma = line.indexOf(',');
  return comma > 0 && bareName(line.slice(0, comma));
}

/** A time after a stamp's date, its zone after it (readStamp). */
const STAMP_TIME = new RegExp(`^[\\sT,/|·-]*\\d{1,2}(?::\\d{2}(?::\\d{2})?(?:\\s*(?:[AaPp]\\.?[Mm]\\.?|UTC|GMT|BJT|CST|[+-]\\d{2}:?\\d{2}))?(?: (?:${STAMP_ZONE})(?![\\p{L}\\p{N}-]))?|[時时]\\d{1,2}分)`, 'u');

/** A date line beside the headline that main-text took into the article's run: its date is the article's stamp. */
export function readStampBesideHeadline(line: string, header: HeaderFacts, report: Report, rule = 'date-stamp-under-headline'): void {
  const dates = datesOf(line, header.lang, header.numericOrder);
  // The date alone ("Apr 21, 2021"), or a row of the header's fields ("BY ANN LEEPUBLISHED: DEC 20, 2023").
  const stamp = readStamp(dates)?.stamp ?? readStampRow(dates);
  if (!stamp) return;
  header.stamps.push(stamp);
  report.add('segment', rule, 'found', line);
}


/** What a stamp row holds besides its date: a byline's words (its labels: BY_LABELS, as in segment/labelled-stamp.ts), a time, a reading time, a comment counter, separators. */
const ROW_FIELDS = new RegExp(
  `\\b(?:${BY_LABELS}|${PUBLICATION_OR_UPDATE_WORDS}|on|at|in|and)\\b|\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?|\\b\\d+\\s*(?:min(?:ute)?s?|hrs?|hours?)\\.?(?:\\s*read(?:ing)?(?:\\s*time)?)?\\b|\\b\\d+\\s*(?:comments?|replies|responses|views|shares)\\b|\\bno comments\\b|\\b(?:[ap]\\.?m\\.?|ET|PT|CT|GMT|UTC|EST|EDT|PST|PDT|BST|CET|IST)\\b|[|•⋅·/,–—-]`,
  'gi',
);
/**
 * How many words a stamp row may hold in all, a cheap bound before its fields are read; a byline row
 * more, for two writers with their roles before its labelled date and time ("By Ann Lee and Jo Park
 * Gazette Staff and Gazette Correspondent,Updated December 22, 2023, 3:31 p.m.": 17). What is left once
 * its fields are read is bounded below either way.
 */
const [ROW_WORDS, BYLINE_ROW_WORDS] = [16, 20];
/** How many words a stamp row may hold once its date and fields are read: an author's name or a category. */
const ROW_REST_WORDS = 5;
/** As many words as a byline's names may hold (the byline rule's own limit). */
const BYLINE_ROW_REST_WORDS = 8;

/**
 * "By Jane Roe - Mar 27, 2024", "January 16, 2025 11 min read", "December 13, 2025 in Smart Home",
 * "ByJane RoeMar 5, 2025 | 6 comments": the article's header as one row, its date among a byline, a
 * reading time, a comment counter or a category. Its date is the article's stamp; the row is
 * otherwise left as it is. A sentence, or a headline with a date after it, is no such row.
 */
export function readStampRow(dates: LineDates): string | null {
  // "Ann Lee December 22, 2023 Comment Now!": the comments' button closing the row is none of its fields, nor a sentence's end.
  const line = withoutCommentCallAtEnd(dates.line);
  // A byline row may close on its time's "p.m." ("By Ann Lee … December 22, 2023, 5:49 p.m."): no sentence's full stop.
  const byline = BYLINE.test(line);
  if (line.length > 140 || endsLikeSentence(byline ? withoutClosingClockTime(line) : line) || countWords(line) > (byline ? BYLINE_ROW_WORDS : ROW_WORDS)) return null;
  const d = dates.inLine();
  // "Last active December 20, 2025 13:58": a person's account's date, not the page's (lib/dates/activity-date.ts).
  if (!d || datesAnAccount(line.slice(0, d.index))) return null;
  // Every date of the row is a field of it: "Jane Roe | October 16, 2025October 16, 2025" (published, then updated).
  // The tags at its end are one field, a category's: counted as one word.
  const after = line.slice(d.index + d.text.length);
  const tags = tagsAtEnd(after);
  const fields = line.slice(0, d.index) + ' ' + (tags ? `${after.slice(0, after.length - tags.length)} tags` : after);
  const rest = findFusedDates(line).reduce((r, x) => r.replace(x.text, ' '), fields).replace(ROW_FIELDS, ' ');
  // A byline row may name several authors: "By Ann Lee , Li Wei , Jo Park on March 12, 2026 | Comments".
  // So may a row without the label that opens on the writers' full names, then their outlet, its date with
  // its clock time ("Ann Lee and Li Wei, Harbor Times - Dec 20, 2023 3:06 pm UTC"): the names and the time say it is the header's.
  const words = countWords(rest);
  if (words <= ROW_REST_WORDS) return dates.line;
  return words <= BYLINE_ROW_REST_WORDS && (byline || writersBeforeTimedDate(line, d, after)) ? dates.line : null;
}

/** A clock time right after a row's date ("Dec 20, 2023 3:06 pm UTC", "…, 10:15 PM"). */
const TIME_AFTER_DATE = /^[\s,]*(?:at\s+)?\d{1,2}:\d{2}(?!\d)/;

/**
 * "Ann Lee and Li Wei, Harbor Times - Dec 20, 2023 3:06 pm UTC": a row with no byline label whose words
 * before their first comma are two or more full names, and whose date carries its clock time.
 */
function writersBeforeTimedDate(line: string, d: ParsedDate, after: string): boolean {
  const comma = line.indexOf(',');
  return comma > 0 && comma < d.index && TIME_AFTER_DATE.test(after) && listOfFullNames(line.slice(0, comma));
}

/** How many tags make a list of them, and how many words one tag may hold ("Tree planting", "Field notes"). */
const [MIN_TAGS, TAG_WORDS] = [3, 3];

/**
 * The post's tags at the end of the words after a stamp row's date ("River towns, Tree planting, Field
 * notes", "•notes•rivers, trees, towns"): the last field (after a bar or a bullet, if any) when it is a
 * list of three or more short items set off by commas, none with a sentence's punctuation; else null.
 */
function tagsAtEnd(after: string): string | null {
  const last = after.split(/[|•·⋅]/).pop()!;
  const items = last.split(',');
  if (items.length < MIN_TAGS) return null;
  for (const item of items) {
    const words = item.trim();
    if (!words || /[.!?:;]/.test(words) || countWords(words) > TAG_WORDS) return null;
  }
  return last;
}

/**
 * What a header line says of a date, each search made once and remembered: a line is asked for its
 * stamp, then for a date that is no calendar day, then for a stamp row's date.
 */
interface LineDates {
  line: string;
  /** The stamp label the line opens with, colon and spaces included ('' when none). */
  label: string;
  /** The line after its label. */
  body: string;
  /** The first date after the label. */
  stamp(): ParsedDate | null;
  /** The first date after the label that is no calendar day ("February 30, 2021"). */
  invalid(): ParsedDate | null;
  /** The first date anywhere in the line, its label included. */
  inLine(): ParsedDate | null;
}

export function datesOf(line: string, lang: string, order?: NumericOrder | null): LineDates {
  // The label set aside as metadata.ts sets it aside (lib/dates/stamp-label.ts); dates here are read in
  // the body, their index the body's (readStamp cuts the body at them).
  const { label, body } = setStampLabelAside(line);
  let stamp: ParsedDate | null | undefined;
  let invalid: ParsedDate | null | undefined;
  let inLine: ParsedDate | null | undefined;
  const readStampDate = () => (stamp === undefined ? (stamp = findStampDate(body, lang, order)) : stamp);
  return {
    line,
    label,
    body,
    stamp: readStampDate,
    invalid: () => (invalid === undefined ? (invalid = findInvalidDates(body)[0] ?? null) : invalid),
    // Without a label the body is the line: its stamp's date is the one.
    inLine: () => (!label ? readStampDate() : inLine === undefined ? (inLine = findStampDate(line, lang, order)) : inLine),
  };
}
