/**
 * The page's DOM, built straight from the prune pass's parser events (lib/html/prune/html-prune.ts): one HTML
 * parse per page, no serialised copy parsed again. The nodes are Readability's own JSDOMParser ones,
 * the small DOM Mozilla ships with Readability and tests it on (plain arrays for child lists, no event
 * targets, no live collections), several times cheaper to build and to walk than a full DOM.
 *
 * The tree is at most MAX_DEPTH elements deep (and one more): a deeper element adds its text to the
 * one above, and a deeper block that holds text is built flat, a sibling of the blocks before it
 * (FlatBlock), so a hostile page of 100,000 nested <div>s still reads without exhausting the stack of
 * the recursive walks (Readability's and ours), its paragraphs apart. And an element holds at most MAX_CHILDREN children before the rest
 * go into boxes of their own (PageDomBuilder.containerFor), so a page of 100,000 sibling <p>s or
 * <br>s still reads in linear time.
 */
import JSDOMParser, { type JsdomDocument, type JsdomElement, type JsdomNode } from '@mozilla/readability/JSDOMParser.js';
import { startsBlock } from '../article/html-blocks.ts';
import { endsInWhitespace } from '../../ends-in-whitespace.ts';

export type { JsdomDocument, JsdomElement, JsdomNode };

/** Far deeper than any page's article (real pages nest a few dozen elements); far below the stack's limit. */
export const MAX_DEPTH = 400;
/**
 * Readability finds a node it removes or moves in its parent's array of children and splices it out,
 * a cost of the array's length each time, so emptying a parent of n children one by one (empty
 * paragraphs removed, a run of <br>s, every child of <body> moved into a box) cost n squared: a
 * page of 80,000 empty <p>s took minutes. Past this many children, an element's further children
 * are built into boxes of MAX_CHILDREN each, appended to it in their place: each array stays short,
 * and the boxes' text is the text the element held. Real pages stay far below it (the widest
 * element of the 2,264 benchmark pages holds 7,421 children, the next 1,376).
 */
export const MAX_CHILDREN = 10_000;
/**
 * How many elements of the body are built: past it an element is built no more, its text goes to
 * the element above (a block's set apart, as past MAX_DEPTH). A page of 1,000,000 empty <div>s (11 MB)
 * took minutes and 2 GB to read, every one of them built, walked by Readability and rebuilt for each
 * of its attempts. Real pages stay far below it (the largest of the 2,264 benchmark pages builds
 * 9,599 elements); what was not built is counted (PageDomBuilder.unbuilt) and reported.
 */
export const MAX_ELEMENTS = 50_000;
/**
 * The tag of a box of block children (PageDomBuilder.containerFor): a name no HTML element has, so
 * that Readability treats it as none of its lists name (not a paragraph to score, not phrasing
 * content to wrap, not a block child that keeps its parent from being read as a paragraph) and the
 * block walker (lib/html/article/html-blocks.ts) as an inline element, whose block children still start blocks.
 */
export const BLOCK_BOX = 'x-children';

/**
 * Readability asks for the text of the same elements again and again (every candidate, every
 * paragraph, every link; _isElementWithoutContent for every <div>), and each ask walks the whole
 * subtree: on a deep page most of its time. So an element's text is remembered until its subtree
 * changes. Every change of the tree goes through the mutators below (Readability sets no text, and
 * moves nodes only with appendChild/replaceChild/remove), each of which forgets the remembered text
 * of the parents concerned. A remembered element's descendants are all remembered, so forgetting
 * stops at the first parent that remembers nothing.
 */
interface Memo {
  _text?: string;
  /** What lib/html/article/readability-speed.ts remembers beside the text, forgotten with it. */
  _linkDensity?: number;
  _linkTerms?: readonly number[];
  _shape?: object;
  parentNode: Memo | null;
}
/**
 * Readability serialises the whole page before it starts (to put it back when it retries with looser
 * flags) and the article once more for a debug log it never prints: a sixth of its time on real pages,
 * for markup nobody reads. While withPageSnapshot runs, reading an element's innerHTML gives a token,
 * and writing that token back into the page's <body> rebuilds the page from its source instead: the
 * same tree, as the prune pass is deterministic. (Readability reads no other element's markup on our
 * DOM: only <object>'s, and the prune pass drops those.)
 */
