/**
 * "Reviews Strategy Harbor Tycoon" / "HARBOR TYCOON REVIEW" / "By Jane Roe published 3 May 2024": a
 * page's path (home, section, the story's subject) whose links the innerText runs together on one
 * line with spaces only, right over the headline. The path ends on the story's subject, which the
 * headline names too, and the lead uses those words as much as the headline's: the chooser may take
 * the path. The line a short line or two under it that writes the path's last steps again, and says
 * more, is the headline the path leads to.
 *
 * A path is told from a short headline over its deck by its steps: every word of it is a name's
 * (a capital or a figure first), and the steps before the subject are words the line under it does
 * not write. "Harbor strike ends" over "Harbor strike ends after talks" has words in lower case: no path.
 */

/** How many words a path run together has at most, and its subject (the steps the headline writes again) at least. */
const PATH_WORDS = 6;
const SUBJECT_WORDS = 2;
/** How many lines (a counter, a label) may stand between the path and its headline. */
const BETWEEN_LINES = 1;
/** How many words the headline has more than the subject, at least. */
const MORE_WORDS = 1;
/** Each word of a path's steps opens on a capital or a figure. */
const STEP_WORD = /^[\p{Lu}\p{N}]/u;
/** A sentence's end or a label's colon: no path ends so. */
const PATH_END = /[.。…!?！？:：;,]["'”’)\]]*$/u;

const wordsOf = (line: string) => line.trim().split(/\s+/).filter(Boolean);

/**
 * The headline under `chosen` when `chosen` is a path run together over it; else `chosen`.
 * `betweenLine(i)` says line `i` may stand between them (no paragraph, a few words at most);
 * `headedLine(i)` says line `i` has a headline's shape and the article's byline or date under it.
 */
export function headlineUnderItsPath(lines: readonly string[], chosen: number, betweenLine: (i: number) => boolean, headedLine: (i: number) => boolean): number {
  if (chosen < 0) return chosen;
  const path = wordsOf(lines[chosen]);
  if (path.length <= SUBJECT_WORDS || path.length > PATH_WORDS || PATH_END.test(lines[chosen].trim()) || !path.every((w) => STEP_WORD.test(w))) return chosen;
  for (let h = chosen + 1; h < lines.length && h <= chosen + 1 + BETWEEN_LINES; h++) {
    const subject = subjectWords(path, lines[h]);
    if (subject >= SUBJECT_WORDS && wordsOf(lines[h]).length >= subject + MORE_WORDS && headedLine(h)) return h;
    if (!betweenLine(h)) return chosen;
  }
  return chosen;
}

/**
 * How many of the path's last words `line` writes as a phrase of whole words (any case), when the
 * path has a step before them that the line does not write; else 0.
 */
function subjectWords(path: readonly string[], line: string): number {
  const text = ` ${wordsOf(line).join(' ').toLowerCase()} `;
  let n = 0;
  for (let k = 1; k < path.length; k++) {
    if (!text.includes(` ${path.slice(path.length - k).join(' ').toLowerCase()} `)) break;
    n = k;
  }
  if (n === 0) return 0;
  // The steps before the subject: one of them missing from the line makes the line more than a retelling.
  return path.slice(0, path.length - n).some((w) => !text.includes(` ${w.toLowerCase()} `)) ? n : 0;
}
