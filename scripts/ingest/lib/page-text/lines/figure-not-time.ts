/**
 * "Average GPA: 3.69", "Market share: 12.89%", "4.96 / 5.0": block-features reads a short line with a
 * time in it as a date line, and "3.69" reads like "14.30". Such lines are an article's facts (a
 * ranking's figures, a price list's rates, a review's scores), and as date lines they left the run as
 * stamps. A time written with a point is a figure when a per cent sign or a score's "/ 5" follows it,
 * or when it alone follows a label that is no stamp's (the stamp's label, "Updated:", is taken off
 * before this is asked). A time with a colon, with am/pm or a word after it ("14.30 Uhr"), is still a
 * time. A price ("USD 99.97", "$29.99") is left as it was read: in a shop's cards it is furniture as
 * often as it is an article's (minutes past 59 freed them, and held-out precision fell).
 */

/** A time with a colon, or with am/pm: a clock's, whatever stands around it. */
const CLOCK_TIME = /\b\d{1,2}:\d{2}\b|\b\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b/i;
/** A time written with a point. */
const POINT_TIME = /(?<![\d.,])\d{1,2}\.\d{2}(?![\d.,])/g;
/** What follows a share or a score: "12.89%", "4.96 / 5.0". */
const SHARE_OR_SCORE_AFTER = /^\s*(?:%|‰|\/\s*\d)/;

/** Are all the times in `rest` (a short line, its stamp label taken off) figures written with a point? */
export function figuresNotTimes(rest: string): boolean {
  if (CLOCK_TIME.test(rest)) return false;
  let found = false;
  for (const m of rest.matchAll(POINT_TIME)) {
    found = true;
    const before = rest.slice(0, m.index).trimEnd();
    const after = rest.slice(m.index + m[0].length);
    const labelled = before.endsWith(':') && /\p{L}/u.test(before) && !after.trim();
    if (SHARE_OR_SCORE_AFTER.test(after) || labelled) continue;
    return false;
  }
  return found;
}