type Snapshot = { token: string; body: JsdomElement; rebuild: () => JsdomElement; restored: () => void; deferred?: LastRestore };
/**
 * The snapshot being taken, and how many were, held on the DOM's element prototype beside the
 * innerHTML that reads them. A process may hold two copies of this module (vitest inlines it for a
 * test, the pipeline loads the HTML stage with require on first use: scripts/lib/on-first-use.ts), and
 * only the copy that patched the prototype first has its innerHTML there: the other's snapshot, in a
 * variable of its own, went unseen (tests/ingest/html-dom-two-copies.test.ts).
 */
type Snapshots = { current: Snapshot | null; count: number };
const elementPrototype = Object.getPrototypeOf(new JSDOMParser().parse('<html><body></body></html>').createElement('div')) as { __pageSnapshots?: Snapshots };
const snapshots: Snapshots = (elementPrototype.__pageSnapshots ??= { current: null, count: 0 });

/**
 * Readability puts the page back after every attempt that found too little, the last one too, after
 * which it reads the page no more: it returns the longest of its attempts, which it had taken out of
 * the pages before. A page of 100,000 elements was rebuilt for nothing. `isLast` says, when the page
 * is put back, whether that is the last time; that restore is then left to `restore`, for a caller
 * that reads the page afterwards (the whole page, when no article was found).
 */
export interface LastRestore {
  isLast: () => boolean;
  /** Set when the last restore was deferred: does it, once. */
  restore?: () => void;
}

/**
 * Runs `run` with the page's markup unread: `rebuild` gives the page as first built (`true`: its body
 * alone), `restored` then redoes what the extractor had done to it before it took its snapshot.
 */
export function withPageSnapshot<T>(document: JsdomDocument, rebuild: (bodyOnly?: boolean) => JsdomDocument, restored: () => void, run: () => T, deferred?: LastRestore): T {
  const outer = snapshots.current;
  // Only the body is put back: its <head> is not built (PageDomBuilder.replay).
  snapshots.current = { token: `\u0000page-snapshot-${++snapshots.count}\u0000`, body: document.body, rebuild: () => rebuild(true).body, restored, deferred };
  try {
    return run();
  } catch (error) {
    // The page read as it would have been left.
    deferred?.restore?.();
    throw error;
  } finally {
    snapshots.current = outer;
  }
}

/** The page's body rebuilt from its source (its children replaced), and the extractor's preparation redone. */
function restoreBody(body: JsdomElement, rebuild: () => JsdomElement, restored: () => void): void {
  forget(body as unknown as Memo);
  const fresh = rebuild();
  for (const child of body.childNodes) child.parentNode = null;
  body.childNodes = fresh.childNodes;
  body.children = fresh.children;
  for (const child of body.childNodes) child.parentNode = body;
  restored();
}

