/**
 * "Average GPA: 3.69", "Market share: 12.89%", "4.96 / 5.0": block-features reads a short line with a
 * time in it as a date line, and "3.69" reads like "14.30" (how Nordic and German pages write a
 * time). Such lines are an article's facts (a ranking's figures, a rate, a review's score), and as
 * date lines they left the run as stamps.
 *
 * The HTML path calls any figure with a point and no mark of a time a figure
 * (lib/html/furniture/figure-not-time.ts). On the text path that frees the prices of a shop's cards
 * ("USD 99.97") as often as an article's, and held-out precision fell (meta text P .9157 -> .9148), so
 * here the figure must also say by its shape that it is one: a per cent sign or a score's "/ 5" after
 * it, or a label before it that is no stamp's ("Average GPA:"; the stamp's label, "Updated:", is taken
 * off before this is asked) with nothing after it.
 */
import { isFigureNotTime } from '../../html/furniture/figure-not-time.ts';

/** A figure written with a point, as a time would be. */
const POINT_FIGURE = /(?<![\d.,])\d{1,2}\.\d{2}(?![\d.,])/g;
/** What follows a share or a score: "12.89%", "4.96 / 5.0". */
const SHARE_OR_SCORE_AFTER = /^\s*(?:%|‰|\/\s*\d)/;

/** Are the times block-features would read in `rest` (a short line, its stamp label taken off) figures by their shape? */
export function figuresByTheirShape(rest: string): boolean {
  if (!isFigureNotTime(rest)) return false;
  let found = false;
  for (const m of rest.matchAll(POINT_FIGURE)) {
    found = true;
    const before = rest.slice(0, m.index).trimEnd();
    const after = rest.slice(m.index + m[0].length);
    const labelled = before.endsWith(':') && /\p{L}/u.test(before) && !after.trim();
    if (!SHARE_OR_SCORE_AFTER.test(after) && !labelled) return false;
  }
  return found;
}
