/**
 * The HTML path's one parse (lib/html/prune/html-prune.ts) builds Readability's small DOM (lib/html/prune/html-dom.ts):
 * the tree keeps the page's text in order whatever its nesting, and an element's remembered text
 * follows every change Readability makes to the tree.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { MAX_DEPTH, releaseTree, withPageSnapshot, type JsdomElement } from '../../scripts/ingest/lib/html/prune/html-dom.ts';
import { article } from './helpers.ts';
import { Readability } from '@mozilla/readability';
import '../../scripts/ingest/lib/html/article/readability-speed.ts';

const P = 'Scientists from both countries will share data from ocean observation stations for five years, the ministry said.';

type El = JsdomElement & { textContent: string; remove(): void; replaceChild(a: unknown, b: unknown): void; innerHTML: string };

describe('the page DOM built by the prune pass', () => {
  it('puts title and meta in <head>, the page in <body>, with only the kept attributes', () => {
    const { document, meta } = prunePage(
      `<!doctype html><meta property="og:title" content="Hi"><html lang="pt-BR"><head><title>A &amp; B</title><script>var x = "<p>no</p>"</script></head>
<body><div id="main" class="story" data-blob="${'x'.repeat(1000)}" onclick="alert(1)"><p>One &lt;b&gt; two</p><nav>menu</nav></div></body></html>`,
    );
    expect(document.title).toBe('A & B');
    expect(meta.lang).toBe('pt-BR');
    expect(document.documentElement.getAttribute('lang')).toBe('pt-BR');
    expect(document.head.children.map((e) => e.nodeName)).toEqual(['META', 'TITLE']);
    const div = document.body.children[0];
    expect(div.getAttribute('id')).toBe('main');
    expect(div.getAttribute('data-blob')).toBeUndefined();
    expect(div.getAttribute('onclick')).toBeUndefined();
    expect((document.body as El).textContent.trim()).toBe('One <b> two');
  });

  it('keeps the text of elements with names no DOM takes, and the page serialises to markup that parses back the same', () => {
    const { document } = prunePage('<html><body><div><x:>one</x:> <a"b>two</a"b> <o:p>three</o:p> <my-widget>four</my-widget></div></body></html>');
    const body = document.body as El;
    expect(body.textContent).toBe('one two three four');
    const html = body.innerHTML;
    body.innerHTML = html;
    expect(body.textContent).toBe('one two three four');
    expect(body.innerHTML).toBe(html);
  });

  it('keeps a hostile page of 20,000 nested elements to a bounded depth, its text whole and in order', () => {
    // (The parser ignores start tags past MAX_OPEN_ELEMENTS, lib/html/prune/html-parser.ts; 20,000 is past both bounds.)
    const depth = 20_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>${P}</p>${'</div>'.repeat(depth)}<p>${P.replace('five', 'six')}</p></body></html>`;
    const { document } = prunePage(html);
    let levels = 0;
    for (let e: JsdomElement | undefined = document.body; e; e = e.children[0]) levels++;
    // A paragraph past the depth is built flat under the deepest element, one level below it (FlatBlock).
    expect(levels).toBeLessThanOrEqual(MAX_DEPTH + 2);
    expect((document.body as El).textContent.trim()).toBe(`${P} ${P.replace('five', 'six')}`);
    // and through the whole ingest, without a stack overflow
    const { body } = article(html, 'deep.html');
    expect(body).toContain(P);
  });

  it('keeps the paragraphs of a page nested past its bound apart: their sentences are not run together', () => {
    const second = 'The stations will also train young researchers from both regions, officials said at the signing.';
    const html = `<html><body>${'<div>'.repeat(2_000)}<p>${P}</p><p>${second}</p><ul><li>One lab</li><li>Two labs</li></ul>${'</div>'.repeat(2_000)}</body></html>`;
    const text = (prunePage(html).document.body as El).textContent;
    expect(text).not.toContain('said.The');
    expect(text).not.toContain('labTwo');
    // Each a paragraph of its own (hostile-deep-blocks), no longer one paragraph of both.
    expect(article(html, 'deep.html').body).toContain(`${P}\n${second}`);
  });

  it("remembers an element's text only until its subtree changes", () => {
    const { document } = prunePage('<html><body><div id="a"><p id="p1">one </p><p id="p2">two </p></div><div id="b"><p>three</p></div></body></html>');
    const body = document.body as El;
    const [a, b] = body.children as El[];
    expect(body.textContent).toBe('one two three');
    (a.children[1] as El).remove();
    expect(body.textContent).toBe('one three');
    b.appendChild(a.children[0]);
    expect(a.textContent).toBe('');
    expect(b.textContent).toBe('threeone ');
    const p = document.createElement('p');
    p.appendChild(document.createTextNode('four'));
    b.replaceChild(p, b.children[0]);
    expect(body.textContent).toBe('fourone ');
    (b.children[1] as El).textContent = 'five';
    expect(body.textContent).toBe('fourfive');
    const saved = body.innerHTML;
    b.remove();
    expect(body.textContent).toBe('');
    body.innerHTML = saved;
    expect(body.textContent).toBe('fourfive');
  });

  it("remembers an element's link density only until its subtree or a link's href changes (lib/html/article/readability-speed.ts)", () => {
    const { document } = prunePage('<html><body><div id="a"><p>some words here <a href="/x">a link</a></p></div></body></html>');
    const reader = new Readability(document as unknown as Document) as unknown as { _getLinkDensity(e: unknown): number };
    const div = document.body.children[0] as El;
    const link = (div as unknown as { getElementsByTagName(tag: string): El[] }).getElementsByTagName('a')[0];
    const fresh = () => (link.getAttribute('href') === '#top' ? 0.3 : 1) * 'a link'.length / div.textContent.trim().replace(/\s{2,}/g, ' ').length;
    expect(reader._getLinkDensity(div)).toBeCloseTo(fresh());
    link.setAttribute('href', '#top');
    expect(reader._getLinkDensity(div)).toBeCloseTo(fresh());
    div.children[0].appendChild(document.createTextNode(' and many more words after the link'));
    expect(reader._getLinkDensity(div)).toBeCloseTo(fresh());
    link.remove();
    expect(reader._getLinkDensity(div)).toBe(0);
  });

  it('builds one text node where the markup parses back as one (around a dropped or head element)', () => {
    const { document } = prunePage('<html><body><div>one<img src="x">two<meta name="a" content="b">three<script>no</script>four</div></body></html>');
    const div = document.body.children[0];
    expect(div.childNodes.map((n) => [n.nodeType, n.textContent])).toEqual([[3, 'onetwothreefour']]);
  });

  it('lets Readability snapshot and restore the page without serialising it', () => {
    const source = `<html><body><div><p>${P}</p><p>Second paragraph.</p></div></body></html>`;
    const { document } = prunePage(source);
    const body = document.body as El;
    let restored = 0;
    withPageSnapshot(document, () => prunePage(source).document, () => restored++, () => {
      const cached = body.innerHTML;
      expect(cached.length).toBeLessThan(40);
      (body.children[0] as El).remove();
      expect(body.textContent).toBe('');
      body.innerHTML = cached;
      expect(body.textContent).toBe(`${P}Second paragraph.`);
      expect(body.children[0].parentNode).toBe(body);
    });
    expect(restored).toBe(1);
    // Outside a snapshot, markup reads and writes as usual.
    expect(body.innerHTML).toBe(`<div><p>${P}</p><p>Second paragraph.</p></div>`);
  });

  it('builds nothing a reader cannot see, but still reads its metadata', () => {
    const { document, meta } = prunePage(
      `<html><body><div hidden><h1>Hidden headline</h1></div><p aria-hidden="true">gone</p><p aria-hidden="true" class="fallback-image">kept</p>
<div style="color: red; display: none">gone</div><div style="visibility:hidden">gone</div><div style="display:block"><p>${P}</p><time datetime="2020-01-02" style="display:none">Jan 2</time></div></body></html>`,
    );
    expect((document.body as El).textContent.replace(/\s+/g, ' ').trim()).toBe(`kept ${P}`);
    expect(meta.h1).toEqual(['Hidden headline']);
    expect(meta.times).toEqual([{ datetime: '2020-01-02', text: 'Jan 2' }]);
  });

  it('lets a read page go: no node of the page or the article keeps a link, a child, a remembered text or a score', () => {
    const source = `<html><body><div class="story"><h2>Sub</h2><p>${P}</p><p>${P} <a href="/x">A link</a>.</p></div><div><p>Other.</p></div></body></html>`;
    const { document, rebuild, release } = prunePage(source);
    const article = new Readability(document as unknown as Document, { serializer: (n: Node) => n }).parse();
    const content = article?.content as unknown as { childNodes: unknown[] };
    expect((content as unknown as El).textContent).toContain('A link');
    const nodes: Record<string, unknown>[] = [];
    const collect = (n: { childNodes: unknown[] }) => {
      nodes.push(n as unknown as Record<string, unknown>);
      for (const c of n.childNodes) collect(c as { childNodes: unknown[] });
    };
    collect(document as unknown as { childNodes: unknown[] });
    collect(content);
    expect(nodes.some((n) => n._text !== undefined) && nodes.some((n) => n.readability !== undefined)).toBe(true);
    release(document);
    releaseTree(content);
    for (const n of nodes) {
      expect((n.childNodes as unknown[]).length).toBe(0);
      expect([n.parentNode, n.previousSibling, n.nextSibling]).toEqual([null, null, null]);
      if (n.nodeType === 1) expect([(n.children as unknown[]).length + (n.attributes as unknown[]).length, n._text, n._shape, n._innerText, n.readability, n.nextElementSibling]).toEqual([0, undefined, undefined, undefined, undefined, null]);
      if (n.nodeType === 3) expect(n._textContent).toBe('');
    }
    // The builder's calls are gone with it.
    expect((rebuild().body as El).textContent).toBe('');
  });
});