function forget(node: Memo | null): void {
  // The shape of an element's text (lib/html/article/readability-speed.ts) is remembered like the text itself,
  // each with all of its descendants'; either may be remembered without the other. The link density
  // and links' lengths are remembered only beside a shape.
  for (let n = node; n && (n._text !== undefined || n._shape !== undefined); n = n.parentNode) {
    n._text = undefined;
    n._shape = undefined;
    n._linkDensity = undefined;
    n._linkTerms = undefined;
  }
}
function rememberText(): void {
  const document = new JSDOMParser().parse('<html><body></body></html>');
  const element = Object.getPrototypeOf(document.createElement('div'));
  const node = Object.getPrototypeOf(element);
  const text = Object.getPrototypeOf(document.createTextNode(''));
  if (element.__textRemembered) return;
  const elementText = Object.getOwnPropertyDescriptor(element, 'textContent')!;
  const elementHtml = Object.getOwnPropertyDescriptor(element, 'innerHTML')!;
  const textText = Object.getOwnPropertyDescriptor(text, 'textContent')!;
  const textHtml = Object.getOwnPropertyDescriptor(text, 'innerHTML')!;
  Object.defineProperty(element, 'textContent', {
    configurable: true,
    get(this: Memo & { childNodes: { nodeType: number; textContent: string }[] }) {
      if (this._text !== undefined) return this._text;
      let out = '';
      for (const child of this.childNodes) if (child.nodeType === 3 || child.nodeType === 1) out += child.textContent;
      this._text = out;
      return out;
    },
    set(this: Memo, value: string) {
      forget(this);
      elementText.set!.call(this, value);
    },
  });
  Object.defineProperty(element, 'innerHTML', {
    configurable: true,
    get(this: JsdomElement) {
      const snapshot = snapshots.current;
      return snapshot ? snapshot.token : elementHtml.get!.call(this);
    },
    set(this: Memo & JsdomElement, value: string) {
      forget(this);
      const snapshot = snapshots.current;
      if (snapshot && value === snapshot.token) {
        if (this !== snapshot.body) throw new Error('a page snapshot written outside the page body');
        const { rebuild, restored, deferred } = snapshot;
        if (deferred?.isLast()) {
          let done = false;
          deferred.restore = () => {
            if (!done) restoreBody(this, rebuild, restored);
            done = true;
          };
          return;
        }
        restoreBody(this, rebuild, restored);
        return;
      }
      elementHtml.set!.call(this, value);
    },
  });
  for (const [key, descriptor] of [['textContent', textText], ['innerHTML', textHtml]] as const) {
    Object.defineProperty(text, key, {
      configurable: true,
      get: descriptor.get,
      set(this: Memo, value: string) {
        forget(this.parentNode);
        descriptor.set!.call(this, value);
      },
    });
  }
  // An attribute (a link's href) is part of what is remembered beside the text.
  const setAttribute = element.setAttribute;
  element.setAttribute = function (this: Memo, name: string, value: string) {
    forget(this);
    return setAttribute.call(this, name, value);
  };
  // Readability removes a dozen presentational attributes from every element of the article, which
  // mostly has none of them: removing an attribute that is not there changes nothing.
  const removeAttribute = element.removeAttribute;
  element.removeAttribute = function (this: Memo & { attributes: { name: string }[] }, name: string) {
    for (const attribute of this.attributes) {
      if (attribute.name !== name) continue;
      forget(this);
      return removeAttribute.call(this, name);
    }
  };
  const appendChild = node.appendChild;
  const remove = node.remove;
  const replaceChild = node.replaceChild;
  node.appendChild = function (this: Memo, child: Memo) {
    forget(child.parentNode);
    forget(this);
    return appendChild.call(this, child);
  };
  node.remove = function (this: Memo) {
    forget(this.parentNode);
    return remove.call(this);
  };
  node.replaceChild = function (this: Memo, added: Memo, removed: Memo) {
    forget(added.parentNode);
    forget(this);
    return replaceChild.call(this, added, removed);
  };
  element.__textRemembered = true;
  sameShapeForEveryNode(DOCUMENT_PROTO);
  searchMetaInHead(Object.getPrototypeOf(document));
}

/**
 * Readability's metadata pass searches the whole page for <meta> elements, a walk of every element
 * of the body. The builder puts every <meta> of the page in <head> (lib/html/prune/html-prune.ts), where the
 * search finds them in the same order as the walk of the whole page would; a page with an element
 * that reports itself as META elsewhere (a prefixed <x:meta> in the body) is walked whole, as before.
 */
type MetaSearch = { head: unknown; _everyMetaInHead?: boolean; getElementsByTagName(tag: string): unknown[] };
function searchMetaInHead(documentProto: MetaSearch): void {
  const search = documentProto.getElementsByTagName;
  documentProto.getElementsByTagName = function (this: MetaSearch, tag: string) {
    if (this._everyMetaInHead === true && this.head && tag.toUpperCase() === 'META') return search.call(this.head, tag);
    return search.call(this, tag);
  };
}

/**
 * JSDOMParser's nodes get their links (parentNode, previousSibling, nextSibling) as they are appended,
 * and Readability and this module add their own fields (a score, a data-table flag, remembered text)
 * as they go, each node in its own order: a page's nodes end up with dozens of hidden classes, and
 * every function that walks them (Readability's, the DOM's, ours) is optimised, thrown away when the
 * next shape comes, and optimised again. Every node made here has all those fields from the start, in
 * one order, so all elements share one shape and all text nodes another. Nothing reads them but by
 * value (`undefined` and `null` are what a missing field reads as), so no answer changes.
 *
 * The nodes are made by constructors of our own on JSDOMParser's prototypes (PageElement, PageText),
 * not by JSDOMParser's constructors with the fields added afterwards: V8 sizes an object for the
 * fields its constructor sets, so the ten added later went to a second, out-of-line store (one more
 * allocation per element, one more load per read of a link or a remembered text), and an element's
 * tag names are looked up once per name instead of upper- and lower-cased anew for every element.
 * Each constructor sets what JSDOMParser's does, to the same values (tests/ingest/html-dom-nodes.test.ts).
 */
