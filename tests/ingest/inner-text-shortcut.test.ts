/**
 * Readability's _getInnerText with spaces normalised (lib/html/article/readability-inner-text.ts) skips the normalising pattern
 * when the element's remembered text shape says no run of whitespace is to be replaced: its answer must
 * be what Readability's own code gives, on whitespace of every kind, with the shape known or not, and
 * after the tree changes.
 */
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import '../../scripts/ingest/lib/html/article/readability-inner-text.ts';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';

type El = { tagName: string; textContent: string; children: El[]; appendChild(c: unknown): void; remove(): void; _shape?: object };
type Reader = { _getInnerText(e: El, normalizeSpaces?: boolean): string; _getLinkDensity(e: El): number };
const reader = Readability.prototype as unknown as Reader;

/** Readability's _getInnerText, as its source computes it. */
const original = (e: El, normalizeSpaces = true) => {
  const text = e.textContent.trim();
  return normalizeSpaces ? text.replace(/\s{2,}/g, ' ') : text;
};

const allElements = (root: El): El[] => [root, ...root.children.flatMap((c) => allElements(c))];

const WHITESPACE = [' ', '  ', '\n', '\t \n', '\u00a0', '\u00a0 \u2028', '\ufeff', '\u3000\u3000', '\u200b', '', 'x', ' \n '];

function pages(): string[] {
  const out = [
    '<div><p>  One  two\n\nthree </p><p></p><p> </p><div>\u00a0<a href="/x">link\t text</a>\u00a0</div></div>',
    '<div>\ufeffBOM start<span> </span><span></span><b>bold</b>\u2028end\u2028</div><div><a href="#top">#</a> <a href="#">home</a></div>',
    '<section>中文\u3000新闻<a href="/a">链接</a>\u3000\u3000</section><ul><li> a </li><li>\n</li><li>b\u200bc</li></ul>',
  ];
  for (const a of WHITESPACE) for (const b of WHITESPACE) out.push(`<div>${a}w1${b}<a href="/l">${a}w2${b}</a>${b}<i>${a}</i>${a}<p>${b}w3 w4${a}</p></div>`);
  return out;
}

describe("Readability's inner text with the shape shortcut", () => {
  for (const shapesFirst of [false, true]) {
    it(`is Readability's own on every element (shapes ${shapesFirst ? 'known' : 'not known'} first)`, () => {
      for (const html of pages()) {
        const { document } = prunePage(`<html><body>${html}</body></html>`);
        const elements = allElements(document.body as unknown as El);
        if (shapesFirst) for (const e of elements) reader._getLinkDensity(e);
        if (shapesFirst) expect(elements.every((e) => e._shape !== undefined)).toBe(true);
        for (const e of elements) {
          for (const normalize of [true, false, true]) expect(reader._getInnerText(e, normalize), JSON.stringify(html)).toBe(original(e, normalize));
        }
      }
    });
  }

  it('follows the tree when nodes move', () => {
    const { document } = prunePage('<html><body><div id="a"><p>Some  words here.</p><p>text</p></div><div id="b"><span>moved \n  words</span></div></body></html>');
    const [a, b] = (document.body as unknown as El).children;
    reader._getLinkDensity(a);
    expect(reader._getInnerText(a)).toBe(original(a));
    a.appendChild(b.children[0]);
    reader._getLinkDensity(a);
    expect(reader._getInnerText(a)).toBe(original(a));
    expect(reader._getInnerText(a)).toContain('moved words');
    a.children[0].remove();
    expect(reader._getInnerText(a)).toBe(original(a));
  });
});
