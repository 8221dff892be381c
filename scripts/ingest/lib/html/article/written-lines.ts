/**
 * The article's blocks the page writes as lines of their own (Unit.writtenLine: dedupe keeps every copy
 * of one), read by stages/html.ts on the answer's blocks before the furniture marks took any out.
 */
import type { HtmlBlock } from './html-blocks.ts';

/** The kinds of block a page writes its lines in (a cell, a quote, preformatted code are read as they are). */
const WRITTEN_KINDS: ReadonlySet<HtmlBlock['kind']> = new Set(['heading', 'item', 'paragraph']);
/** A block this much inside links is a box of links (html-article-lead.ts reads the same share). */
const LINKED_BLOCK = 0.5;
/**
 * A heading, a list item or a paragraph with no link in it, to another page or to a place on this
 * one (its share of linked characters counted: a block read without furniture marks has none and is
 * not one): no button, no link under an item. A line right over a block of links, or over a block
 * the furniture marks leave out, is the label of a box ("Where to buy", "Most read"), the page's,
 * not the item's. Read on the answer's blocks before the marks took any out.
 */
export function writtenLines(blocks: readonly HtmlBlock[]): Set<HtmlBlock> {
  const written = new Set<HtmlBlock>();
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    if (WRITTEN_KINDS.has(b.kind) && b.linkShare === 0 && !b.localLinkShare && !next?.furniture && (next?.linkShare ?? 0) < LINKED_BLOCK) written.add(b);
  });
  return written;
}