type NodeProto = object;
type DocumentProto = { createElement(tag: string): object; createTextNode(text: string): object };

/** The prototypes of JSDOMParser's nodes (its constructors are not exported). */
const probe = new JSDOMParser().parse('<html><body></body></html>');
const probeElement = probe.createElement('div');
probeElement.setAttribute('a', 'b');
const ELEMENT_PROTO: NodeProto = Object.getPrototypeOf(probeElement);
const TEXT_PROTO: NodeProto = Object.getPrototypeOf(probe.createTextNode(''));
const DOCUMENT_PROTO: DocumentProto = Object.getPrototypeOf(probe);
const STYLE_PROTO: NodeProto = Object.getPrototypeOf((probeElement as unknown as { style: object }).style);
const ATTRIBUTE_PROTO: NodeProto = Object.getPrototypeOf((probeElement as unknown as { attributes: object[] }).attributes[0]);

/** An element's localName and tagName per tag as given (JSDOMParser's Element: the prefix dropped, lower and upper case). */
const tagNamesOf = new Map<string, readonly [string, string]>();
function namesOf(tag: string): readonly [string, string] {
  let names = tagNamesOf.get(tag);
  if (names === undefined) {
    const colon = tag.lastIndexOf(':');
    const local = colon !== -1 ? tag.substring(colon + 1) : tag;
    names = [local.toLowerCase(), local.toUpperCase()] as const;
    // Names a hostile page invents are not remembered past a bound.
    if (tagNamesOf.size < 10_000) tagNamesOf.set(tag, names);
  }
  return names;
}

interface PageElementFields {
  [field: string]: unknown;
}
/** JSDOMParser's Element (same fields, same values), with the links and the fields Readability and this module add. */
function PageElement(this: PageElementFields, tag: string): void {
  const names = namesOf(tag);
  this._matchingTag = tag;
  this.attributes = [];
  this.childNodes = [];
  this.children = [];
  this.nextElementSibling = null;
  this.previousElementSibling = null;
  this.localName = names[0];
  this.tagName = names[1];
  this.style = new (PageStyle as unknown as new (node: object) => object)(this);
  this.parentNode = null;
  this.previousSibling = null;
  this.nextSibling = null;
  this._text = undefined;
  this._linkDensity = undefined;
  this._linkTerms = undefined;
  this._shape = undefined;
  this._innerText = undefined;
  this.readability = undefined;
  this._readabilityDataTable = undefined;
}
PageElement.prototype = ELEMENT_PROTO;

/** JSDOMParser's Style: the element whose style attribute it reads. */
function PageStyle(this: { node: object }, node: object): void {
  this.node = node;
}
PageStyle.prototype = STYLE_PROTO;

/** JSDOMParser's Text as its document's createTextNode leaves it (its text set, no markup remembered), with the links. */
function PageText(this: PageElementFields, text: string): void {
  this.childNodes = [];
  this._textContent = text;
  this.parentNode = null;
  this.previousSibling = null;
  this.nextSibling = null;
}
PageText.prototype = TEXT_PROTO;

/** JSDOMParser's Attribute. */
function PageAttribute(this: { name: string; _value: string }, name: string, value: string): void {
  this.name = name;
  this._value = value;
}
PageAttribute.prototype = ATTRIBUTE_PROTO;

const newElement = (tag: string) => new (PageElement as unknown as new (tag: string) => JsdomElement)(tag);
const newText = (text: string) => new (PageText as unknown as new (text: string) => JsdomNode)(text);
const newAttribute = (name: string, value: string) => new (PageAttribute as unknown as new (name: string, value: string) => object)(name, value);

function sameShapeForEveryNode(documentProto: DocumentProto): void {
  documentProto.createElement = newElement;
  documentProto.createTextNode = newText;
}

rememberText();

/**
 * The calls to a PageDomBuilder, kept flat: one kind per call (CLOSE, TEXT, or OPEN plus its flags),
 * and its arguments in a second list (a text; an open's name and attributes). The calls live as long
 * as the page, so a young collection copies every one of them: a small array per element was most of
 * what it copied of the builder.
 */
