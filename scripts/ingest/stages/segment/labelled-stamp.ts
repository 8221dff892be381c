/**
 * labelled-stamp: a line that says what its date is ("Published: 11 Mar 2026", "Posted by Jane Roe
 * September 27, 2023", "· Updated on …" after a row's separator, "March 3, 2025. Updated: March 9, 2025"),
 * read anywhere on the page, far from the article's header or inside its text. Its date is kept apart as a
 * labelled stamp (header.labelledStamps), which metadata weighs with its label.
 */
import type { HeaderFacts } from '../../types.ts';
import { Report } from '../../report.ts';
import { countWords } from '../../lib/page-text/language/text.ts';
import { findStampDate, mayHoldYear } from '../../lib/dates/dates.ts';
import { PUBLICATION_OR_UPDATE_WORDS, STATES_WHAT_IT_DATES } from '../../lib/dates/date-labels.ts';
import { isDateWithUpdateInBrackets, isVersionPair } from '../../lib/dates/version-pair.ts';
import { BY_LABELS } from '../../lib/bylines/byline-labels.ts';

/** How long a line that opens with "Published: 11 Mar 2026", "Posted on April 13, 2023", "Updated March 11, 2026" may be to be that stamp. */
const LABELLED_STAMP_WORDS = 12;
/** How long a line of the page's two versions may be, each date with its label and time ("Published: … at 8:48 p.m. | Updated: … at 10:54 a.m."). */
const VERSION_PAIR_WORDS = 18;

/**
 * A labelled stamp line far from the article's header, or inside its text; its date is kept apart
 * (metadata weighs it). `anyLength`: a line of the article's own header (just above the headline, or a
 * row of fields under it) may go on past the stamp as long as it likes.
 */
export function readLabelledStamp(line: string, header: HeaderFacts, report: Report, anyLength = false): void {
  if (readLabelInRow(line, header, report)) return;
  // Counted one past the bound at most: every line far from the header is asked, most of them paragraphs.
  const words = anyLength ? 0 : countWords(line, VERSION_PAIR_WORDS + 1);
  if (words > LABELLED_STAMP_WORDS) {
    // "PUBLISHED: December 22, 2023 at 8:48 p.m. | UPDATED: December 23, 2023 at 10:54 a.m.": the page's
    // two versions with their times run longer than one stamp, and the pair's shape bounds the line.
    if (words <= VERSION_PAIR_WORDS) readVersionPair(line, header, report);
    return;
  }
  if (!STATES_WHAT_IT_DATES.test(line)) {
    readVersionPair(line, header, report);
    return;
  }
  const d = findStampDate(line, header.lang, header.numericOrder);
  // "Posted by Jane Roe September 27, 2023": the label, a byline, then the date.
  const before = line.slice(0, d?.index ?? 0);
  if (!d || countWords(before) > (BY_LABEL_INSIDE.test(before) ? 6 : 3)) return;
  (header.labelledStamps ??= []).push(line);
  report.add('segment', 'date-stamp-labelled', 'found', line);
}

/** A publication or update label after a row's separator, right before the date: "· Posted: ", "| Updated on ". */
const LABEL_AFTER_SEPARATOR = new RegExp(`[·|•]\\s*(?:${PUBLICATION_OR_UPDATE_WORDS})(?: on| at)?\\s*[:：]?\\s*$`, 'i');
/** How many words a row of fields may hold before its labelled date (names, an outlet) and after it (a time, the update's label and day). */
const ROW_WORDS_BEFORE_LABEL = 8;
const ROW_WORDS_AFTER_DATE = 10;

/**
 * "Ann Lee · Harbor Post · Posted: Aug 08, 2024 4:00 AM EDT | Last Updated: August 8": a row of the
 * header's fields, its label after a separator right before the date, wherever main-text put it (under a
 * standfirst of two paragraphs). Kept as a labelled stamp: the label says what the date is.
 */
function readLabelInRow(line: string, header: HeaderFacts, report: Report): boolean {
  if (!/[·|•]/.test(line) || !mayHoldYear(line)) return false;
  const d = findStampDate(line, header.lang, header.numericOrder);
  if (!d) return false;
  const before = line.slice(0, d.index);
  if (!LABEL_AFTER_SEPARATOR.test(before) || countWords(before) > ROW_WORDS_BEFORE_LABEL || countWords(line.slice(d.index + d.text.length)) > ROW_WORDS_AFTER_DATE) return false;
  (header.labelledStamps ??= []).push(line);
  report.add('segment', 'date-stamp-labelled-in-row', 'found', line, 'a row of the header fields, the date labelled after a separator');
  return true;
}

/**
 * "March 3, 2025. Updated: March 9, 2025": the update's label says the line dates the page's versions
 * (lib/dates/version-pair.ts), kept as a labelled stamp whose first day metadata reads. Whether it was.
 */
export function readVersionPair(line: string, header: HeaderFacts, report: Report): boolean {
  if (!mayHoldYear(line)) return false;
  // A date with its update in brackets bounds the words around it itself: countWords counts each CJK character as one.
  if (!(countWords(line) <= VERSION_PAIR_WORDS && isVersionPair(line, header.numericOrder)) && !isDateWithUpdateInBrackets(line, header.numericOrder)) return false;
  (header.labelledStamps ??= []).push(line);
  report.add('segment', 'date-stamp-versions', 'found', line, "a day and the page's update: the first is its publication");
  return true;
}

/** A byline's label inside a stamp line, in any language ("Posted by", "von", "oleh"; lib/bylines/byline-labels.ts). */
const BY_LABEL_INSIDE = new RegExp(`\\b(?:${BY_LABELS})\\b`, 'i');
