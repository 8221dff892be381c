/**
 * Readability 0.6.0, the same answers for less work: a few of its helpers rewritten to compute what
 * the originals compute, in another order or with less allocation. Each is a drop-in for the method
 * of the same name (the originals are quoted beside them); scripts/bench/extract/census/dump-outcomes.ts
 * compares every extraction case's output before and after, byte for byte.
 *
 * Only for the DOM the HTML stage builds (lib/html/prune/html-dom.ts: JSDOMParser nodes, whose element text is
 * remembered until the subtree changes).
 */
import { Readability } from '@mozilla/readability';
import JSDOMParser from '@mozilla/readability/JSDOMParser.js';
import { BoundedMemo } from '../../bounded-memo.ts';

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
  REGEXPS: { byline: RegExp; hashUrl: RegExp; negative: RegExp; positive: RegExp };
  FLAG_WEIGHT_CLASSES: number;
  _flagIsActive(flag: number): boolean;
  _getClassWeight(e: { className: unknown; id: unknown }): number;
  ELEMENT_NODE: number;
  TEXT_NODE: number;
  _doc: { createTextNode(text: string): El; createElement(tag: string): El };
  _fixRelativeUris(articleContent: El): void;
  _unwrapNoscriptImages(this: { _builtTags?: ReadonlySet<string> }, doc: El): void;
  _isValidByline(node: El, matchString: string): boolean;
  _isElementWithoutContent(node: El): boolean;
  _getAllNodesWithTag(this: { _possibleTags?: Set<string> | null }, node: El, tagNames: string[]): El[];
  _getLinkDensity(element: El & { _text?: string; _linkDensity?: number }): number;
  _getCharCount(e: El, s?: string): number;
  _getInnerText(e: El, normalizeSpaces?: boolean): string;
  _getTextDensity(e: El, tags: string[]): number;
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
 * and the walk stops at the first that is not; each is read up to its first other character, no
 * trimmed copy made. trim and \s know the same whitespace: isWhitespace.) Walked in the page's order,
 * depth first: a box's text is mostly in its first child, which is read before its other children are
 * looked at (a stack of every child, read from the last, looked at all of a wide box's children first).
 * The tree is at most MAX_DEPTH (lib/html/prune/html-dom.ts, 400) deep, so the recursion is bounded.
 */
function hasOnlyWhitespaceText(element: El): boolean {
  const children = element.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.nodeType === 3) {
      if (!isBlank(child.textContent)) return false;
    } else if (child.nodeType === 1 && !hasOnlyWhitespaceText(child)) return false;
  }
  return true;
}

/** `!text.trim().length`, without the trimmed copy. */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
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
 * The tag names an element of the page can have while Readability works on it: those the DOM
 * builder built (lib/html/prune/html-dom.ts; a retry rebuilds the same), and those Readability itself creates or
 * renames elements to (<div>, <p>, <span>; an <img> only inside a <figure>, for a lazy image).
 * Readability parses markup of its own only to unwrap a <noscript>'s images: a page with a <noscript>
 * element gets no list, and every search walks the tree as before.
 */
const READABILITY_MAKES = ['DIV', 'P', 'SPAN', 'HTML', 'HEAD', 'BODY'];

export function knowTagNames(reader: object, built: ReadonlySet<string>): void {
  const r = reader as { _possibleTags?: Set<string> | null; _builtTags?: ReadonlySet<string> };
  r._possibleTags = built.has('NOSCRIPT') ? null : new Set([...built, ...READABILITY_MAKES, ...(built.has('FIGURE') ? ['IMG'] : [])]);
  r._builtTags = built;
}

/**
 * While a Readability with a list of possible tag names parses (knowTagNames), every element's
 * search for a tag no element of the page can have (the <input>s and <img>s it counts in every
 * element it weighs, which the prune pass never builds) is answered without walking the subtree:
 * an empty list, marked live as the DOM's own lists are. Outside a parse, every search walks.
 */
let possibleTags: ReadonlySet<string> | null = null;

const parse = (proto as unknown as { parse(): unknown }).parse;
(proto as unknown as { parse(): unknown }).parse = function (this: { _possibleTags?: ReadonlySet<string> | null }) {
  const outer = possibleTags;
  possibleTags = this._possibleTags ?? null;
  try {
    return parse.call(this);
  } finally {
    possibleTags = outer;
  }
};