const CLOSE = 0;
const TEXT = 1;
const OPEN = 2;
const IN_HEAD = 4;
const BUILT = 8;

/**
 * A block opened past MAX_DEPTH (a paragraph, heading, box…), built flat under the element at the
 * depth's end only once text comes to it: the paragraphs at the bottom of 100,000 nested boxes were
 * read as one (each block's text only set apart by a space), and 100,000 boxes that hold no text still
 * build nothing. A block opened inside it ends it: what it holds after that block is built as a block
 * of its own after it, so the text stays in page order.
 */
interface FlatBlock {
  name: string;
  attributes: Readonly<Record<string, string>> | null;
  /** Built when text first came; null until then, and again once a block inside it opens. */
  element: JsdomElement | null;
  /** The flat block it opened in. */
  outer: FlatBlock | null;
}
/** The blocks built flat under their own name; any other (a <div>, <section>, <li>, <td>) is built as a <div>. */
const FLAT_NAMES = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE']);

export class PageDomBuilder {
  readonly document: JsdomDocument;
  /**
   * For every open element, whether it was built (unbuilt ones give their text to the parent), or
   * was a block past MAX_DEPTH, whose text is set apart from the text around it (setApart).
   */
  private readonly built: (boolean | 'set apart' | FlatBlock)[] = [];
  /** The innermost block open past MAX_DEPTH. */
  private flat: FlatBlock | null = null;
  /** The built open elements, innermost last. */
  private readonly open_: JsdomElement[] = [];
  private parent: JsdomElement;
  /**
   * Every call, in order: Readability rebuilds the page from its first state when it retries with
   * looser flags (withPageSnapshot), and replaying the calls builds the same tree without parsing
   * the page again.
   */
  private readonly steps: number[] = [];
  private readonly stepArgs: (string | Readonly<Record<string, string>> | null)[] = [];
  /** The tag names (as the elements report them: prefix dropped, upper case) of every element built. */
  readonly tagNames = new Set<string>();
  /** The boxes containerFor made, each holding the children past MAX_CHILDREN of its parent. */
  private readonly boxes = new WeakSet<JsdomElement>();
  /**
   * The <h1>s built under <body> inside no other <h1>, in page order: what a walk of the tree as
   * built down to its <h1>s finds (lib/html/article/html-article-lead.ts, h1Texts), known without one.
   * Only while nothing has moved a node: a caller that moves nodes first walks the tree instead.
   */
  readonly outerH1s: JsdomElement[] = [];
  /** The elements built outside <head>, and those past MAX_ELEMENTS not built. */
  private elements = 0;
  unbuilt = 0;

  /**
   * A replayed copy records no calls: it is never replayed itself (every rebuild replays the page's
   * first builder), and recording them cost a rebuild of a page of 100,000 elements as much as
   * building its tree (two arrays grown by hundreds of thousands of entries, each time).
   */
  private readonly recording: boolean;

  constructor(recording = true) {
    this.recording = recording;
    this.document = emptyPage();
    this.parent = this.document.body;
    // Until an element built outside <head> says it is a META (searchMetaInHead).
    (this.document as { _everyMetaInHead?: boolean })._everyMetaInHead = true;
  }

  /** Forgets the calls (see releaseTree for why): the page can no longer be rebuilt. */
  release(): void {
    this.steps.length = 0;
    this.stepArgs.length = 0;
  }

  /**
   * A new document built by the same calls as this one. `bodyOnly`: its <head> left empty, for a
   * caller that reads only the body (Readability's retries restore only the body): a page of 50,000
   * <meta> elements built them again for every retry, most of its time. What is built into <head>
   * holds only text (a <meta>, the first <title>); one past MAX_DEPTH is not built at all (its text
   * goes to the body), so it is replayed as before.
   */
  replay(bodyOnly = false): JsdomDocument {
    const copy = new PageDomBuilder(false);
    const { steps, stepArgs } = this;
    // Depth inside a skipped head element: its texts and closes are skipped with it.
    let skipping = 0;
    for (let i = 0, arg = 0; i < steps.length; i++) {
      const step = steps[i];
      if (step === CLOSE) {
        if (skipping > 0) skipping--;
        else copy.close();
      } else if (step === TEXT) {
        const text = stepArgs[arg++] as string;
        if (skipping === 0) copy.text(text);
      } else {
        const name = stepArgs[arg++] as string;
        const attributes = stepArgs[arg++] as Readonly<Record<string, string>> | null;
        const inHead = (step & IN_HEAD) !== 0;
        const build = (step & BUILT) !== 0;
        if (skipping > 0) skipping++;
        else if (bodyOnly && inHead && build && copy.open_.length < MAX_DEPTH) skipping = 1;
        else copy.open(name, attributes, inHead, build);
      }
    }
    return copy.document;
  }

