/**
 * A list of dated records (an event list: "March 3, 2031" / the event's name / its place / a
 * paragraph on it, then the next) whose run (main-text.ts) found only its last stretch: a series held
 * in several towns repeats its paragraph word for word (site furniture to the classifier), an
 * organiser's "Join us …" reads as a call to action, and the dates and places weigh nothing, so the
 * records above a repeat were cut off. When the run itself opens on such records, the records of the
 * same shape right above it are the list's: the article starts at the first.
 *
 * What keeps other stories out: the run must open on records (an article opens on its prose, and a
 * box of dated teasers above it is left above it); each record holds a paragraph (a box of dated
 * headlines, an archive's menu of days has none); records are a few lines each, a date alone on its
 * line heading each one, and no comment wall is crossed; and the dates run forward, each record's
 * day the one above's or later, as an agenda's or a timeline's do (a box of other stories, an
 * archive, a blog's index run back from the newest). Used by detectMainText once the run's start
 * is known; the mirror of nothing below the run (a box of dated stories under an article stays out).
 */
import type { ClassedBlock } from '../../main-text.ts';

/** Lines from one record's date to the next: a date, a name, a paragraph at least; a place, a second paragraph at most a few more. */
const MIN_RECORD_LINES = 3;
const MAX_RECORD_LINES = 7;
/** Records the run must open on: fewer are a dated paragraph or two, no list. */
const RUN_RECORDS = 3;
/** A record's paragraph: a sentence of this many words at least (a name, a place, a "Read more" are fewer; a headline ends on no full stop)… */
const RECORD_SENTENCE_WORDS = 8;
/** …or this many words, however it ends (a blurb cut short without its ellipsis). */
const RECORD_PARAGRAPH_WORDS = 20;

/** A date alone on its line ("April 7, 2026"), heading a record. */
const isDate = (b: ClassedBlock) => b.features.dateLine;

/** A paragraph among lines from..to-1, whatever the classifier made of it (a repeat, a call to action). */
function paragraphBetween(blocks: ClassedBlock[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isDate(blocks[i]) && isParagraph(blocks[i].features)) return true;
  return false;
}

function isParagraph(f: ClassedBlock['features']): boolean {
  return f.words >= RECORD_PARAGRAPH_WORDS || (f.words >= RECORD_SENTENCE_WORDS && (f.sentenceEnd || f.truncated));
}

/** The day a date line names (an ISO date, 'YYYY-MM-DD' or shorter), or null when it names none (a time alone). */
export type DayOf = (i: number) => string | null;

/** Does the record dated at `later` come on or after the one at `earlier`? Both must name a day. */
function runsForward(dayOf: DayOf, earlier: number, later: number): boolean {
  const a = dayOf(earlier);
  const b = dayOf(later);
  return a !== null && b !== null && a <= b;
}

/** The nearest date line above `at`, a record's length away, its day not after `at`'s, or -1. */
function recordAbove(blocks: ClassedBlock[], walls: boolean[], dayOf: DayOf, at: number): number {
  for (let j = at - 1; j >= 0 && j >= at - MAX_RECORD_LINES && !walls[j]; j--) {
    if (!isDate(blocks[j])) continue;
    return at - j >= MIN_RECORD_LINES && paragraphBetween(blocks, j + 1, at) && runsForward(dayOf, j, at) ? j : -1;
  }
  return -1;
}

/** The nearest date line under `at`, a record's length away, at most `end`, its day not before `at`'s, or -1. */
function recordUnder(blocks: ClassedBlock[], walls: boolean[], dayOf: DayOf, at: number, end: number): number {
  for (let j = at + 1; j <= end && j <= at + MAX_RECORD_LINES && !walls[j]; j++) {
    if (!isDate(blocks[j])) continue;
    return j - at >= MIN_RECORD_LINES && paragraphBetween(blocks, at + 1, j) && runsForward(dayOf, at, j) ? j : -1;
  }
  return -1;
}

/**
 * The run (start..end) opens on dated records (its first date line at most a record's length under
 * its start, RUN_RECORDS records from there, each with its paragraph, their days running forward);
 * the records right above, one after another, each a record's length from the next with a paragraph
 * in it and a day no later than the next one's, are the list's too.
 * Returns the first record's date line, the article's new start, or start.
 */
export function datedRecordsAboveTheRun(blocks: ClassedBlock[], walls: boolean[], dayOf: DayOf, start: number, end: number): number {
  const first = firstRecordOfTheRun(blocks, walls, dayOf, start, end);
  if (first === -1) return start;
  // The records above, up to the first.
  let top = first;
  for (let above = recordAbove(blocks, walls, dayOf, top); above !== -1; above = recordAbove(blocks, walls, dayOf, top)) top = above;
  return top < start ? top : start;
}

/** The run's first record's date line, when the run opens on RUN_RECORDS dated records; else -1. */
function firstRecordOfTheRun(blocks: ClassedBlock[], walls: boolean[], dayOf: DayOf, start: number, end: number): number {
  let first = -1;
  for (let i = start; i <= end && i <= start + MAX_RECORD_LINES; i++) {
    if (isDate(blocks[i])) {
      first = i;
      break;
    }
  }
  if (first === -1) return -1;
  let at = first;
  for (let n = 1; n < RUN_RECORDS; n++) {
    at = recordUnder(blocks, walls, dayOf, at, end);
    if (at === -1) return -1;
  }
  return first;
}
