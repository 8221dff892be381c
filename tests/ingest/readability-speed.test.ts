/**
 * Readability's link density from remembered text shapes (lib/readability-speed.ts): the length of
 * an element's trimmed, space-normalised text without building it, and the density from it, must be
 * what Readability's own code computes, on whitespace of every kind and after the tree changes.
 */
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { prunePage } from '../../scripts/ingest/lib/html-prune.ts';
import { innerTextLength, knowTagNames } from '../../scripts/ingest/lib/readability-speed.ts';

/** The few DOM members these tests read (linkedom's elements have them all). */
type El = { tagName: string; textContent: string; childNodes: El[]; setAttribute(n: string, v: string): void; children: El[]; remove(): void; appendChild(c: unknown): void; getAttribute(n: string): string | null; getElementsByTagName(t: string): El[] };

/** Readability's _getInnerText(e).length, as its source computes it. */
const readabilityLength = (e: El) => e.textContent.trim().replace(/\s{2,}/g, ' ').length;

/** Readability 0.6's _getLinkDensity, as its source computes it. */
function readabilityDensity(e: El): number {
  const textLength = readabilityLength(e);
  if (textLength === 0) return 0;
  let linkLength = 0;
  for (const link of e.getElementsByTagName('a')) {
    const href = link.getAttribute('href');
    linkLength += readabilityLength(link) * (href && /^#.+/.test(href) ? 0.3 : 1);
  }
  return linkLength / textLength;
}

const density = (e: El) => (Readability.prototype as unknown as { _getLinkDensity(e: El): number })._getLinkDensity.call(Readability.prototype, e);

function allElements(root: El): El[] {
  return [root, ...root.children.flatMap((c) => allElements(c as El))];
}

const WHITESPACE = [' ', '  ', '\n', '\t \n', '\u00a0', '\u00a0 \u2028', '\ufeff', '\u3000\u3000', '\u200b', '', 'x'];

describe('text lengths and link density from remembered shapes', () => {
  it('match Readability on whitespace of every kind, at the ends, between and inside elements', () => {
    const pages = [
      '<div><p>  One  two\n\nthree </p><p></p><p> </p><div>\u00a0<a href="/x">link\t text</a>\u00a0</div></div>',
      '<div>\ufeffBOM start<span> </span><span></span><b>bold</b>\u2028end\u2028</div><div><a href="#top">#</a><a href="#">home</a><a>bare</a></div>',
      '<section>中文\u3000新闻<a href="/a">链接</a>\u3000\u3000</section><ul><li> a </li><li>\n</li><li>b\u200bc</li></ul>',
    ];
    // Every pair of whitespace pieces around and between two words and a link, too.
    for (const a of WHITESPACE) for (const b of WHITESPACE) pages.push(`<div>${a}w1${b}<a href="/l">${a}w2${b}</a>${b}<i>${a}</i>${a}</div>`);
    for (const html of pages) {
      const { document } = prunePage(`<html><body>${html}</body></html>`);
      for (const e of allElements(document.body as unknown as El)) {
        expect(innerTextLength(e as never), `${html} ${e.tagName}`).toBe(readabilityLength(e));
        expect(density(e), `${html} ${e.tagName}`).toBe(readabilityDensity(e));
      }
    }
  });

  it('follow the tree when Readability moves, removes or changes nodes', () => {
    const { document } = prunePage('<html><body><div id="a"><p>Some words here.</p><p><a href="/x">A link</a> and text.</p></div><div id="b"><a href="/y">moved link</a></div></body></html>');
    const [a, b] = (document.body as unknown as El).children;
    expect(density(a)).toBe(readabilityDensity(a));
    const link = b.children[0];
    a.appendChild(link);
    expect(density(a)).toBe(readabilityDensity(a));
    expect(density(b)).toBe(0);
    a.children[0].remove();
    expect(density(a)).toBe(readabilityDensity(a));
    expect(innerTextLength(a as never)).toBe(readabilityLength(a));
    a.children[0].setAttribute('href', '#anchor');
    expect(density(a)).toBe(readabilityDensity(a));
    (a.children[0].childNodes[1] as unknown as { textContent: string }).textContent = '   spaced    out   ';
    expect(density(a)).toBe(readabilityDensity(a));
    expect(innerTextLength(a as never)).toBe(readabilityLength(a));
  });

  it('skips searches for tags the page cannot have, and only those', () => {
    const html = '<html><body><div><p>Text <font>old</font></p><x:footer>prefixed footer</x:footer><o:p>word</o:p><footer>dropped</footer><table><tr><td>cell</td></tr></table></div></body></html>';
    const tags = ['script', 'noscript', 'style', 'font', 'footer', 'p', 'td', 'object', 'embed', 'iframe', 'input', 'button', 'div', 'span', 'img', 'a', '*'];
    for (const page of [html, html.replace('<div>', '<div><x:noscript>n</x:noscript>')]) {
      const { document, tagNames } = prunePage(page);
      const reader = new Readability(document as unknown as Document) as unknown as { _getAllNodesWithTag(n: unknown, t: string[]): El[] };
      knowTagNames(reader, tagNames);
      for (const tag of tags) expect(reader._getAllNodesWithTag(document, [tag]), tag).toEqual((document as unknown as El).getElementsByTagName(tag).slice());
      expect(reader._getAllNodesWithTag(document, ['object', 'embed', 'iframe'])).toEqual([]);
      expect(reader._getAllNodesWithTag(document, ['object', 'footer']).length).toBe(1);
    }
  });

  it('unwraps noscript images only on a page built with images or noscripts, as Readability does', () => {
    for (const [html, imgs] of [['<p>a<x:img></x:img>b</p>', 0], ['<p>a b</p>', 0], ['<p>a<x:img class="photo.jpg"></x:img>b</p>', 1]] as const) {
      const { document, tagNames } = prunePage(`<html><body>${html}</body></html>`);
      const reader = new Readability(document as unknown as Document) as unknown as { _unwrapNoscriptImages(d: unknown): void };
      knowTagNames(reader, tagNames);
      reader._unwrapNoscriptImages(document);
      expect((document as unknown as El).getElementsByTagName('img').length, html).toBe(imgs);
    }
  });
});

describe('counting a character in an element\'s text', () => {
  const proto = Readability.prototype as unknown as { _getCharCount(e: El, s?: string): number; _getInnerText(e: El): string };
  /** Readability 0.6's _getCharCount, as its source computes it. */
  const readabilityCount = (e: El, s?: string) => proto._getInnerText.call(proto, e).split(s || ',').length - 1;

  it('counts what splitting the text counts, for any separator and at the ends', () => {
    const pages = [
      '<div>a, b, c</div>',
      '<div>,,,</div><div>, leading and trailing ,</div><div>no commas at all</div><div></div>',
      '<div>one,<b>,two</b>,<i>three</i>,</div><div>ab ab aba abab</div><div>،，﹐ not ASCII commas</div>',
    ];
    for (const html of pages) {
      const { document } = prunePage(`<html><body>${html}</body></html>`);
      for (const e of allElements(document.body as unknown as El)) {
        for (const s of [undefined, '', ',', ',,', 'ab', 'aba', ' ', '，']) {
          expect(proto._getCharCount.call(proto, e, s), `${html} ${e.tagName} ${JSON.stringify(s)}`).toBe(readabilityCount(e, s));
        }
      }
    }
  });
});
