/**
 * Parsing built pages for the static checks (links, headings, SVG, scripts): htmlparser2, which
 * decodes entities and keeps SVG children, with a few DOM-like helpers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';

// The DOM types of the domhandler htmlparser2 itself uses (not whichever copy sits at the top level).
export type Document = ReturnType<typeof parseDocument>;
export type Element = ReturnType<typeof DomUtils.findAll>[number];
type ChildNode = Document['children'][number];

export const parseHtml = (html: string): Document => parseDocument(html);
export const parseFile = (dir: string, file: string) => parseHtml(readFileSync(join(dir, file), 'utf8'));

const elementTypes = new Set(['tag', 'script', 'style']);
export const isElement = (node: ChildNode | Document | null | undefined): node is Element => !!node && elementTypes.has(node.type);

/** All elements in document order, optionally only those matching a predicate. */
export function elements(root: Document | Element, test: (element: Element) => boolean = () => true): Element[] {
  return DomUtils.findAll(test, root.children);
}

export const byTag = (root: Document | Element, ...names: string[]) => elements(root, (e) => names.includes(e.name));
export const attr = (element: Element, name: string): string | undefined => element.attribs[name];
export const text = (node: Element | Document) => DomUtils.textContent(node).replace(/\s+/g, ' ').trim();

export function ancestors(element: Element): Element[] {
  const list: Element[] = [];
  for (let at = element.parent; at && isElement(at as ChildNode); at = at.parent) list.push(at as Element);
  return list;
}

export const closest = (element: Element, name: string) => ancestors(element).find((a) => a.name === name);

export function nextElementSibling(element: Element): Element | undefined {
  for (let at = element.nextSibling; at; at = at.nextSibling) if (isElement(at)) return at;
  return undefined;
}

/** Ids on a page (and legacy `<a name>` targets), for resolving `#fragment` links. */
export function anchorsOf(root: Document): Set<string> {
  const ids = new Set<string>();
  for (const e of elements(root, (e) => 'id' in e.attribs || (e.name === 'a' && 'name' in e.attribs))) {
    ids.add(e.attribs.id ?? e.attribs.name);
  }
  return ids;
}
