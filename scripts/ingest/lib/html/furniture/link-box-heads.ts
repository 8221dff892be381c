/**
 * Other stories' teaser box closing the article, told by its shape whatever its heading's words: a
 * head that asks or introduces ("Schon gelesen?", "Mehr lesen:", "Don't miss!": a heading, or a
 * label line of a few words) with nothing under it but links to other pages (two titles at least,
 * each a line mostly of link text) or lines already left out as furniture, up to the next heading or
 * the article's end, and none of the article's prose after it. The box-heading words
 * (block-features.ts) know the common wordings; a site's own question or label escapes them, and
 * the run of links alone needs three (html-furniture.ts), so a head over two teasers stayed.
 *
 * Where each condition comes from (dev pages of the four sets):
 * - a head that names its section ("Useful resources", "Links", "My other tricks for…", a product's
 *   name in a list of picks) heads the article's own list: the metadata set's truth keeps those, so
 *   only a head that asks or introduces counts;
 * - one link under a label is the article's pointer to a page ("More projects:" over one project), and
 *   a link whose text is a date ("No. 34 of 8 November") an entry of the site's own releases the
 *   article cites: a box lists titles;
 * - prose after the box: the box stands inside the article ("More information here:" between its
 *   sections), which the metadata set's truth keeps; so does a label over links the prose goes on after.
 * Snippet set HTML F1 dev .9262 → .9268, held out .9080 → .9096 (P up, R unchanged); metadata set dev
 * .9622206 → .9622249 (one page up), held out unchanged; fundus and the body set unchanged.
 * Every block marked is reported (stages/html.ts).
 */
import { countWords } from '../../page-text/language/text.ts';
import type { FurnitureBlock as Block } from './furniture-block.ts';

/** A teaser is a headline long, most of it a link. */
const LINKED = 0.8;
const TEASER_WORDS = 25;
/** A box's heading names the box in a few words; a label line (not a heading) in fewer. */
const HEADING_WORDS = 10;
const LABEL_WORDS = 6;
/** The head asks ("Schon gelesen?"), calls ("Nicht verpassen!") or introduces what follows ("Mehr lesen:"). */
const ASKS_OR_INTRODUCES = /[?!:？！：]$/u;
/** A box lists other stories: one link under a label is the article's pointer to a page. */
const MIN_TITLES = 2;
/** A title is a few words: "Zum Deal »", "Apply now" under a sign-off is a button. */
const TITLE_WORDS = 3;

/** The reason html-furniture.ts gives a run of three links or more: those are titles too. */
export const LINK_LIST = 'a list of links to other pages';
export const LINK_BOX_HEAD = 'the heading of a box of links to other pages closing the article (nothing but links under it)';
export const LINK_BOX_TEASER = "another page's link in a box under its own heading, closing the article";

const isTeaserLink = (b: Block) => (b.linkShare ?? 0) >= LINKED && countWords(b.text, TEASER_WORDS + 1) <= TEASER_WORDS;
/** Another page's title: a link of a few words, not left out for what it says (a date line). */
const isTitle = (b: Block) => isTeaserLink(b) && (!b.furniture || b.furniture === LINK_LIST) && countWords(b.text, TITLE_WORDS) >= TITLE_WORDS;

function isHead(b: Block): boolean {
  // A list's item or a table's cell is a point of the list, not the head of what follows it.
  if (b.furniture || (b.kind !== 'heading' && b.kind !== 'paragraph') || (b.linkShare ?? 0) >= LINKED / 2) return false;
  const text = b.text.trim();
  return ASKS_OR_INTRODUCES.test(text) && countWords(text, HEADING_WORDS + 1) <= (b.kind === 'heading' ? HEADING_WORDS : LABEL_WORDS);
}

/**
 * Marks each head with only links (two titles at least) or furniture under it to the next heading or
 * the end, and those links, where no paragraph of the article's prose comes after them
 * (`proseFrom(j)`: how many of the article's prose paragraphs there are from block j on).
 */
export function markLinkBoxHeads(blocks: Block[], proseFrom: (j: number) => number): void {
  for (let i = 0; i < blocks.length; i++) {
    if (!isHead(blocks[i])) continue;
    let j = i + 1;
    let titles = 0;
    while (j < blocks.length && blocks[j].kind !== 'heading') {
      const b = blocks[j];
      if (!b.furniture && !isTeaserLink(b)) break;
      if (isTitle(b)) titles++;
      j++;
    }
    const endsAtHeading = j === blocks.length || blocks[j].kind === 'heading';
    if (titles < MIN_TITLES || !endsAtHeading || proseFrom(j) > 0) continue;
    blocks[i].furniture = LINK_BOX_HEAD;
    for (let k = i + 1; k < j; k++) blocks[k].furniture ??= LINK_BOX_TEASER;
    i = j - 1;
  }
}
