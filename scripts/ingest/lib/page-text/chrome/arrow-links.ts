/**
 * A link whose text ends on the arrow a page draws after it, alone on its line: another story's title
 * ("Grading the new stadium deal »"), a section, a gallery or a listing ("More photos ›", "Alle
 * Meldungen »", "Explore charts >>", "Next Article in Science »"). A text copy keeps the arrow, and a
 * short line of a headline's shape weighed for the run between or under the article's paragraphs.
 *
 * The line is the link alone: twenty words at most, one clause (no sentence's end followed by a
 * capital: a paragraph that closes on "… confrontations. Watch an excerpt »" is the article's, whole),
 * a letter before the arrow, and no other guillemet on the line (a quote set «…», »…» or ‹…› may end
 * on one). "→" is left out: a flow's steps are written one a line with it ("Gather the posts →"); ">>" counts
 * only after a space, as a code listing's line may close on it ("std::vector<std::vector<int>>"). At most 400
 * characters, read first: the lookaheads after it then scan a bounded line (the regex audit lists it so).
 */
export const ARROW_LINK =
  /^(?=[^]{1,400}$)(?=(?:\S+\s+){0,20}\S+$)(?![^]*[«‹][^]*$)(?![^]*[»›][^]*[»›>►▶])(?![^]*[.!?。]\s+\p{Lu})[^]*\p{L}[^\p{L}]*?(?:\s*[»›►▶]|\s>>)$/u;
/** Every line ARROW_LINK matches ends on one of these marks: most lines are not looked at further. */
export const ARROW_LINK_MAY_MATCH = /[»›►▶>]$/;
