/**
 * "By Ann Lee, Staff Writer, Updated December 22, 2023, 5:49 p.m.": a stamp row that ends on its clock
 * time, "a.m." or "p.m." written with full stops. That last full stop closes an abbreviation, not a
 * sentence, so a byline row is not taken for prose by it (stages/segment.ts).
 */

/** A clock time closing the line, its "a.m." / "p.m." with full stops ("5:49 p.m.", "10.15 a. m."). */
const CLOSING_CLOCK_TIME = /\d{1,2}[:.]\d{2}\s*[ap]\.\s?m\.$/i;

/** The line without a clock time that closes it with "a.m." / "p.m."; the line itself when none does. */
export function withoutClosingClockTime(line: string): string {
  const t = line.trimEnd();
  // Most lines do not end on "m.": the pattern is tried on those only.
  if (t.length < 8 || t.charCodeAt(t.length - 1) !== 46 || (t[t.length - 2] !== 'm' && t[t.length - 2] !== 'M')) return line;
  return t.replace(CLOSING_CLOCK_TIME, '');
}
