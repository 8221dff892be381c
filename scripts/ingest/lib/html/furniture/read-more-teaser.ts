/**
 * Other pages' teasers closing the article: short paragraphs that each end on a link to read the rest
 * elsewhere ("… Seht selbst! Weiterlesen", "Auskunft über vergangenes Wetter… mehr •••", "… Read
 * more »", "… Lire la suite"), each maybe under its title, in a box of other stories or services the
 * extractor kept with the article. What keeps the article's own lines: the read-more words close the
 * paragraph and are a link (the block holds link text), the paragraph is a teaser's length, a bare
 * "mehr" / "more" counts only with its arrow or dots after it ("mehr •••", "more »"), as a sentence may
 * end on the word; and only the article's last lines are read, walking up from its end: a news roundup
 * ends each of its items on a link to the item's source ("… last fall. More >", an aed dev page whose
 * truth keeps them), and those stand among the article's prose. No dev truth of the body, metadata,
 * fundus, aed or utomo sets ends a line on these words; found on the snippet set's dev pages (the HTML
 * path kept such teasers under two articles).
 */

/** A teaser is a paragraph or two; the article's prose runs longer only when it is no teaser. */
const TEASER_WORDS = 80;
const TEASER_CHARS = 700;

/** The read-more words closing the paragraph, with their arrow, dots or bullets after them. */
const READ_MORE_END = new RegExp(
  String.raw`(?:\b(?:weiterlesen|mehr lesen|read more|continue reading|keep reading|lire la suite|en savoir plus|leer más|seguir leyendo|ler mais|continuar lendo|leggi tutto|leggi di più|czytaj dalej|czytaj więcej|lees meer|verder lezen|läs mer)|\b(?:mehr|more|plus|más|mais|więcej)\s*[»›>→•…]+)\s*[»›>→•….]*$`,
  'iu',
);

export const READ_MORE_TEASER_WHY = "another page's teaser closing the article, ending on a link to read it there";

/** How many of the article's last lines (furniture aside) the walk up reads: a box of a few teasers and their titles. */
const CLOSING_TEASER_LINES = 8;
/** A teaser's title over it is a line, not a paragraph. */
const TITLE_WORDS = 15;

interface TeaserBlock {
  text: string;
  kind?: string;
  linkShare?: number;
  furniture?: string;
}

/**
 * Walks up from the article's last line (furniture aside, CLOSING_TEASER_LINES at most): each read-more
 * teaser is marked, and a heading or short line right over a marked teaser as its title; the first
 * line that is neither ends the walk.
 */
export function markClosingTeasers(blocks: TeaserBlock[]): void {
  let seen = 0;
  let underTeaser = false;
  for (let i = blocks.length - 1; i >= 0 && seen < CLOSING_TEASER_LINES; i--) {
    const b = blocks[i];
    if (b.furniture) continue;
    seen++;
    if (b.kind !== 'heading' && isReadMoreTeaser(b.text, b.linkShare ?? 0)) {
      b.furniture = READ_MORE_TEASER_WHY;
      underTeaser = true;
      continue;
    }
    if (!underTeaser || !isTitle(b)) return;
    b.furniture = READ_MORE_TITLE_WHY;
    underTeaser = false;
  }
}

/** A heading, or a short line that ends as no sentence does. */
function isTitle(b: TeaserBlock): boolean {
  if (b.kind === 'heading') return true;
  const text = b.text.trim();
  return text.split(/\s+/).length <= TITLE_WORDS && !/[.!?…:]$/.test(text);
}

export const READ_MORE_TITLE_WHY = "the title of another page's teaser closing the article";

/** `linkShare`: the share of the block's characters inside links (html-blocks.ts). */
export function isReadMoreTeaser(text: string, linkShare: number): boolean {
  if (linkShare <= 0 || text.length > TEASER_CHARS) return false;
  // Only the paragraph's last characters are read: the words and their arrow are a few dozen at most.
  if (!READ_MORE_END.test(text.slice(-40))) return false;
  return text.split(/\s+/).length <= TEASER_WORDS;
}