  /** Opens an element under the current one (or under <head>); `build` false keeps its text only. */
  open(name: string, attributes: Readonly<Record<string, string>> | null, inHead: boolean, build: boolean): void {
    // Past MAX_ELEMENTS an element is not built, now nor when replayed: its attributes are not kept.
    const pastCap = build && !inHead && this.elements >= MAX_ELEMENTS;
    if (pastCap) attributes = null;
    // An element not built is not recorded, nor its close (close): replayed, the pair only pushed
    // and popped `false` here, and its texts are recorded as they come (they go to its parent). A
    // page's dropped boxes (navigation, asides, footers, SVG) and hidden elements are a fifth of its
    // elements (metadata set), each replayed by every rebuild for nothing.
    if (!build) {
      this.built.push(false);
      return;
    }
    if (this.recording) {
      this.steps.push(OPEN | (inHead ? IN_HEAD : 0) | BUILT);
      this.stepArgs.push(name, attributes);
    }
    if (pastCap) this.unbuilt++;
    if (this.open_.length >= MAX_DEPTH || pastCap) {
      // Upper-cased here only: most elements never reach this depth or the cap, and this runs for each.
      const tag = name.toUpperCase();
      if (!pastCap && !inHead && startsBlock(tag) && tag !== 'BR' && tag !== 'HR') {
        if (this.flat) this.flat.element = null;
        this.flat = { name: FLAT_NAMES.has(tag) ? name : 'div', attributes: FLAT_NAMES.has(tag) ? attributes : null, element: null, outer: this.flat };
        this.parent = this.open_[this.open_.length - 1];
        this.built.push(this.flat);
        return;
      }
      // Its text goes to the element above; a paragraph's or a list item's set apart, so that its
      // first sentence does not run into the last one before it ("said.The").
      const apart = startsBlock(tag);
      if (apart) this.setApart();
      this.built.push(apart && 'set apart');
      return;
    }
    const element = this.newElement(name, attributes, inHead);
    this.built.push(true);
    this.open_.push(element);
    this.parent = element;
  }

  /** An element built under the current one (or under <head>), counted. */
  private newElement(name: string, attributes: Readonly<Record<string, string>> | null, inHead: boolean): JsdomElement {
    if (!inHead) this.elements++;
    const element = this.document.createElement(name);
    this.tagNames.add(element.tagName);
    if (!inHead && element.tagName === 'META') (this.document as { _everyMetaInHead?: boolean })._everyMetaInHead = false;
    // A new element has no attribute yet, and the names are distinct: setAttribute would add each.
    // Object.keys, not for…in: the same names in the same order (the parser's objects have no
    // prototype), without for…in's check, name by name, that each is still there (a dictionary
    // lookup per attribute: for…in was a third of building an element).
    if (attributes) {
      const list = (element as unknown as { attributes: object[] }).attributes;
      const keys = Object.keys(attributes);
      for (let i = 0; i < keys.length; i++) list.push(newAttribute(keys[i], attributes[keys[i]]));
    }
    appendNew(inHead ? this.document.head : this.containerFor(element.tagName), element);
    if (element.tagName === 'H1' && this.recording && isOuterH1UnderBody(element, this.document.body)) this.outerH1s.push(element);
    return element;
  }

  /**
   * The flat block text comes to, built now under the element at the depth's end; past MAX_ELEMENTS
   * none is, and its text is set apart in that element, as before.
   */
  private buildFlat(flat: FlatBlock): void {
    const deepest = this.open_[this.open_.length - 1];
    this.parent = deepest;
    if (this.elements >= MAX_ELEMENTS) {
      this.unbuilt++;
      this.setApart();
      flat.element = deepest;
      return;
    }
    // A space between it and the block before it: the page's text (its textContent) does not run them together.
    this.setApart();
    flat.element = this.newElement(flat.name, flat.attributes, false);
    this.parent = flat.element;
  }

