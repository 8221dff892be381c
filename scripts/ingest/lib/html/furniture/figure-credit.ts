/**
 * A picture's credit inside its `<figure>`, outside the caption: the photographer or agency alone on a
 * line ("Getty Images", "EPA", "Anneta Konstantinides/Insider", "Courtesy of Jane Roe/Instagram", "MOVI
 * Inc. / MEGA"), which the caption rules cannot read (no "Photo:", no caption box, no <figcaption>) and
 * which names no part of the story. A `<figure>` holds a picture with its caption and credit (the
 * picture itself is not built: lib/html/prune/html-prune.ts), so a few words there with no sentence's end
 * are the credit or a label (a rating's key); what else a figure may hold is told apart by its markup or its length: its caption (a <figcaption>, shown beside
 * the article: lib/html/article/picture-captions.ts), an embedded post or a pull quote (quoted), a chart's
 * heading or table, a teaser's sentence.
 * Dev pages, lines of six words or fewer in a figure, outside its caption, quotes, headings, lists and
 * tables, with no sentence's end, read as names (below), mostly false / mostly true: aed 18 / 0, fundus
 * 5 / 0, body 4 / 0 (a rating's key), utomo 1 / 0, metadata 1 / 0, snippets 1 / 0. Not the word for a picture
 * alone ("Image": a Readability truth of the body set keeps it) nor a table's cells in a figure ("wp-block-table":
 * a metadata dev page lost a table of certifications to the rule before tables were set apart).
 */

/** A credit names a person or an agency, and its source: "Courtesy of Jane Roe/Instagram" is six. */
const CREDIT_WORDS = 6;
/**
 * A credit is names: no word of it opens in lower case but the words that link them ("Courtesy of",
 * "Foto von", "Jane Roe for Harbor Wire"). A figure's line in lower case is a widget's ("skip past
 * newsletter promotion", "Share on Pinterest"), which the main-text stage's closing rules may read as
 * the top of a promotion box that closes the article; a script without case passes.
 */
const LINKING = new Set(['of', 'by', 'via', 'for', 'and', 'from', 'de', 'da', 'do', 'del', 'des', 'di', 'du', 'la', 'le', 'von', 'van', 'der', 'den', 'und', 'et', 'y', 'e']);
const LOWER_START = /^\p{Ll}/u;
/** The word for a picture alone ("Image", "Photo") is the picture's label, which Readability's own answers keep: not a credit. */
const PICTURE_WORD = /^(?:images?|photos?|pictures?|fotos?|bild(?:er)?|imagen|imagem|video)$/i;

export const FIGURE_CREDIT_WHY = "a picture's credit, in its figure";

/** Whether a short line reads as a credit: names, and not the word for a picture alone. */
export function namesCredit(text: string): boolean {
  const words = text.split(/[\s/|·,]+/).filter(Boolean);
  if (words.length === 1 && PICTURE_WORD.test(words[0])) return false;
  return words.every((w) => !LOWER_START.test(w) || LINKING.has(w));
}

interface FigureLine {
  text: string;
  kind?: string;
  quoted?: true;
  inFigure?: true;
}

/** Whether a line read in a figure (not its caption, a quote, a heading, a list's item or a table's cell) is its picture's credit: a few words of names, no sentence. */
export function isFigureCredit(b: FigureLine, words: number, sentenceEnd: boolean): boolean {
  return !!b.inFigure && !b.quoted && (b.kind === undefined || b.kind === 'paragraph') && words <= CREDIT_WORDS && !sentenceEnd && namesCredit(b.text);
}
