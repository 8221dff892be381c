/**
 * "»I know I am tired…«" / "– »Then don't say it.«" / "Leave a comment" / the comment form: a post of
 * a few short sentences over its comment section. The run of prose never crosses a comment section's
 * heading, but it may start under it: the form's own sentences ("Fill in your details below…",
 * "Notify me of new posts by email.") and a sidebar's blurb under it then outweigh a post that short,
 * and the article read is the form. Under a post of fifty words of paragraphs the page's article
 * ends at the heading already (main-text.ts, bestRun); this rule ends it there for a shorter post,
 * written in sentences, when the page holds little prose under the heading: a form and a sidebar
 * hold a few sentences, where an article set under a "Comments" button near the top (the button is
 * a heading all the same) holds paragraphs of them, and is read as before.
 */

/** A post of a line or two of sentences: fewer words than that is a caption, a blurb, no post. */
const POST_WORDS = 10;
/** A comment form and the sidebar beside it hold fewer words of paragraphs than this; an article more. */
const PROSE_UNDER_A_FORM = 150;

/**
 * Whether the comment section's heading ends the article above it: `sentenceWords` are the words of
 * the sentences above the heading (paragraphs and shorter ones), `proseBelow` the words of the
 * paragraphs under it.
 */
export function shortPostOverComments(sentenceWords: number, proseBelow: number): boolean {
  return sentenceWords >= POST_WORDS && proseBelow < PROSE_UNDER_A_FORM;
}