  close(): void {
    const built = this.built.pop();
    // The close of an element not built, whose open was not recorded either (open).
    if (built === false) return;
    if (this.recording) this.steps.push(CLOSE);
    if (typeof built === 'object') {
      // What the block it opened in holds after it is built as a block of its own, after this one, and
      // the text after it is set apart from it, as after a block past the depth not built.
      this.flat = built.outer;
      if (this.flat) this.flat.element = null;
      this.parent = this.open_[this.open_.length - 1];
      if (built.element) this.setApart();
      return;
    }
    if (built === 'set apart') this.setApart();
    if (built !== true) return;
    this.open_.pop();
    this.parent = this.open_[this.open_.length - 1] ?? this.document.body;
  }

  /**
   * A space after the current element's text, unless it ends in one already: between the blocks of a
   * page nested past MAX_DEPTH. Not a step: replaying the open or close does it again.
   */
  private setApart(): void {
    const container = this.containerFor(null);
    const siblings = container.childNodes;
    const last = siblings[siblings.length - 1];
    if (!last) return;
    if (last.nodeType !== 3) container.appendChild(this.document.createTextNode(' '));
    else if (!this.endsInSpace(last)) last.textContent += ' ';
    else return;
    this.tailNode = container.childNodes[container.childNodes.length - 1];
    this.tailSpace = true;
  }

  /**
   * The last text node written to, and whether what was last written to it ends in whitespace: a text
   * node extended run by run is a string of pieces, which a pattern tested on its end copies whole
   * each time. Past MAX_ELEMENTS, 50,000 headings set apart in one <div> extended and tested one text
   * node 100,000 times: ten minutes.
   */
  // Two fields, not a { node, space } object: one was made for every text run of every page (and every rebuild).
  private tailNode: JsdomNode | null = null;
  private tailSpace = false;

  private endsInSpace(node: JsdomNode): boolean {
    return this.tailNode === node ? this.tailSpace : endsInWhitespace(node.textContent ?? '');
  }

  /**
   * Text right after text (the parser may split one run in several events; an element not built, or
   * built into <head>, leaves nothing between them) extends the same node: one text node, as the
   * page's markup parses again when Readability serialises and restores it.
   */
  text(text: string): void {
    if (this.recording) {
      this.steps.push(TEXT);
      this.stepArgs.push(text);
    }
    // Text past MAX_DEPTH builds the flat block it is in; white space between nested boxes builds none.
    const flat = this.flat;
    if (flat && !flat.element && /\S/.test(text)) this.buildFlat(flat);
    const container = this.containerFor(null);
    const siblings = container.childNodes;
    const last = siblings[siblings.length - 1];
    if (last && last.nodeType === 3) {
      // What its textContent setter does to a text node the builder made (it has no markup remembered).
      forget(container as unknown as Memo);
      (last as unknown as { _textContent: string })._textContent += text;
      if (text) {
        this.tailNode = last;
        this.tailSpace = endsInWhitespace(text);
      }
      return;
    }
    const node = newText(text);
    appendNew(container, node);
    this.tailNode = node;
    this.tailSpace = endsInWhitespace(text);
  }

  /**
   * Where the current element's next child goes: the element itself while it holds fewer than
   * MAX_CHILDREN children, else its last box while that has room, else a new box appended to it. A
   * box is a <span> when the child that opens it is a text or an inline element, so that a
   * paragraph's words are not split into blocks; else a BLOCK_BOX, which Readability neither scores
   * nor wraps nor counts as a block: a <div> box was a block child, so a <div> of 30,000 headings
   * was no longer read as one paragraph but as the parent of three (each box turned into one), and
   * outscored the article beside it, which was lost. `tag` is the child's tag name (upper case),
   * null for a text. The element then holds MAX_CHILDREN children and a box per MAX_CHILDREN more,
   * each short enough to splice.
   */
  private containerFor(tag: string | null): JsdomElement {
    const parent = this.parent;
    const children = parent.childNodes;
    if (children.length < MAX_CHILDREN) return parent;
    const last = children[children.length - 1] as JsdomElement;
    if (this.boxes.has(last) && last.childNodes.length < MAX_CHILDREN) return last;
    const box = this.document.createElement(tag !== null && startsBlock(tag) ? BLOCK_BOX : 'span');
    this.tagNames.add(box.tagName);
    this.boxes.add(box);
    parent.appendChild(box);
    return box;
  }
}

