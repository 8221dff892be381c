/**
 * Other stories' cards closing the article: each card another page's title (a line that is all link,
 * a headline long) with its one-paragraph summary under it ("Ireland: golf by the sea" and three
 * sentences of its teaser), two cards at least, running to the article's end with nothing of the
 * article after them. A run of bare links is left out already (three in a row, html-furniture.ts);
 * a summary under each title breaks that run, so a related-stories box that shows its stories'
 * summaries stayed in the body, after the article's last paragraph.
 *
 * Where each condition comes from:
 * - a title links to another page: a heading whose link goes to a place on this page is the
 *   article's own section (a table of contents' target), not a card;
 * - one summary paragraph under each title: a listicle's picks say more under each heading
 *   (several paragraphs, a list of features), a teaser box one paragraph;
 * - the cards close the article: a card-shaped pair inside the article ("Read next:" and a link) is
 *   followed by the article's prose, which a box after the last paragraph is not;
 * - the box's own heading right over the first card ("You may also enjoy"), and titles of one markup:
 *   the metadata set's truth keeps roundups whose items are a linked title and its paragraph (deals of
 *   the week, trails of a city) where the article's text runs into them with no such heading, or where
 *   an advertisement or a picture stands between two items, and pointers of two markups between a
 *   guide's paragraphs ("Explore pricing options!", a list's "Don't miss: …");
 * - under a heading the furniture rules leave out as other stories' box ("Related articles that may
 *   interest you"), a card's title may be a plain heading: the link wraps the whole card, not its
 *   title's text; under any other heading plain headings over short paragraphs are the article's sections;
 * - prose before the cards: a page that is nothing but cards is an index page, whose cards are its text.
 * HTML F1 dev / held out: metadata set .9626 → .9631 (four pages up, none down) / .9576 unchanged;
 * fundus, body and snippet sets unchanged (no page of theirs has such a box the rules above take).
 * Every block marked is reported (stages/html.ts).
 */
import { countWords } from '../../page-text/language/text.ts';
import type { FurnitureBlock as Block } from './furniture-block.ts';

/** A title is most of it a link, a headline long. */
const LINKED = 0.8;
const TITLE_WORDS = 25;
const TITLE_MIN_WORDS = 3;
/** A summary is a teaser's paragraph: a few sentences, little of it linked. */
const SUMMARY_WORDS = 90;
const SUMMARY_LINKED = 0.3;
/** Two cards at least: one title and its summary is a pointer the article may end on. */
const MIN_CARDS = 2;
/** The article's own prose comes first: paragraphs of this many words or more. */
const PROSE_WORDS = 15;
const MIN_PROSE_BEFORE = 2;

export const TEASER_CARD_TITLE = "another page's title in a box of cards (title and summary) closing the article";
export const TEASER_CARD_SUMMARY = "another page's summary under its title in a box of cards closing the article";

/** A title links away; under a box heading the furniture rules know, a heading may be one whose link wraps the card, not its text. */
function isTitle(b: Block, plainHeading = false): boolean {
  if (b.furniture || (b.kind !== 'heading' && b.kind !== 'paragraph' && b.kind !== 'item')) return false;
  if ((b.localLinkShare ?? 0) >= LINKED / 2) return false;
  if ((b.linkShare ?? 0) < LINKED && !(plainHeading && b.kind === 'heading')) return false;
  const words = countWords(b.text, TITLE_WORDS + 1);
  return words >= TITLE_MIN_WORDS && words <= TITLE_WORDS;
}

function isSummary(b: Block): boolean {
  if (b.furniture || (b.kind !== 'paragraph' && b.kind !== 'item')) return false;
  return (b.linkShare ?? 0) < SUMMARY_LINKED && countWords(b.text, SUMMARY_WORDS + 1) <= SUMMARY_WORDS;
}

const isProse = (b: Block) => !b.furniture && b.kind === 'paragraph' && countWords(b.text, PROSE_WORDS) >= PROSE_WORDS;

interface Run {
  start: number;
  cards: number;
  summaries: number;
  /** The run stops under a box heading the furniture rules left out ("Related articles that may interest you"). */
  underBoxHeading: boolean;
}

/**
 * The cards from `end` up, over furniture and whole cards; a title alone (no summary) counts as a card
 * too when other cards have summaries: a story without its teaser in the same box. Between a card's
 * title and its summary may stand what is left out already (a date line, a byline).
 */
function cardsUp(blocks: Block[], end: number, isBoxHeading: (b: Block) => boolean, plainHeadings: boolean): Run {
  const run: Run = { start: end, cards: 0, summaries: 0, underBoxHeading: false };
  const openAbove = (i: number) => {
    let k = i - 1;
    while (k >= 0 && blocks[k].furniture && !isBoxHeading(blocks[k])) k--;
    return k;
  };
  for (let i = end - 1; i >= 0; ) {
    if (isBoxHeading(blocks[i])) {
      run.underBoxHeading = true;
      break;
    }
    if (blocks[i].furniture) {
      i--;
      continue;
    }
    const title = openAbove(i);
    if (isSummary(blocks[i]) && title >= 0 && isTitle(blocks[title], plainHeadings)) {
      run.cards++;
      run.summaries++;
      run.start = title;
      i = title - 1;
      continue;
    }
    if (isTitle(blocks[i], plainHeadings)) {
      run.cards++;
      run.start = i;
      i--;
      continue;
    }
    break;
  }
  return run;
}

/**
 * Marks the cards (title, summary) that close the article, each with why. `isBoxHeading` tells a
 * block the furniture rules left out as the heading of other stories' box.
 */
export function markTeaserCards(blocks: Block[], isBoxHeading: (b: Block) => boolean = () => false): void {
  let end = blocks.length;
  while (end > 0 && blocks[end - 1].furniture) end--;
  // Under a box heading the rules know, its cards' titles may be plain headings; elsewhere only links
  // are titles, and the box's own heading must stand over them.
  let run = cardsUp(blocks, end, isBoxHeading, true);
  if (!run.underBoxHeading) run = cardsUp(blocks, end, isBoxHeading, false);
  const { start } = run;
  if (run.cards < MIN_CARDS || run.summaries < MIN_CARDS) return;
  // One box, one markup: titles of two kinds (a paragraph, then a list's item) are the article's own
  // pointers between its paragraphs.
  const kinds = new Set(blocks.slice(start, end).filter((b) => !b.furniture && isTitle(b, run.underBoxHeading)).map((b) => b.kind));
  if (kinds.size > 1) return;
  // The box's own heading stands over the cards. Title-and-summary pairs the article's text runs into
  // (a roundup whose items are cut by an advertisement, a guide's sections) have none.
  if (!run.underBoxHeading) {
    let above = start - 1;
    while (above >= 0 && blocks[above].furniture) above--;
    if (above < 0 || blocks[above].kind !== 'heading' || isTitle(blocks[above])) return;
  }
  let prose = 0;
  for (let i = 0; i < start; i++) if (isProse(blocks[i])) prose++;
  if (prose < MIN_PROSE_BEFORE) return;
  for (let i = start; i < end; i++) {
    const b = blocks[i];
    if (b.furniture) continue;
    b.furniture = isTitle(b, run.underBoxHeading) ? TEASER_CARD_TITLE : TEASER_CARD_SUMMARY;
  }
}