type Searchable = { getElementsByTagName(tag: string): El[] };
const elementProto = Object.getPrototypeOf(new JSDOMParser().parse('<html><body></body></html>').createElement('div')) as Searchable;
const searchElement = elementProto.getElementsByTagName;
elementProto.getElementsByTagName = function (this: Searchable, tag: string) {
  const possible = possibleTags;
  if (possible === null || tag === '*' || possible.has(tag.toUpperCase())) return searchElement.call(this, tag);
  return Object.assign([] as El[], { _isLiveNodeList: true });
};

/**
 * Original: `this._getInnerText(e).split(s || ",").length - 1`, an array of pieces made only to be
 * counted (for every element _cleanConditionally weighs). The pieces of a split on a non-empty string
 * are one more than its occurrences found left to right without overlap, which is what this counts.
 */
proto._getCharCount = function (this: typeof proto, e, s) {
  const separator = s || ',';
  const text = this._getInnerText(e);
  let count = 0;
  for (let at = text.indexOf(separator); at !== -1; at = text.indexOf(separator, at + separator.length)) count++;
  return count;
};

/**
 * Original: the whole page walked for <img> elements, then for <noscript> ones, to swap a
 * placeholder image for the one its <noscript> holds. It runs first thing, on the page as built, so
 * a page built with neither has nothing for it to do.
 */
const unwrapNoscriptImages = proto._unwrapNoscriptImages;
proto._unwrapNoscriptImages = function (this: { _builtTags?: ReadonlySet<string> }, doc) {
  const built = this._builtTags;
  if (built && !built.has('IMG') && !built.has('NOSCRIPT')) return;
  return unwrapNoscriptImages.call(this, doc);
};

/**
 * Original: one getElementsByTagName walk per tag name, the lists concatenated in the order of
 * `tagNames` (all of the first tag, then all of the second…). Here one walk fills a list per name,
 * concatenated in the same order: the same nodes in the same order, in a new plain array.
 */
