/**
 * "Harbor ferry crews strike over winter timetable" / "Story Highlights" / "Crews say the new
 * timetable leaves no rest between crossings" / "Talks with the harbor board broke down on Friday" /
 * the byline: a summary's label set under the headline, its points in lines of a headline's shape
 * without full stops. A point tells the story in more of the article's words than the headline does,
 * and the chooser may take it. The label says what the lines under it are, a summary of the story
 * the line right over it heads: when the chosen line is one of the points, that line is the headline.
 */

/** "Story Highlights", "Key points", "Key takeaways", "At a glance", "In brief", "TL;DR", "Das Wichtigste in Kürze", …: a summary's label alone on its line. */
const SUMMARY_LABEL = /^(?:story highlights|highlights|key (?:points|takeaways|facts)|takeaways|at a glance|in brief|in short|summary|tl;?dr|das wichtigste(?: in kürze)?|in kürze|en bref|points clés|l'essentiel|lo más importante|puntos clave|en resumen|resumo|em resumo|in breve|in het kort)[:：]?$/iu;
/** How many lines of points may stand between the label and the chosen line. */
const POINTS_REACH = 4;

/**
 * The line over the summary's label when the chosen line is one of the points under it and
 * `headlineOverLabel(i)` says line `i` is shaped as a headline (no prose, no full stop); else `chosen`.
 * `pointLine(i)` says line `i` may be one of the points (no paragraph of prose, no byline or stamp).
 */
export function headlineOverItsHighlights(lines: readonly string[], chosen: number, pointLine: (i: number) => boolean, headlineOverLabel: (i: number) => boolean): number {
  if (chosen < 2) return chosen;
  for (let j = chosen - 1; j >= 1 && j >= chosen - 1 - POINTS_REACH; j--) {
    if (SUMMARY_LABEL.test(lines[j].trim())) return headlineOverLabel(j - 1) ? j - 1 : chosen;
    if (!pointLine(j)) return chosen;
  }
  return chosen;
}
