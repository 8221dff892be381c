/**
 * "EngageBay Review – An All-in-One CRM Alternative (4.4)": a ranking's or a review list's item heading
 * with its score in brackets. COUNTER (block-features.ts) reads any line ending on a bracketed number
 * as a site's counter ("Comments (185)", "Shares (1.2K)"), and the item's heading went as furniture.
 * A score is a decimal out of five or ten, one digit after the point, or a row of stars over the
 * count of reviews ("Boat Handling for Beginners ★★★★★(29)"); a counter counts whole things.
 * Only a heading of a few words is so read: a bare "(4.4)" is still a counter.
 */

/** Words a heading has at least, its score one of them ("Rated (4.4)", "Brevo Review (4.1)" have fewer: a label, a name). */
const RATED_HEADING_WORDS = 4;
/** A score out of five or ten in brackets closing the line, one digit after the point (either mark)… */
const SCORE_IN_BRACKETS = /\s\((?:10|\d)[.,]\d\)$/;
/** …or its stars, the count of its reviews in brackets right after them ("★★★★☆(8)"). */
const STARS_OVER_A_COUNT = /[★☆]\(\d[\d,.]*\)$/u;

/** Is the line a heading closed by its score in brackets, not a counter? `words`: the line's words. */
export function ratedHeading(line: string, words: number): boolean {
  return words >= RATED_HEADING_WORDS && (SCORE_IN_BRACKETS.test(line) || STARS_OVER_A_COUNT.test(line));
}
