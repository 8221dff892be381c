/**
 * A line that gives a page's two versions, its publication and then its update: "March 3, 2025.
 * Updated: March 9, 2025", "12 May 2024 | Last updated 2 June 2024". The update label says the line dates
 * the page itself, which a bare date far from the headline never says (it is as often an event's day, a
 * comment's, another story's), so such a line counts as the page's labelled stamp wherever it stands.
 * So too a date whose update follows it in brackets, the day left out as the same: "2025/1/14 21:17
 * （最終更新 1/14 21:17）", after a few words of the row (the outlet) and before a few more (a length).
 */
import { PUBLICATION_LABEL_ALONE, UPDATE_BETWEEN_DATES, UPDATE_IN_BRACKETS } from './date-labels.ts';
import { findFusedDates, type NumericOrder } from './dates.ts';

/** What may follow the update's date: its time and zone ("8:51pm UTC"), nothing else. */
const TIME_AFTER = /^[\s,]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?[\s.]*$/i;
/** The publication's time and zone between its date and the update's label ("… 2023 at 8:48 p.m. | UPDATED: …"), its spaces single; a zone is a word of its own, no label's first letters. */
const TIME_BEFORE_UPDATE = /^[ ,]*(?:at )?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4}(?![A-Za-z]))?/i;

/**
 * Does `line` open with a date that its update's label and date follow, and nothing more? The first
 * date may carry its publication label and its time, as the update does: "PUBLISHED: December 22, 2023
 * at 8:48 p.m. | UPDATED: December 23, 2023 at 10:54 a.m.".
 */
export function isVersionPair(line: string, order?: NumericOrder | null): boolean {
  const dates = findFusedDates(line, order);
  if (dates.length !== 2) return false;
  const [published, updated] = dates;
  const before = line.slice(0, published.index).trim();
  const between = line.slice(published.index + published.text.length, updated.index);
  return (
    (before === '' || PUBLICATION_LABEL_ALONE.test(before)) &&
    UPDATE_BETWEEN_DATES.test(between.replace(/\s+/g, ' ').replace(TIME_BEFORE_UPDATE, '')) &&
    // One space for every run: the pattern's optional parts share spaces, so a long run would cost its square.
    TIME_AFTER.test(line.slice(updated.index + updated.text.length).replace(/\s+/g, ' '))
  );
}

/**
 * How much a stamp row with its update in brackets may hold before its date (an outlet, a name) and after
 * the brackets (a length, a counter): words between spaces, and characters, as CJK writes no spaces.
 */
const [WORDS_BEFORE, WORDS_AFTER, CHARS_AROUND] = [3, 3, 24];

/** Does `line` give one date, its time and then its update in brackets ("2025/1/14 21:17（最終更新 1/14 21:17）"), among a few words of a stamp row? */
export function isDateWithUpdateInBrackets(line: string, order?: NumericOrder | null): boolean {
  const dates = findFusedDates(line, order);
  if (dates.length !== 1) return false;
  const [d] = dates;
  const bracket = UPDATE_IN_BRACKETS.exec(line.slice(d.index + d.text.length));
  if (!bracket) return false;
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  const before = line.slice(0, d.index);
  const after = line.slice(d.index + d.text.length + bracket[0].length);
  return words(before) <= WORDS_BEFORE && before.trim().length <= CHARS_AROUND && !/[.!?。]\s*$/.test(before) && words(after) <= WORDS_AFTER && after.trim().length <= CHARS_AROUND;
}
