/**
 * Another page's teaser: a short paragraph that ends on a link to read the rest elsewhere ("… Seht
 * selbst! Weiterlesen", "Auskunft über vergangenes Wetter… mehr •••", "… Read more »", "… Lire la
 * suite"). An article's own paragraph does not send the reader away to go on: the teasers stand in a
 * box of other stories or services the extractor kept with the article. What keeps the article's own
 * lines: the read-more words close the paragraph and are a link (the block holds link text), the
 * paragraph is a teaser's length, and a bare "mehr" / "more" counts only with its arrow or dots after
 * it ("mehr •••", "more »"), as a sentence may end on the word. No dev truth of the body, metadata, fundus,
 * aed or utomo sets ends a line on these words; found on the snippet set's dev pages (the HTML path kept
 * such teasers under two articles).
 */

/** A teaser is a paragraph or two; the article's prose runs longer only when it is no teaser. */
const TEASER_WORDS = 80;
const TEASER_CHARS = 700;

/** The read-more words closing the paragraph, with their arrow, dots or bullets after them. */
const READ_MORE_END = new RegExp(
  String.raw`(?:\b(?:weiterlesen|mehr lesen|read more|continue reading|keep reading|lire la suite|en savoir plus|leer más|seguir leyendo|ler mais|continuar lendo|leggi tutto|leggi di più|czytaj dalej|czytaj więcej|lees meer|verder lezen|läs mer)|\b(?:mehr|more|plus|más|mais|więcej)\s*[»›>→•…]+)\s*[»›>→•….]*$`,
  'iu',
);
/** Cheap precheck: the last characters hold one of the words' letters or an arrow. */
const MAY_END = /[a-zà-ÿąęł»›>→•…]\s*[»›>→•….]*$/iu;

export const READ_MORE_TEASER_WHY = "another page's teaser, closing on a link to read it there";

/** `linkShare`: the share of the block's characters inside links (html-blocks.ts). */
export function isReadMoreTeaser(text: string, linkShare: number): boolean {
  if (linkShare <= 0 || text.length > TEASER_CHARS) return false;
  const tail = text.slice(-40);
  if (!MAY_END.test(tail) || !READ_MORE_END.test(tail)) return false;
  return text.split(/\s+/).length <= TEASER_WORDS;
}
