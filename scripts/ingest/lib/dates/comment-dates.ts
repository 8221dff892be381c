/**
 * The earliest day a page's comments are dated. Nobody comments on a page before it is out: a comment
 * dated before the page's update line ("Last updated: March 11, 2019" over comments from July 2015)
 * proves the update is not the day the article came out, however alone it stands in the header.
 * A comment is a date on a line under a comment thread's heading or a commenter's line
 * (sole-date-line.ts underCommentCue), as the page shows it.
 */
import { findFusedDates, mayHoldYear, type NumericOrder } from './dates.ts';
import { underCommentCue } from './sole-date-line.ts';

/** The earliest full date (YYYY-MM-DD) on a line of `lines` under a comment cue; null when no comment is dated. */
export function earliestCommentDay(lines: string[], order?: NumericOrder | null): string | null {
  let earliest: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    // A line without a year is passed over at the cost of one search, before the cue is looked for.
    if (!mayHoldYear(lines[i])) continue;
    const dates = findFusedDates(lines[i], order);
    if (!dates.length || !underCommentCue(lines, i)) continue;
    for (const d of dates) if (earliest === null || d.date < earliest) earliest = d.date;
  }
  return earliest;
}
