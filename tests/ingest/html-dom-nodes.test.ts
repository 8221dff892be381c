/**
 * The page DOM's nodes are made by constructors of lib/html/prune/html-dom.ts on JSDOMParser's prototypes,
 * and the builder links them itself (appendNew) and writes its empty page without parsing it: each is
 * held here to what JSDOMParser's own constructors, appendChild, setAttribute and parser give.
 */
import { describe, expect, it } from 'vitest';
import JSDOMParser from '@mozilla/readability/JSDOMParser.js';
import { prunePage, WARM_UP_PAGE } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { PageDomBuilder, type JsdomDocument, type JsdomNode } from '../../scripts/ingest/lib/html/prune/html-dom.ts';

type Fields = Record<string, unknown> & { childNodes: Fields[]; children?: Fields[]; attributes?: Fields[]; nodeType: number };

/** The element JSDOMParser's own parser makes for a tag (its Element constructor; createElement is ours now). */
function jsdomElement(tag: string): Fields {
  return new JSDOMParser().parse(`<${tag}></${tag}>`).childNodes[0] as unknown as Fields;
}

const LINKS = ['parentNode', 'previousSibling', 'nextSibling', 'previousElementSibling', 'nextElementSibling'];
/** What the page's nodes hold beside JSDOMParser's fields, all unset on a new node. */
const ADDED = ['_text', '_linkDensity', '_linkTerms', '_shape', '_innerText', 'readability', '_readabilityDataTable'];

describe("the page's node constructors (html-dom.ts) make what JSDOMParser's make", () => {
  it('an element: every field JSDOMParser sets, to the same value, for plain, prefixed and mixed-case names', () => {
    const document = new PageDomBuilder().document;
    for (const tag of ['div', 'p', 'o:p', 'x:y:z', 'my-widget', 'Mixed-Case', 'svg:Path', 'X-CHILDREN', ':a', 'a:']) {
      const ours = document.createElement(tag) as unknown as Fields;
      const theirs = jsdomElement(tag);
      expect(Object.getPrototypeOf(ours)).toBe(Object.getPrototypeOf(theirs));
      for (const key of Object.keys(theirs)) {
        if (key === 'style') {
          expect(Object.getPrototypeOf(ours.style)).toBe(Object.getPrototypeOf(theirs.style));
          expect((ours.style as { node: unknown }).node).toBe(ours);
          continue;
        }
        if (key === 'parentNode' || key === 'previousSibling' || key === 'nextSibling') continue;
        expect([tag, key, ours[key]]).toEqual([tag, key, theirs[key]]);
      }
      for (const key of [...LINKS, ...ADDED]) expect(ours[key] ?? null).toBeNull();
    }
  });

  it('an element made by a name it has made before still has lists of its own', () => {
    const document = new PageDomBuilder().document;
    const [a, b] = [document.createElement('div'), document.createElement('div')] as unknown as Fields[];
    expect(a.childNodes).not.toBe(b.childNodes);
    expect(a.children).not.toBe(b.children);
    expect(a.attributes).not.toBe(b.attributes);
    expect(a.style).not.toBe(b.style);
  });

  it('a text node: the same text, markup and prototype as JSDOMParser\'s createTextNode gives', () => {
    const document = new PageDomBuilder().document;
    const original = new JSDOMParser().parse('<html><body></body></html>');
    for (const text of ['', 'plain', 'a < b & c > d', ' \n\t ', 'Ünïcödé “quotes”']) {
      const ours = document.createTextNode(text) as unknown as Fields & { textContent: string; innerHTML: string };
      const theirs = Object.getPrototypeOf(original).createTextNode.call(original, text) as Fields & { textContent: string; innerHTML: string };
      expect(Object.getPrototypeOf(ours)).toBe(Object.getPrototypeOf(theirs));
      expect(ours.textContent).toBe(theirs.textContent);
      expect(ours.innerHTML).toBe(theirs.innerHTML);
      expect(ours.childNodes).toEqual([]);
    }
  });

  it("the builder's empty page: the document JSDOMParser parses from <html><head></head><body></body></html>", () => {
    const ours = new PageDomBuilder().document as unknown as Fields & JsdomDocument;
    const theirs = new JSDOMParser().parse('<html><head></head><body></body></html>') as unknown as Fields & JsdomDocument;
    expect(Object.getPrototypeOf(ours)).toBe(Object.getPrototypeOf(theirs));
    expect(shape(ours as unknown as Fields)).toEqual(shape(theirs as unknown as Fields));
    expect(ours.documentElement.tagName).toBe('HTML');
    expect(ours.head.tagName).toBe('HEAD');
    expect(ours.body.tagName).toBe('BODY');
    expect(ours.head.parentNode).toBe(ours.documentElement);
    expect(ours.documentElement.parentNode).toBe(ours);
    expect(ours.documentURI).toBe(theirs.documentURI);
    expect(ours.styleSheets).toEqual([]);
    expect(ours.title).toBe('');
  });
});

