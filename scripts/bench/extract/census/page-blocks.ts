/**
 * A saved page's blocks as the HTML census tools read them (html-lost-text.ts, html-kept-chrome.ts):
 * the pruned page (the ingest's own prune pass) walked once, each text node's text added to its block
 * (the nearest element that is not inline, as html-blocks.ts reads them), and one stream of tokens
 * over the blocks in page order with each token's block, so that a shingle across two blocks' edge is
 * placed too (by its third token, as the tools count).
 */
import { tokenize } from '../score.ts';
import { prunePage } from '../../../ingest/lib/html/prune/html-prune.ts';
import { decodeHtmlPieces } from '../../../ingest/lib/html/read/html-charset.ts';

/** The pruned page's nodes, as far as the census tools read them. */
export interface PageNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  parentNode: PageNode | null;
  childNodes: ArrayLike<PageNode>;
  getAttribute?(name: string): string | null;
}

/** Elements read as part of the block around them (html-blocks.ts reads them so too). */
const INLINE = new Set(['A', 'SPAN', 'B', 'STRONG', 'EM', 'I', 'U', 'SMALL', 'SUP', 'SUB', 'MARK', 'ABBR', 'CITE', 'Q', 'TIME', 'FONT', 'CODE', 'BR', 'LABEL', 'S', 'DEL', 'INS', 'IMG', 'PICTURE', 'SOURCE', 'WBR']);

/** The block a node's text belongs to: its nearest element that is not inline. */
export const blockOf = (n: PageNode): PageNode => {
  let p = n.parentNode!;
  while (p.parentNode && INLINE.has(p.nodeName)) p = p.parentNode;
  return p;
};

export interface PageBlocks {
  /** The pruned page's body, or null when it has none. */
  body: PageNode | null;
  /** The blocks in page order. */
  blocks: PageNode[];
  texts: Map<PageNode, string>;
  /** Every block's tokens, one stream, and the index in `blocks` of each token's block. */
  tokens: string[];
  owner: number[];
}

export function pageBlocks(bytes: Uint8Array): PageBlocks {
  const { document } = prunePage(decodeHtmlPieces(bytes).pieces);
  const texts = new Map<PageNode, string>();
  const walk = (n: PageNode) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 3) texts.set(blockOf(c), (texts.get(blockOf(c)) ?? '') + c.textContent);
      else if (c.nodeType === 1) walk(c);
    }
  };
  const body = (document.body as unknown as PageNode | null) ?? null;
  if (body) walk(body);
  const blocks = [...texts.keys()];
  const tokens: string[] = [];
  const owner: number[] = [];
  blocks.forEach((b, i) => tokenize(texts.get(b)!).forEach((t) => (tokens.push(t), owner.push(i))));
  return { body, blocks, texts, tokens, owner };
}
