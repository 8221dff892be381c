/**
 * The heads the article's extract ends on: a heading, or a label of a word or two ending in a colon
 * ("Contact:", "Authors:"), that stands last with nothing under it. What it headed (a gallery, a map, a
 * form, a list of links, a contact box) was not taken or was left out as furniture, so it heads
 * nothing of the article: a box's title the extractor kept without the box. An article's own
 * sub-heading always has its text under it, and a label its value. A heading that asks or says
 * something ("What do you think?") closes the article and is its own; several heads in a row are a
 * list the article set as headings.
 *
 * Used by stages/html.ts after the furniture is left out; each block taken out is reported with its reason.
 */
import type { HtmlBlock } from '../article/html-blocks.ts';
import { countWords } from '../../page-text/language/text.ts';

/** A heading this long is a title, not a sentence of the article. */
const HEADING_WORDS = 10;
/**
 * A label names its box in a word or two ("Contact:", "Authors:"); a longer line ending in a colon
 * may be the article's own line introducing what the page does not show as text ("Watch the video:"
 * over a player, "The minister answered on her account:" over an embedded post). With three to six
 * words the body set's held-out recall fell (.9784 → .9781) for a few more of the snippet set's labels.
 */
const LABEL_WORDS = 2;
/**
 * How many heads in a row may close the extract (a box's title over its sub-title): more are a list
 * the article set as headings (its picks, each a heading), not the title of a box left out.
 */
const MAX_HEADS = 2;
const ENDS_WITH_COLON = /[:：]$/u;
/** A heading that asks or says something ("What do you think?") closes the article, and is its own. */
const ENDS_AS_SENTENCE = /[?!.？！。]$/u;

/** Why `block` is a head that could head a box, or null. */
function headKind(block: HtmlBlock): string | null {
  const text = block.text.trim();
  if (block.kind === 'heading' && !ENDS_AS_SENTENCE.test(text) && countWords(text, HEADING_WORDS + 1) <= HEADING_WORDS) return 'a heading';
  if (ENDS_WITH_COLON.test(text) && countWords(text, LABEL_WORDS + 1) <= LABEL_WORDS) return 'a label ending in a colon';
  return null;
}

/** The blocks without the heads they end on, and those heads with their reason (in the blocks' order). */
export function withoutDanglingHeads(blocks: readonly HtmlBlock[]): { kept: HtmlBlock[]; removed: { block: HtmlBlock; why: string }[] } {
  let end = blocks.length;
  const removed: { block: HtmlBlock; why: string }[] = [];
  while (end > 0) {
    const kind = headKind(blocks[end - 1]);
    if (!kind) break;
    removed.unshift({ block: blocks[end - 1], why: `${kind} the article ends on, with nothing under it: the title of a box left out` });
    end--;
  }
  // An extract that is all heads is not cut to nothing.
  if (end === 0 || removed.length === 0 || removed.length > MAX_HEADS) return { kept: [...blocks], removed: [] };
  return { kept: blocks.slice(0, end), removed };
}
