/**
 * A list of other stories' headlines set inside the article, between its paragraphs: three items or
 * more, each mostly a link, each a headline with its kicker before a colon ("Naturkatastrophe: Vulkan
 * löschte ganze Kultur aus", "Review: the quietest fans of the year") and none a sentence of the
 * article's (ending on a full stop). The run of short linked lines (html-furniture.ts) takes only lines
 * that are links to four fifths, and keeps a list of links the article's prose runs into and goes on
 * after as the article's own; a teaser list whose items link their title but not their kicker, or that
 * stands between two paragraphs of the story, stayed.
 *
 * Where each condition comes from:
 * - the kicker: the article's own lists of links name a page ("Harbour timetables", "Ann Lee's
 *   review of the ferry"), or a tool and what it does after the colon in small letters, a sentence;
 *   a headline list's items open on a kicker, one to six words, and the title after it starts on a
 *   capital or a quote;
 * - two items in three with a kicker, not all: a list of headlines mixes them ("KI in der Schule?
 *   Digitalminister: …" has its colon later than six words);
 * - each item half a link or more, the kicker outside the link: the metadata set's truth keeps the
 *   article's own lists of links to the site's other pages ("More posts related to Tokyo", "Here's a
 *   selection:"), whose whole items are links, kicker or not; the fundus set's truth drops the lists
 *   news sites set between paragraphs, whose kicker is a label beside the linked title;
 * - no figure in the kicker: a list of the article's press coverage ("11 December 2019: Radio
 *   interview – …"), a timeline or a price list ("From 40 euros: …") is the article's, kept by the
 *   snippet set's and the fundus set's truth alike.
 * Runs after the other rules on links (html-furniture.ts): a line they took keeps their reason.
 * HTML F1 dev / held out: fundus .9644 → .9650 (three pages up, none down) / .9595 → .9600; the
 * metadata, body and snippet sets unchanged (no page of their dev splits has such a list).
 * Every block marked is reported (stages/html.ts).
 */
import { countWords } from '../../page-text/language/text.ts';
import type { FurnitureBlock as Block } from './furniture-block.ts';

const MIN_ITEMS = 3;
const LINKED = 0.5;
const HEADLINE_WORDS = 25;
const HEADLINE_MIN_WORDS = 4;
const KICKER_WORDS = 6;
/** Two items in three open on a kicker. */
const KICKER_SHARE = 2 / 3;
const KICKER_SLACK = 4;

export const HEADLINE_LIST_ITEM = "another story's headline in a list of them inside the article (a kicker, a colon, the title; mostly a link)";

/** "Kicker: Title" — a colon after one to six words, the title after it opening on a capital, a digit or a quote. */
function hasKicker(text: string): boolean {
  const at = text.search(/[:：]\s/u);
  if (at <= 0) return false;
  const kicker = text.slice(0, at);
  // "11 December 2019: Radio interview – …", "From 40 euros: …": a dated entry of the article's own
  // list (its press coverage, a timeline, a price list) puts a figure before the colon; a kicker is words.
  if (/\d/.test(kicker) || countWords(kicker, KICKER_WORDS + 1) > KICKER_WORDS) return false;
  return /^[\p{Lu}\p{N}"„“”«»‚‘’'¿¡]/u.test(text.slice(at + 1).trimStart());
}

function isHeadlineItem(b: Block): boolean {
  if (b.furniture || b.kind !== 'item' || (b.linkShare ?? 0) < LINKED) return false;
  const text = b.text.trim();
  if (text.endsWith('.')) return false;
  const words = countWords(text, HEADLINE_WORDS + 1);
  return words >= HEADLINE_MIN_WORDS && words <= HEADLINE_WORDS;
}

/**
 * The kicker stands outside the link, the title inside: what is not linked is about as long as the
 * kicker (its colon and space included, a few characters of slack for the list's marks).
 */
function kickerUnlinked(b: Block): boolean {
  const text = b.text.trim();
  const at = text.search(/[:：]\s/u);
  if (at <= 0) return false;
  const chars = text.replace(/\s+/g, '').length;
  const unlinked = (1 - (b.linkShare ?? 0)) * chars;
  const kicker = text.slice(0, at + 1).replace(/\s+/g, '').length;
  return unlinked >= kicker - KICKER_SLACK && unlinked <= kicker + KICKER_SLACK;
}

/** Marks each run of headline items (three or more, most with a kicker), each with why. */
export function markHeadlineLists(blocks: Block[]): void {
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && isHeadlineItem(blocks[j])) j++;
    if (j - i >= MIN_ITEMS) {
      let kickers = 0;
      for (let k = i; k < j; k++) if (hasKicker(blocks[k].text) && kickerUnlinked(blocks[k])) kickers++;
      if (kickers >= KICKER_SHARE * (j - i)) for (let k = i; k < j; k++) blocks[k].furniture = HEADLINE_LIST_ITEM;
    }
    i = Math.max(j, i + 1);
  }
}
