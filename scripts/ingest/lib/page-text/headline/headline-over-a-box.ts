/**
 * "Why ferry crews walked out in the harbor strike" / its deck / "Read next" / "Bridge tolls to rise in
 * spring" / the date / "by: Jane Roe" / the article: some pages set a box of other stories ("Read
 * next", "Related") beside the article's header, and their innerText puts the box's entry between the
 * headline and the byline. The entry then has the article's header right under it and the chooser
 * may take it (the scorer's box penalty spares a line the article's full header follows, since a
 * box often runs on into the article's own headline). The heading says what the line under it is:
 * another story. When a headline of the article's words stands a few lines over the heading, scored
 * as one, that is the headline.
 *
 * A page whose headline does stand under a box heading (a "Trending" list at the top, then the
 * article) has over the heading the list's or the menu's short labels ("What's Next", "Fayette
 * County"), not a headline of five words or more that the article's paragraphs use, or a path run
 * into the headline itself ("Home News Crime <the headline>"): the chosen line stays. So does an entry
 * with no byline and date under it: the scorer's box penalty already weighed it.
 */

/** How many short lines ("Fast FT", a section's label) may stand between the box's heading and the chosen line. */
const UNDER_HEADING_LINES = 1;
/** How many words such a line has at most (the caller's `shortLine` asks it). */
export const BOX_LABEL_WORDS = 3;
/** How far over the box's heading the article's headline may stand (its deck, a label, a caption between). */
const OVER_HEADING_REACH = 8;

/**
 * The line over the box's heading that heads the article, when `chosen` is the first entry under a
 * box heading (`boxHeading(i)`; between them one `shortLine(i)` or none) and the article's full header
 * follows it (`headedEntry(i)`: the box's entries have no byline of their own, so the header is the
 * article's, which the scorer counts for the entry); else `chosen`. `scored` is the scorer's
 * list of weighed lines with their scores, `minScore` the floor a line must reach, `articleHeadline(i)`
 * says line `i` has a headline's shape and length and shares the article's words. Of the lines over
 * the heading that pass, the best scored wins. A line over the heading that writes the chosen line
 * in it ("Home News Crime <the chosen line>", a path run into it) is no other story's headline: the
 * chosen line heads the page's own story, and it stays.
 */
export function headlineOverABox(
  lines: readonly string[],
  chosen: number,
  boxHeading: (i: number) => boolean,
  shortLine: (i: number) => boolean,
  headedEntry: (i: number) => boolean,
  scored: readonly { index: number; score: number }[],
  minScore: number,
  articleHeadline: (i: number) => boolean,
): number {
  if (chosen < 1) return chosen;
  let heading = -1;
  for (let j = chosen - 1; j >= 0 && j >= chosen - 1 - UNDER_HEADING_LINES; j--) {
    if (boxHeading(j)) {
      heading = j;
      break;
    }
    if (!shortLine(j)) return chosen;
  }
  if (heading < 1 || !headedEntry(chosen)) return chosen;
  let best = { index: -1, score: -Infinity };
  for (const c of scored) {
    if (c.index >= heading || c.index < heading - OVER_HEADING_REACH || c.score < minScore || c.score <= best.score) continue;
    if (articleHeadline(c.index)) best = c;
  }
  if (best.index !== -1 && lines[best.index].toLowerCase().includes(lines[chosen].trim().toLowerCase())) return chosen;
  return best.index === -1 ? chosen : best.index;
}
