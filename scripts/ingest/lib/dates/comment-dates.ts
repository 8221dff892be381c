/**
 * The earliest day a page's comments are dated. Nobody comments on a page before it is out: a comment
 * dated before the page's update line ("Last updated: March 11, 2019" over comments from July 2015)
 * proves the update is not the day the article came out, however alone it stands in the header.
 * A comment is a date on a line under a comment thread's heading or a commenter's line
 * (sole-date-line.ts underCommentCue), as the page shows it.
 */
import { findFusedDates, mayHoldYear, type NumericOrder } from './dates.ts';
import { COMMENT_REACH, isCommentCue } from './sole-date-line.ts';

/** The earliest full date (YYYY-MM-DD) on a line of `lines` under a comment cue; null when no comment is dated. */
export function earliestCommentDay(lines: string[], order?: NumericOrder | null): string | null {
  let earliest: string | null = null;
  // Whether a line is a comment cue, read once, and only of the lines a line with a year looks up to:
  // asked for each such line before its dates, it passed over most pages' lines with a year (no
  // comment thread over them) at the cost of reading their dates (findFusedDates, ~80 % of this reader).
  const cues: (boolean | undefined)[] = [];
  const underCue = (i: number) => {
    for (let j = Math.max(0, i - COMMENT_REACH); j < i; j++) if ((cues[j] ??= isCommentCue(lines[j]))) return true;
    return false;
  };
  for (let i = 0; i < lines.length; i++) {
    // A line without a year is passed over at the cost of one search, before the cue is looked for.
    if (!mayHoldYear(lines[i]) || !underCue(i)) continue;
    const dates = findFusedDates(lines[i], order);
    for (const d of dates) if (earliest === null || d.date < earliest) earliest = d.date;
  }
  return earliest;
}

/** The form before the cue was asked first (session 42): tests hold earliestCommentDay to it. */
export function earliestCommentDayDatesFirst(lines: string[], order?: NumericOrder | null): string | null {
  let earliest: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (!mayHoldYear(lines[i])) continue;
    const dates = findFusedDates(lines[i], order);
    if (!dates.length || !underCueDatesFirst(lines, i)) continue;
    for (const d of dates) if (earliest === null || d.date < earliest) earliest = d.date;
  }
  return earliest;
}
function underCueDatesFirst(lines: string[], i: number): boolean {
  for (let j = Math.max(0, i - COMMENT_REACH); j < i; j++) if (isCommentCue(lines[j])) return true;
  return false;
}