proto._getAllNodesWithTag = function (this: { _possibleTags?: Set<string> | null }, node, tagNames) {
  // A search for tags no element of the page can have (the scripts, forms, embeds and asides the
  // prune pass drops; Readability asks for them on every candidate) finds nothing without a walk.
  const possible = this._possibleTags;
  if (possible && !tagNames.some((t) => t === '*' || possible.has(t.toUpperCase()))) return [];
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
 * What the length of an element's text, trimmed and with every run of two or more whitespace
 * characters made one space (Readability's _getInnerText), needs to know of a stretch of text: its
 * characters other than whitespace, its runs of whitespace, and whether it starts or ends with one.
 * Trimming takes away exactly the runs at either end and leaves every other run one character long,
 * so that length is `solid + runs` less the runs at the ends. Stretches join by adding, one run fewer
 * where a run ends one and starts the next. (trim and \s know the same whitespace.)
 */
export interface TextShape {
  solid: number;
  runs: number;
  /** Empty: no characters at all. */
  empty: boolean;
  startsBlank: boolean;
  endsBlank: boolean;
}

const WHITESPACE = new Uint8Array(0x10000);
function isWhitespace(code: number): boolean {
  let known = WHITESPACE[code];
  if (!known) WHITESPACE[code] = known = /\s/.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/**
 * The whitespace runs of a text node: its characters other than whitespace are its length less theirs.
 * Found by the pattern (`\s`: trim's whitespace, as isWhitespace reads it) rather than a test of every
 * character in a loop: the shapes of every candidate's text were the largest self time of Readability's
 * reading of ours (~2 % of the HTML path), and the pattern's scan is about twice as fast. Most runs are a
 * single space, which V8 hands out as one shared string, so the list of runs costs little.
 */
const WHITESPACE_RUNS = /\s+/g;

export function shapeOfString(text: string, into: TextShape): void {
  if (text.length === 0) return;
  const found = text.match(WHITESPACE_RUNS);
  let blankChars = 0;
  if (found) for (let i = 0; i < found.length; i++) blankChars += found[i].length;
  const runs = found ? found.length : 0;
  const solid = text.length - blankChars;
  appendShape(into, solid, runs, isWhitespace(text.charCodeAt(0)), isWhitespace(text.charCodeAt(text.length - 1)));
}

function join(into: TextShape, next: TextShape): void {
  if (!next.empty) appendShape(into, next.solid, next.runs, next.startsBlank, next.endsBlank);
}

/**
 * Appends a non-empty text's shape to `into`: a whitespace run where the two meet counts once. Taken
 * as its parts, so a text node's shape (shapeOfString) is appended without an object made for it.
 */
function appendShape(into: TextShape, solid: number, runs: number, startsBlank: boolean, endsBlank: boolean): void {
  if (into.empty) {
    into.startsBlank = startsBlank;
    into.runs = runs;
  } else {
    into.runs += runs - (into.endsBlank && startsBlank ? 1 : 0);
  }
  into.solid += solid;
  into.endsBlank = endsBlank;
  into.empty = false;
}

type Shaped = El & { _shape?: TextShape; _text?: string; _linkDensity?: number; _linkTerms?: readonly number[] };

/**
 * The shape of an element's text (its text and element children's, as its textContent reads them),
 * remembered beside the element's text: lib/html/prune/html-dom.ts forgets both when the subtree changes.
 */
function shapeOf(element: Shaped): TextShape {
  if (element._shape !== undefined) return element._shape;
  const shape: TextShape = { solid: 0, runs: 0, empty: true, startsBlank: false, endsBlank: false };
  for (const child of element.childNodes) {
    if (child.nodeType === 3) shapeOfString(child.textContent, shape);
    else if (child.nodeType === 1) join(shape, shapeOf(child));
  }
  element._shape = shape;
  return shape;
}

/** `this._getInnerText(element).length`, without building the text. */
export function innerTextLength(element: El): number {
  const shape = shapeOf(element);
  if (shape.solid === 0) return 0;
  return shape.solid + shape.runs - (shape.startsBlank ? 1 : 0) - (shape.endsBlank ? 1 : 0);
}

/**
 * What _getLinkDensity adds up for an element, term by term: for every link under it (the element
 * itself not counted) in page order, the length of its text times its weight (0.3 for an in-page
 * "#…" link, else 1). Made from the children's lists (a link, then the links inside it: the order of
 * getElementsByTagName), so a candidate's links are not searched for, nor their href read, again
 * under each of its ancestors; summed in the same order, from 0, the sum is the same number to the
 * last bit. A list is never changed once made, so an element whose links are all one child's shares
 * that child's list. Remembered beside the shapes, and only asked once the element's shape is known
 * (so every shape under it is), which lib/html/prune/html-dom.ts's forgetting relies on.
 */
const NO_LINKS: readonly number[] = [];

function linkTermsOf(element: Shaped, hashUrl: RegExp): readonly number[] {
  if (element._linkTerms !== undefined) return element._linkTerms;
  let terms = NO_LINKS;
  let own: number[] | null = null;
  for (const child of element.children as Shaped[]) {
    const inner = linkTermsOf(child, hashUrl);
    const isLink = child.tagName === 'A';
    if (!isLink && inner.length === 0) continue;
    if (!isLink && own === null && terms.length === 0) {
      terms = inner;
      continue;
    }
    if (own === null) terms = own = terms.slice();
    if (isLink) {
      const href = child.getAttribute('href');
      own.push(innerTextLength(child) * (href && hashUrl.test(href) ? 0.3 : 1));
    }
    for (let i = 0; i < inner.length; i++) own.push(inner[i]);
  }
  element._linkTerms = terms;
  return terms;
}

/**
 * Original: the class name's and the id's weight read by the two patterns each time, for every node
 * scored, every candidate's sibling and every element _cleanConditionally weighs:
 * ```
 * if (!this._flagIsActive(this.FLAG_WEIGHT_CLASSES)) return 0;
 * var weight = 0;
 * if (typeof e.className === "string" && e.className !== "") {
 *   if (this.REGEXPS.negative.test(e.className)) weight -= 25;
 *   if (this.REGEXPS.positive.test(e.className)) weight += 25;
 * }
 * (the same for e.id)
 * return weight;
 * ```
 * A page's template gives box after box the same class ("entry-content", "col-md-8"), and a name's part
 * of the weight depends on the name alone: it is remembered across elements and pages (nameWeight).
 */
proto._getClassWeight = function (this: typeof proto, e) {
  if (!this._flagIsActive(this.FLAG_WEIGHT_CLASSES)) return 0;
  let weight = 0;
  if (typeof e.className === 'string' && e.className !== '') weight += nameWeight(this.REGEXPS, e.className);
  if (typeof e.id === 'string' && e.id !== '') weight += nameWeight(this.REGEXPS, e.id);
  return weight;
};

/** The patterns the weights were remembered for (Readability's own, the same for every reader). */
const WEIGHT_PATTERNS = proto.REGEXPS;
const nameWeights = new BoundedMemo<number>();
/** A name longer than a class list's usual length is weighed afresh: a cache holds short keys. */
const REMEMBERED_NAME_CHARS = 200;

function nameWeight(patterns: typeof proto.REGEXPS, name: string): number {
  const remembers = patterns === WEIGHT_PATTERNS && name.length <= REMEMBERED_NAME_CHARS;
  const known = remembers ? nameWeights.get(name) : undefined;
  if (known !== undefined) return known;
  const weight = (patterns.negative.test(name) ? -25 : 0) + (patterns.positive.test(name) ? 25 : 0);
  return remembers ? nameWeights.remember(name, weight) : weight;
}

/**
 * Original: the element's text and every link's text trimmed and normalised, only to take their
 * lengths; asked for the same elements again and again (every <div> turned into a paragraph, every
 * candidate and its siblings, every element _cleanConditionally weighs). Here the lengths come from
 * the remembered shapes and the links' terms from the remembered lists (linkTermsOf), the same sums
 * in the same order, and the answer is remembered beside the
 * element's text (its subtree and its links' href are all it depends on; lib/html/prune/html-dom.ts forgets it
 * when either changes).
 */
proto._getLinkDensity = function (this: typeof proto, element: Shaped) {
  if (element._linkDensity !== undefined) return element._linkDensity;
  const textLength = innerTextLength(element);
  let density = 0;
  if (textLength !== 0) {
    let linkLength = 0;
    const terms = linkTermsOf(element, this.REGEXPS.hashUrl);
    for (let i = 0; i < terms.length; i++) linkLength += terms[i];
    density = linkLength / textLength;
  }
  element._linkDensity = density;
  return density;
};

/**
 * Original: the element's text and each of its `tags` elements' text trimmed and normalised, only to
 * take their lengths (for every element _cleanConditionally weighs, twice). Here the lengths come from
 * the remembered shapes (innerTextLength): the same numbers, summed in the same order.
 */
proto._getTextDensity = function (this: typeof proto, e, tags) {
  const textLength = innerTextLength(e);
  if (textLength === 0) return 0;
  // The lengths are whole numbers, so their sum does not depend on the order they are added in: one
  // walk adds each element's once per entry of `tags` naming it (as the lists concatenated held it
  // that often), without building the lists. A tag no element of the page can have names none.
  const possible = (this as { _possibleTags?: Set<string> | null })._possibleTags;
  const wanted: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i].toUpperCase();
    if (tag === '*' || !possible || possible.has(tag)) wanted.push(tag);
  }
  if (wanted.length === 0) return 0;
  return lengthOfTagged(e, wanted) / textLength;
};

/** The sum of innerTextLength over every element under `parent` (itself not counted), once per entry of `wanted` (upper case, or '*') that names it. */
function lengthOfTagged(parent: El, wanted: readonly string[]): number {
  let sum = 0;
  const children = parent.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    for (let j = 0; j < wanted.length; j++) if (wanted[j] === '*' || child.tagName === wanted[j]) sum += innerTextLength(child);
    sum += lengthOfTagged(child, wanted);
  }
  return sum;
}

/**
 * Original: every link's address made absolute (a URL parse per link) and every image's, after its
 * javascript: links are replaced by their text. The prune pass keeps only the first characters of an
 * address (lib/html/prune/html-prune.ts) and no images, the document has no URL, and of an address we read only
 * whether it starts with "#" (lib/html/article/html-blocks.ts), which resolving never changes: a relative address
 * cannot be resolved without a base and stays as it is, an absolute one never starts with "#". So only
 * the javascript: links are replaced, exactly as the original does.
 */
proto._fixRelativeUris = function (this: typeof proto, articleContent) {
  for (const link of this._getAllNodesWithTag.call(this as { _possibleTags?: Set<string> | null }, articleContent, ['a'])) {
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
