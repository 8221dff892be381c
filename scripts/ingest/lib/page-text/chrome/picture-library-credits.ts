/**
 * A picture's credit alone on its line, naming the picture agency or stock library it came from:
 * "Jane Roe/Getty Images", "Jane Roe via Getty Images", "Harbor Wire | Getty Images", "GETTY",
 * "(Jane Roe/Getty Images)", "Getty Images / Jane Roe", "Photographer: Jane Roe/Getty Images".
 *
 * The HTML path leaves such a line out because it stands in the picture's `<figure>`, outside its caption
 * (lib/html/furniture/figure-credit.ts); the innerText loses the figure, and the credit stood between the
 * article's paragraphs, where the caption rules (a caption above it, a picture word) could not read it.
 * What tells it in the text is the library's name (the word list lib/bylines/credit-or-label.ts gives a
 * byline's credit) in a line of names only, as the figure rule reads names: each word opens on a capital
 * or a figure, but the words that link names ("via", "for", "and", "by"); a few words, no sentence.
 * Found with scripts/bench/extract/census/text-keeps-html-drops.ts: on the dev halves of every set the
 * text path kept 154 such lines (aed 95 on 17 pages, utomo 28, meta 20, body 4, fundus 3; snippets 4
 * "neither" passages), and no truth keeps one.
 */
import { STOCK_LIBRARY } from '../../bylines/credit-or-label.ts';

/** A word of a credit's names: opens on a capital or a figure ("Jane", "UCG", "Capelle.r", "Photographer:"). */
const NAME = String.raw`[\p{Lu}\p{N}][^\s/|,()]*`;
/** What parts a credit's names: a slash, a bar or a comma, a linking word, or a space. */
const BETWEEN = String.raw`(?:\s*[/|·,]+\s*|\s+(?:via|for|and|by|from|of|von|und|de|di|da|del|et|y|e)\s+|\s+)`;
/**
 * What stands right before the library's name: a slash, a bar or a comma, "via", "for", "by", or a label's
 * colon. Not a space alone: "Paul Getty", "The Getty" name a man and a museum.
 */
const BEFORE_LIBRARY = String.raw`(?:\s*[/|·,]+\s*|\s+(?:via|for|by|from)\s+|(?<=:)\s*)`;
/** The library's name in any case ("Getty Images", "GETTY IMAGES", "iStockphoto"), a whole word. */
const LIBRARY = String.raw`(?i:(?:${STOCK_LIBRARY})(?:\s+images)?)(?![\p{L}\p{N}])`;
/** A credit is a line of a few words: a caption with its credit run in is read by lines/caption-credit.ts. */
const CREDIT_CHARS = 90;

export const PICTURE_LIBRARY_CREDIT = new RegExp(
  String.raw`^(?=[^]{1,${CREDIT_CHARS}}$)\(?(?:(?:${NAME}${BETWEEN}){0,6}${NAME}${BEFORE_LIBRARY})?${LIBRARY}(?:${BETWEEN}${NAME}){0,4}\)?\.?$`,
  'u',
);

/** Every line PICTURE_LIBRARY_CREDIT matches is short and holds a library's name: most lines are not looked at further. */
export const PICTURE_LIBRARY_CREDIT_MAY_MATCH = new RegExp(String.raw`^(?=[^]{1,${CREDIT_CHARS}}$)[^]*?(?:${STOCK_LIBRARY.toLowerCase()})`, 'i');