/**
 * Whether a walk from `body` down its elements' children, stopping at each <h1>, reaches this <h1>:
 * its parents lead to `body` (not to <head>, where an element may open inside a <title> left open)
 * through no other <h1>.
 */
function isOuterH1UnderBody(h1: JsdomElement, body: JsdomElement): boolean {
  for (let parent = h1.parentNode as JsdomElement | null; parent; parent = parent.parentNode as JsdomElement | null) {
    if (parent === body) return true;
    if (parent.tagName === 'H1') return false;
  }
  return false;
}

/**
 * JSDOMParser's appendChild (with the remembered text forgotten, as the patched one does) for a node
 * just made, which has no parent to be taken from: the same links set in the same way.
 */
function appendNew(parent: JsdomElement | JsdomDocument, child: JsdomNode): void {
  forget(parent as unknown as Memo);
  type Linked = { nodeType: number; previousSibling: Linked | null; nextSibling: Linked | null; previousElementSibling: Linked | null; nextElementSibling: Linked | null; parentNode: unknown };
  const node = child as unknown as Linked;
  const childNodes = parent.childNodes as unknown as Linked[];
  const last = childNodes[childNodes.length - 1] || null;
  if (last) last.nextSibling = node;
  node.previousSibling = last;
  if (node.nodeType === 1) {
    const children = (parent as JsdomElement).children as unknown as Linked[];
    const previous = children[children.length - 1] || null;
    node.previousElementSibling = previous;
    children.push(node);
    if (previous) previous.nextElementSibling = node;
  }
  childNodes.push(node);
  node.parentNode = parent;
}

/**
 * The document JSDOMParser makes of '<html><head></head><body></body></html>': the same fields, in the
 * order its parser sets them, without parsing that markup for every page and every rebuild.
 */
function emptyPage(): JsdomDocument {
  const document = Object.create(DOCUMENT_PROTO) as JsdomDocument & Record<string, unknown>;
  document.documentURI = undefined;
  document.styleSheets = [];
  document.childNodes = [];
  (document as unknown as { children: unknown[] }).children = [];
  const html = newElement('html');
  const head = newElement('head');
  const body = newElement('body');
  appendNew(html, head);
  document.head = head;
  appendNew(html, body);
  document.body = body;
  document.documentElement = html;
  appendNew(document, html);
  return document;
}

/**
 * Unlinks a page's tree once nothing reads it any more: every node's links, children and remembered
 * texts go, and text nodes drop their text. A garbage collection that runs while a page is being read
 * moves the page's nodes so far to the old generation; everything the page later hangs on them
 * (remembered texts, scores, new children) stays reachable from those nodes, dead or not, until the
 * next full collection, and each young collection before it copies all of that (a third of the HTML
 * path's collection work). Unlinked, the dead nodes keep nothing alive.
 */
/**
 * The lists of a let-go node: one empty list for all, frozen, so that a node read after it was let go
 * fails at once instead of growing a list every dead node shares. Replacing a node's lists, not
 * emptying them, costs a store instead of a length change (a call into V8's runtime each), and leaves
 * alone a list another node still holds (a body's children after restoreBody took them over).
 */
const NO_NODES: never[] = Object.freeze([]) as unknown as never[];

export function releaseTree(root: unknown): void {
  type Node = { nodeType: number; childNodes?: Node[]; children?: Node[]; [field: string]: unknown };
  const stack: Node[] = [root as Node];
  while (stack.length) {
    const node = stack.pop()!;
    const children = node.childNodes;
    if (children) {
      for (let i = 0; i < children.length; i++) stack.push(children[i]);
      node.childNodes = NO_NODES;
    }
    node.parentNode = node.previousSibling = node.nextSibling = null;
    if (node.nodeType === 1) {
      node.children = NO_NODES;
      node.attributes = NO_NODES;
      node.nextElementSibling = node.previousElementSibling = null;
      node._text = node._shape = node._innerText = node._linkDensity = node._linkTerms = node.readability = undefined;
    } else if (node.nodeType === 3) node._textContent = '';
  }
}
