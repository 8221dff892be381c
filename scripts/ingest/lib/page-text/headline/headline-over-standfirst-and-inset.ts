/**
 * "Witnesses describe scenes of panic as gunman roamed university" / "A student who says he barricaded
 * his door … is among those describing the day when 14 people were shot dead" / "Student shoots 14
 * people dead at university" / "Jane Roe" / the date: a page sets its headline, then its standfirst,
 * and may set a short line between the standfirst and the byline: a clip's title ("VIDEO LOADING" over
 * it, "– video explainer" in it) or an earlier story's link. That inset line stands right over the
 * article's header and shares the lead's words, and the chooser takes it; the headline, over the
 * standfirst, has the header two lines further down only. headlineOverStandfirst (headline.ts) reads
 * the headline over its standfirst over the header; here a line stands between standfirst and header.
 *
 * The line over the chosen one's standfirst is the headline when: the line right over the chosen one
 * (past one short label with no headline's score, "VIDEO LOADING") is a standfirst, a long line of
 * STANDFIRST_WORDS or more that is no paragraph of the run nor a header line; and the line over that
 * standfirst is headline-shaped, no paragraph, ends on no full stop, has HEADLINE_WORDS or more and
 * shares the article's words as a headline does (the caller asks it score over EVEN_HEADLINE_FLOOR,
 * which a section's name or a site's tagline does not reach). Not asked in CJK (no words to count).
 */

/** How many words a standfirst has at least: a clause of its own, longer than headlines are. */
export const STANDFIRST_WORDS = 15;
/** How many words the headline over the standfirst has at least (a kicker or a section's name has fewer). */
export const HEADLINE_WORDS = 4;
/** How many words a label between the standfirst and the inset line has at most ("VIDEO LOADING", "Watch"). */
export const LABEL_WORDS = 3;

/** What the rule asks of the page's lines, by index. */
export interface StandfirstAndInsetTests {
  /** A short label that is no headline (no headline's score) nor a header line. */
  label: (i: number) => boolean;
  /** A standfirst: a long line, no paragraph of the article's run, no header line. */
  standfirst: (i: number) => boolean;
  /** A headline: shaped as one, no paragraph, no full stop, scored as sharing the article's words. */
  headline: (i: number) => boolean;
}

/** The headline over the standfirst that stands over `chosen` (a label between at most); else `chosen`. */
export function headlineOverStandfirstAndInset(chosen: number, tests: StandfirstAndInsetTests): number {
  let s = chosen - 1;
  if (s >= 1 && tests.label(s)) s--;
  if (s < 1 || !tests.standfirst(s)) return chosen;
  return tests.headline(s - 1) ? s - 1 : chosen;
}
