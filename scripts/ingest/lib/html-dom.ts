/**
 * The page's DOM, built straight from the prune pass's parser events (lib/html-prune.ts): one HTML
 * parse per page, no serialised copy parsed again. The nodes are Readability's own JSDOMParser ones,
 * the small DOM Mozilla ships with Readability and tests it on (plain arrays for child lists, no event
 * targets, no live collections), several times cheaper to build and to walk than a full DOM.
 *
 * The tree is at most MAX_DEPTH elements deep: a deeper element adds its text to the one above, so a
 * hostile page of 100,000 nested <div>s still reads without exhausting the stack of the recursive
 * walks (Readability's and ours).
 */
import JSDOMParser, { type JsdomDocument, type JsdomElement, type JsdomNode } from '@mozilla/readability/JSDOMParser.js';

export type { JsdomDocument, JsdomElement, JsdomNode };

/** Far deeper than any page's article (real pages nest a few dozen elements); far below the stack's limit. */
export const MAX_DEPTH = 400;

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
  parentNode: Memo | null;
}
function forget(node: Memo | null): void {
  for (let n = node; n && n._text !== undefined; n = n.parentNode) n._text = undefined;
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
    get: elementHtml.get,
    set(this: Memo, value: string) {
      forget(this);
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
}
rememberText();

export class PageDomBuilder {
  readonly document: JsdomDocument;
  /** For every open element, whether it was built (unbuilt ones give their text to the parent). */
  private readonly built: boolean[] = [];
  /** The built open elements, innermost last. */
  private readonly open_: JsdomElement[] = [];
  private parent: JsdomElement;
  /** The text node the next text event extends (the parser may split one run of text in several events). */
  private lastText: JsdomNode | null = null;

  constructor() {
    this.document = new JSDOMParser().parse('<html><head></head><body></body></html>');
    this.parent = this.document.body;
  }

  /** Opens an element under the current one (or under <head>); `build` false keeps its text only. */
  open(name: string, attributes: [string, string][] | null, inHead: boolean, build: boolean): void {
    this.lastText = null;
    if (!build || this.open_.length >= MAX_DEPTH) {
      this.built.push(false);
      return;
    }
    const element = this.document.createElement(name);
    if (attributes) for (const [key, value] of attributes) element.setAttribute(key, value);
    (inHead ? this.document.head : this.parent).appendChild(element);
    this.built.push(true);
    this.open_.push(element);
    this.parent = element;
  }

  close(): void {
    this.lastText = null;
    if (!this.built.pop()) return;
    this.open_.pop();
    this.parent = this.open_[this.open_.length - 1] ?? this.document.body;
  }

  text(text: string): void {
    if (this.lastText) {
      this.lastText.textContent += text;
      return;
    }
    const node = this.document.createTextNode(text);
    this.parent.appendChild(node);
    this.lastText = node;
  }
}
