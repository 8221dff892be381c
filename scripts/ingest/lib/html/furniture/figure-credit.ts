/**
 * A picture's credit inside its `<figure>`, outside the caption: the photographer or agency alone on a
 * line ("Getty Images", "EPA", "Anneta Konstantinides/Insider", "Courtesy of Jane Roe/Instagram", "MOVI
 * Inc. / MEGA"), which the caption rules cannot read (no "Photo:", no caption box, no <figcaption>) and
 * which names no part of the story. A `<figure>` holds a picture with its caption and credit (the
 * picture itself is not built: lib/html/prune/html-prune.ts), so a few words there with no sentence's end
 * are the credit or the picture's own label ("Photo", a gallery's "Share on Pinterest"); what else a
 * figure may hold is told apart by its markup or its length: its caption (a <figcaption>, shown beside
 * the article: lib/html/article/picture-captions.ts), an embedded post or a pull quote (quoted), a chart's
 * heading or table, a teaser's sentence.
 * Dev pages, lines of six words or fewer in a figure, outside its caption, quotes, headings, lists and
 * tables, with no sentence's end, mostly false / mostly true: aed 22 / 0, fundus 5 / 0, body 6 / 0, utomo
 * 1 / 0, snippets 1 / 0.
 */

/** A credit names a person or an agency, and its source: "Courtesy of Jane Roe/Instagram" is six. */
const CREDIT_WORDS = 6;

export const FIGURE_CREDIT_WHY = "a picture's credit or label, in its figure";

interface FigureLine {
  kind?: string;
  quoted?: true;
  inFigure?: true;
}

/** Whether a line read in a figure (not its caption, a quote, a heading, a list's item or a table's cell) is its picture's credit: a few words, no sentence. */
export function isFigureCredit(b: FigureLine, words: number, sentenceEnd: boolean): boolean {
  return !!b.inFigure && !b.quoted && (b.kind === undefined || b.kind === 'paragraph') && words <= CREDIT_WORDS && !sentenceEnd;
}
