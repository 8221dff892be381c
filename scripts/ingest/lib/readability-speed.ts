/**
 * Readability 0.6.0, the same answers for less work: a few of its helpers rewritten to compute what
 * the originals compute, in another order or with less allocation. Each is a drop-in for the method
 * of the same name (the originals are quoted beside them); scripts/bench/extract/dump-outcomes.ts
 * compares every extraction case's output before and after, byte for byte.
 *
 * Only for the DOM the HTML stage builds (lib/html-dom.ts: JSDOMParser nodes, whose element text is
 * remembered until the subtree changes).
 */
import { Readability } from '@mozilla/readability';

type El = {
  nodeType: number;
  parentNode: El | null;
  firstChild: El | null;
  tagName: string;
  textContent: string;
  children: El[];
  childNodes: El[];
  getAttribute(name: string): string | null;
  getElementsByTagName(tag: string): El[];
  replaceChild(added: El, removed: El): void;
  appendChild(child: El): void;
};

const proto = Readability.prototype as unknown as {
  REGEXPS: { byline: RegExp };
  ELEMENT_NODE: number;
  TEXT_NODE: number;
  _doc: { createTextNode(text: string): El; createElement(tag: string): El };
  _fixRelativeUris(articleContent: El): void;
  _isValidByline(node: El, matchString: string): boolean;
  _isElementWithoutContent(node: El): boolean;
  _getAllNodesWithTag(node: El, tagNames: string[]): El[];
  _getLinkDensity(element: El & { _text?: string; _linkDensity?: number }): number;
};

/**
 * Original: the node's trimmed text length is taken first, for every node of the page until a byline
 * is found (trimming flattens the text of the whole subtree), then the cheap attribute and class tests.
 * Here the length is taken only when those tests pass; the answer is the same.
 */
proto._isValidByline = function (node, matchString) {
  const rel = node.getAttribute('rel');
  const itemprop = node.getAttribute('itemprop');
  if (!(rel === 'author' || (itemprop && itemprop.includes('author')) || this.REGEXPS.byline.test(matchString))) return false;
  const bylineLength = node.textContent.trim().length;
  return !!bylineLength && bylineLength < 100;
};

/**
 * Whether the element's text, trimmed, is empty: whether every text node under it is whitespace.
 * (trim's whitespace is decided character by character, so the text nodes can be asked one by one,
 * and the walk stops at the first that is not.)
 */
function hasOnlyWhitespaceText(element: El): boolean {
  const stack: El[] = [element];
  while (stack.length) {
    const node = stack.pop()!;
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        if (child.textContent.trim().length) return false;
      } else if (child.nodeType === 1) stack.push(child);
    }
  }
  return true;
}

/**
 * Original: `!node.textContent.trim().length` (the whole subtree's text, flattened, for every <div>
 * and heading of the page) and the <br>/<hr> counts. Same tests, same order, without building the text.
 */
proto._isElementWithoutContent = function (node) {
  return (
    node.nodeType === this.ELEMENT_NODE &&
    hasOnlyWhitespaceText(node) &&
    (!node.children.length || node.children.length == node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length)
  );
};

/**
 * Original: one getElementsByTagName walk per tag name, the lists concatenated in the order of
 * `tagNames` (all of the first tag, then all of the second…). Here one walk fills a list per name,
 * concatenated in the same order: the same nodes in the same order, in a new plain array.
 */
proto._getAllNodesWithTag = function (node, tagNames) {
  if (tagNames.length === 1) return node.getElementsByTagName(tagNames[0]).slice();
  const wanted = tagNames.map((t) => t.toUpperCase());
  const lists: El[][] = wanted.map(() => []);
  const any = wanted.indexOf('*');
  const walk = (parent: El) => {
    for (const child of parent.children) {
      for (let i = 0; i < wanted.length; i++) if (i === any || child.tagName === wanted[i]) lists[i].push(child);
      walk(child);
    }
  };
  walk(node);
  return ([] as El[]).concat(...lists);
};

/**
 * Link density is asked for the same elements again and again (every <div> turned into a paragraph,
 * every candidate and its siblings, every element _cleanConditionally weighs). The answer depends on
 * the element's subtree and its links' href only, so it is remembered beside the element's text
 * (lib/html-dom.ts), which forgets both when the subtree or an attribute under it changes.
 */
const linkDensity = proto._getLinkDensity;
proto._getLinkDensity = function (element) {
  if (element._linkDensity !== undefined) return element._linkDensity;
  const density = linkDensity.call(this, element);
  if (element._text !== undefined) element._linkDensity = density;
  return density;
};

/**
 * Original: every link's address made absolute (a URL parse per link) and every image's, after its
 * javascript: links are replaced by their text. The prune pass keeps only the first characters of an
 * address (lib/html-prune.ts) and no images, the document has no URL, and of an address we read only
 * whether it starts with "#" (lib/html-blocks.ts), which resolving never changes: a relative address
 * cannot be resolved without a base and stays as it is, an absolute one never starts with "#". So only
 * the javascript: links are replaced, exactly as the original does.
 */
proto._fixRelativeUris = function (this: typeof proto, articleContent) {
  for (const link of this._getAllNodesWithTag(articleContent, ['a'])) {
    const href = link.getAttribute('href');
    if (!href || href.indexOf('javascript:') !== 0) continue;
    if (link.childNodes.length === 1 && link.childNodes[0].nodeType === this.TEXT_NODE) {
      link.parentNode!.replaceChild(this._doc.createTextNode(link.textContent), link);
    } else {
      const container = this._doc.createElement('span');
      while (link.firstChild) container.appendChild(link.firstChild);
      link.parentNode!.replaceChild(container, link);
    }
  }
};
