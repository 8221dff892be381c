/**
 * Whether an answer of Readability's is one reader's comment of a comment thread. The looser second
 * reading (stages/html.ts) reads the page without Readability's class-name rules, which also drop
 * the boxes named like comments; on a page whose article is short, one long comment can then outscore
 * the article, and the swap would give the page a reader's reply for its body.
 *
 * Told by the thread's shape, not by its names or its language: the answer stands in one of several
 * like items (the same tag under one parent), at least two of them numbered as the page's software
 * numbers its comments (an id ending in digits on the item or a box right inside it: "comment-216",
 * "c217", which its permalink and reply links point to; the pruned page keeps too little of a link's
 * address to read the anchor from the link), and none holds a heading. Posts of a list are numbered
 * too, but carry their own headlines; a comment has a name, an age and a reply link.
 */
import { upperCaseTag } from '../prune/tag-name-case.ts';
import { singleSpaced } from './html-blocks.ts';
import { someInTree } from './some-in-tree.ts';
import { probeHolder } from './probe-holder.ts';

export interface ThreadNode {
  nodeName: string;
  nodeType: number;
  textContent: string | null;
  parentNode: ThreadNode | null;
  children: ArrayLike<ThreadNode>;
  childNodes: ArrayLike<ThreadNode>;
  getAttribute?(name: string): string | null;
}

/** How far above the answer's first text its comment item may stand (item > box > body > paragraph). */
const ITEM_LEVELS = 5;
/** The first characters of the answer's first line that find it in the page. */
const PROBE_CHARS = 60;
const MIN_NUMBERED = 2;

const squeeze = (text: string) => singleSpaced(text).trim();
const HEADINGS = new Set(['H1', 'H2', 'H3']);

/** An id ending in a digit: "comment-216", "c217". */
function numberedId(e: ThreadNode): boolean {
  const id = e.getAttribute?.('id') ?? '';
  const code = id.charCodeAt(id.length - 1);
  return code >= 48 && code <= 57;
}

function isCommentItem(item: ThreadNode): { numbered: boolean; heading: boolean } {
  let numbered = numberedId(item);
  for (let i = 0; i < item.children.length && !numbered; i++) numbered = numberedId(item.children[i]);
  const heading = someInTree(item, (e) => HEADINGS.has(upperCaseTag(e.nodeName)));
  return { numbered, heading };
}

/** The deepest element whose text holds `probe`: each level's first child that holds it (probe-holder.ts). */
function locate(body: ThreadNode, probe: string): ThreadNode | null {
  const holder = probeHolder(body, probe);
  if (!holder.holds(body)) return null;
  let at = body;
  for (;;) {
    let next: ThreadNode | null = null;
    for (let i = 0; i < at.children.length && !next; i++) if (holder.holds(at.children[i])) next = at.children[i];
    if (!next) return at;
    at = next;
  }
}

/** Whether the answer whose first block is `firstText` stands in an item of a comment thread of `body`. */
export function answerInCommentThread(body: ThreadNode, firstText: string): boolean {
  const line = squeeze(firstText.split('\n')[0] ?? '');
  if (!line) return false;
  const found = locate(body, line.slice(0, PROBE_CHARS));
  let item = found;
  for (let level = 0; item && item !== body && level < ITEM_LEVELS; level++, item = item.parentNode) {
    const parent = item.parentNode;
    if (!parent) return false;
    const tag = upperCaseTag(item.nodeName);
    let numbered = 0;
    let alike = 0;
    let headed = false;
    for (let i = 0; i < parent.children.length; i++) {
      const sibling = parent.children[i];
      if (upperCaseTag(sibling.nodeName) !== tag) continue;
      alike++;
      const shape = isCommentItem(sibling);
      if (shape.heading) headed = true;
      if (shape.numbered) numbered++;
    }
    if (alike >= 2 && !headed && numbered >= MIN_NUMBERED) return true;
  }
  return false;
}