/**
 * A tree as plain data: each node's type, names, attributes and text, and its links as positions in
 * the tree's order (so two trees compare by their links, not by the nodes' identity).
 */
function shape(root: Fields): unknown[] {
  const order: Fields[] = [];
  const walk = (node: Fields) => {
    order.push(node);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  const positions = new Map<unknown, number>(order.map((node, i) => [node, i]));
  // A link out of the tree (the root's parent and siblings) reads as none.
  const at = (node: unknown) => (node === null || node === undefined ? null : (positions.get(node) ?? null));
  return order.map((node) => ({
    type: node.nodeType,
    name: node.nodeType === 1 ? [node.tagName, node.localName, node._matchingTag] : null,
    attributes: node.attributes?.map((a) => [a.name, (a as unknown as { value: unknown }).value, Object.getPrototypeOf(a) === Object.getPrototypeOf(jsdomAttribute())]) ?? null,
    text: node.nodeType === 3 ? (node as unknown as { textContent: unknown }).textContent : null,
    links: LINKS.map((link) => at(node[link])),
    childNodes: node.childNodes.map(at),
    children: node.children?.map(at) ?? null,
  }));
}

function jsdomAttribute(): Fields {
  const element = jsdomElement('div') as Fields & { setAttribute(n: string, v: string): void };
  element.setAttribute('a', 'b');
  return element.attributes![0];
}

/** The same tree built again through JSDOMParser's own appendChild and setAttribute. */
function rebuiltThroughTheDom(root: Fields, document: JsdomDocument): Fields {
  const copy = (node: Fields): Fields => {
    if (node.nodeType === 3) return document.createTextNode((node as unknown as { textContent: string }).textContent) as unknown as Fields;
    const element = document.createElement(node._matchingTag as string) as unknown as Fields & { setAttribute(n: string, v: string): void; appendChild(c: unknown): void };
    for (const attribute of node.attributes!) element.setAttribute(attribute.name as string, (attribute as unknown as { value: string }).value);
    for (const child of node.childNodes) element.appendChild(copy(child));
    return element;
  };
  return copy(root);
}

describe("the builder's links and attributes (html-dom.ts appendNew) are those appendChild and setAttribute make", () => {
  it('for a page that takes the builder through every kind of call, and for its rebuilds', () => {
    for (const source of [WARM_UP_PAGE, [WARM_UP_PAGE.slice(0, 700), WARM_UP_PAGE.slice(700)], '<p>a<b>b</b>c &amp; d<i></i>e</p><div>x<br>y<br/>z</div>']) {
      const { document, rebuild } = prunePage(source);
      for (const page of [document, rebuild(), rebuild(true)]) {
        for (const part of [page.head, page.body] as unknown as Fields[]) {
          const again = rebuiltThroughTheDom(part, new JSDOMParser().parse('<html><body></body></html>'));
          expect(shape(part)).toEqual(shape(again));
        }
      }
    }
  });

  it('for an element past the builder\'s bound of children, whose children go into boxes', () => {
    const html = `<div>${'<p>one</p>two<br>'.repeat(4_000)}</div>`;
    const body = prunePage(html).document.body as unknown as Fields;
    const again = rebuiltThroughTheDom(body, new JSDOMParser().parse('<html><body></body></html>'));
    const ours = shape(body);
    expect(ours.length).toBeGreaterThan(12_000);
    // (As one string: a deep compare of 12,000 nodes takes vitest half a minute.)
    expect(JSON.stringify(ours)).toBe(JSON.stringify(shape(again)));
  });
});

// The text nodes the builder extends (a run split by the parser) read as one text.
describe("the builder's text runs", () => {
  it('join pieces of one run into one text node, as textContent += does', () => {
    const { document } = prunePage(['<p>one &amp; tw', 'o</p><p>three</p>']);
    const p = document.body.children[0] as unknown as { childNodes: JsdomNode[] };
    expect(p.childNodes.length).toBe(1);
    expect(p.childNodes[0].textContent).toBe('one & two');
  });
});
