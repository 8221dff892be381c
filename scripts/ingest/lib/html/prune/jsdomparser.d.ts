/**
 * Readability ships JSDOMParser, the small DOM Firefox's reader view ran in a worker, without types.
 * Its CommonJS export is the parser; the nodes it builds are typed here as far as the ingest uses them.
 */
declare module '@mozilla/readability/JSDOMParser.js' {
  export interface JsdomNode {
    nodeType: number;
    nodeName: string;
    childNodes: JsdomNode[];
    textContent: string;
    parentNode: JsdomNode | null;
    appendChild(child: JsdomNode): void;
  }
  export interface JsdomElement extends JsdomNode {
    /** Upper case, any namespace prefix dropped. */
    tagName: string;
    children: JsdomElement[];
    setAttribute(name: string, value: string): void;
    getAttribute(name: string): string | undefined;
  }
  export interface JsdomDocument extends JsdomNode {
    documentElement: JsdomElement;
    head: JsdomElement;
    body: JsdomElement;
    title: string;
    createElement(tag: string): JsdomElement;
    createTextNode(text: string): JsdomNode;
  }
  export default class JSDOMParser {
    parse(html: string, url?: string): JsdomDocument;
  }
}
