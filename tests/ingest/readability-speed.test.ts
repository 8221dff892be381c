/**
 * Readability's link density from remembered text shapes (lib/html/article/readability-speed.ts): the length of
 * an element's trimmed, space-normalised text without building it, and the density from it, must be
 * what Readability's own code computes, on whitespace of every kind and after the tree changes.
 */
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { innerTextLength, knowTagNames } from '../../scripts/ingest/lib/html/article/readability-speed.ts';

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

describe('links\' terms listed from the children', () => {
  const PAGES = [
    '<div><p>Text <a href="/a">one</a> and <a href="/b">two <b>bold</b></a>.</p><ul><li><a href="/c">three</a></li><li>four</li></ul></div>',
    '<div><p>In-page <a href="#note">note</a> and <a href="/x">out</a>.</p><p><a href="#">bare hash</a> <a>no href</a> <a href="">empty</a></p></div>',
    '<section><a href="/outer">outer <span><a href="/inner">inner</a></span></a><div><div><a href="#deep">deep hash</a></div></div><p>plain text only</p></section>',
    // Fractions added in another order round differently: many in-page links of many lengths, nested.
    `<div>${Array.from({ length: 40 }, (_, i) => `<span>${'w'.repeat(i + 1)} <a href="${i % 3 ? '#h' + i : '/p' + i}">${'x'.repeat((i * 7) % 13 + 1)}<a href="#in${i}">${'y'.repeat(i % 5 + 1)}</a></a></span>`).join('')}</div>`,
  ];

  it('give the density the link-by-link sum gives, whichever element is asked first', () => {
    for (const html of PAGES) {
      for (const order of ['top-down', 'bottom-up'] as const) {
        const { document } = prunePage(`<html><body>${html}</body></html>`);
        const elements = allElements(document.body as unknown as El);
        if (order === 'bottom-up') elements.reverse();
        for (const e of elements) expect(density(e), `${order} ${html} ${e.tagName}`).toBe(readabilityDensity(e));
      }
    }
  });

  it('follow a link whose href turns in-page or back, and links moved between elements', () => {
    const { document } = prunePage(`<html><body>${PAGES[0]}<div id="other"><a href="/y">moved</a> text here</div></body></html>`);
    const [first, other] = (document.body as unknown as El).children;
    const check = () => {
      for (const e of [...allElements(first), ...allElements(other)]) expect(density(e), e.tagName).toBe(readabilityDensity(e));
    };
    check();
    const link = first.getElementsByTagName('a')[0];
    link.setAttribute('href', '#in-page');
    check();
    link.setAttribute('href', '/out-again');
    check();
    first.children[0].appendChild(other.children[0]);
    check();
  });
});

describe('text density from remembered shapes', () => {
  const textDensity = (e: El, tags: string[]) => (Readability.prototype as unknown as { _getTextDensity(e: El, tags: string[]): number })._getTextDensity.call(Readability.prototype, e, tags);
  /** Readability 0.6's _getTextDensity, as its source computes it: each tag's elements in turn. */
  function readabilityTextDensity(e: El, tags: string[]): number {
    const textLength = readabilityLength(e);
    if (textLength === 0) return 0;
    let childrenLength = 0;
    for (const tag of tags) for (const child of e.getElementsByTagName(tag)) childrenLength += readabilityLength(child);
    return childrenLength / textLength;
  }
  const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
  const TEXTISH = ['SPAN', 'LI', 'TD', 'BLOCKQUOTE', 'DL', 'DIV', 'IMG', 'OL', 'P', 'PRE', 'TABLE', 'UL'];
  const PAGES = [
    '<div><h2> Heading\n two </h2><p>Text <span>in  a span</span> and <b>bold</b>.</p><ul><li> one </li><li>\u00a0two\u00a0</li></ul><h3></h3></div>',
    '<section><table><tr><td>cell  one</td><td> </td></tr></table><div><span><span>nested\tspans</span></span></div><pre>  code  </pre></section>',
    `<div>${Array.from({ length: 30 }, (_, i) => `<p>${'w'.repeat(i + 1)} <span>${'x'.repeat((i * 7) % 13 + 1)}</span></p><h${(i % 6) + 1}>${' h'.repeat(i % 4)}</h${(i % 6) + 1}>`).join('')}</div>`,
  ];

  it('is what the text lengths give, for headings and for text-like elements', () => {
    for (const html of PAGES) {
      const { document } = prunePage(`<html><body>${html}</body></html>`);
      for (const e of allElements(document.body as unknown as El))
        for (const tags of [HEADINGS, TEXTISH]) expect(textDensity(e, tags), `${html} ${e.tagName}`).toBe(readabilityTextDensity(e, tags));
    }
  });

  it('counts an element once per entry naming it, takes "*" for every element, and skips only tags the page cannot have', () => {
    const withTags = (e: El, tags: string[], built: ReadonlySet<string>) => {
      const reader = Object.create(Readability.prototype) as object;
      knowTagNames(reader, built);
      return (reader as { _getTextDensity(e: El, tags: string[]): number })._getTextDensity(e, tags);
    };
    for (const html of PAGES) {
      const { document, tagNames } = prunePage(`<html><body>${html}</body></html>`);
      for (const e of allElements(document.body as unknown as El))
        for (const tags of [['p', 'P', 'span'], ['*'], ['span', '*', 'li'], ['video', 'h2'], ['video'], []]) {
          expect(textDensity(e, tags), `${html} ${e.tagName} ${tags}`).toBe(readabilityTextDensity(e, tags));
          expect(withTags(e, tags, tagNames), `${html} ${e.tagName} ${tags}`).toBe(readabilityTextDensity(e, tags));
        }
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

/** Every element under `root` called `tag` (upper case, or any for "*"), in document order: the DOM's own walk, written out. */
function walkFor(root: El, tag: string): El[] {
  const found: El[] = [];
  const visit = (e: El) => {
    for (const child of e.children) {
      if (tag === '*' || child.tagName === tag.toUpperCase()) found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}

type Reader = { parse(): { title: string | null; byline: string | null; siteName: string | null; excerpt: string | null; content: unknown } | null; _grabArticle(): unknown };

describe('searches Readability makes, answered without a walk where the page decides them', () => {
  const TAGS = ['input', 'img', 'p', 'li', 'a', 'br', 'hr', 'table', 'figure', 'meta', 'span', 'div', 'embed', 'Input', 'IMG', '*'];
  const PAGES = [
    '<div class="x"><p>One, two <a href="/a">link</a>.</p><ul><li>a</li><li>b <input type="text"></li></ul><img src="a.jpg"><br><hr></div>',
    '<figure class="photo.jpg"><figcaption>A lazy image</figcaption></figure><p>Words, words, words.</p>',
    '<article><p>Text <x:img>prefixed</x:img> <x:input>prefixed too</x:input></p><table><tr><td>cell</td></tr></table></article>',
    '<div><noscript><img src="b.jpg"></noscript><p>Text with a noscript image.</p></div>',
  ];

  it("an element's search during a parse finds what the walk finds, for tags the page has and has not", () => {
    for (const html of PAGES) {
      const { document, tagNames } = prunePage(`<html><body>${html}</body></html>`);
      const reader = new Readability(document as unknown as Document) as unknown as Reader;
      knowTagNames(reader, tagNames);
      let checked = 0;
      // Inside the parse, where the fast answers apply.
      reader._grabArticle = () => {
        for (const e of allElements(document.body as unknown as El)) {
          for (const tag of TAGS) {
            const got = e.getElementsByTagName(tag);
            expect([...got], `${html} ${e.tagName} ${tag}`).toEqual(walkFor(e, tag));
            expect((got as unknown as { _isLiveNodeList?: boolean })._isLiveNodeList).toBe(true);
            checked++;
          }
        }
        return null;
      };
      reader.parse();
      expect(checked).toBeGreaterThan(0);
    }
  });

  it('outside a parse, every search walks (a page changed after the parse still answers right)', () => {
    const { document, tagNames } = prunePage('<html><body><div><p>Text.</p></div></body></html>');
    const reader = new Readability(document as unknown as Document) as unknown as Reader;
    knowTagNames(reader, tagNames);
    reader._grabArticle = () => null;
    reader.parse();
    const div = (document.body as unknown as El).children[0];
    div.appendChild(document.createElement('input'));
    expect(div.getElementsByTagName('input').length).toBe(1);
  });

  it('a whole parse gives the same article with the tag lists as without (lazy images in figures included)', () => {
    const body = (n: number) =>
      `<article class="post"><h1>Title</h1>${'<p>A paragraph of the story, long enough to count, with a comma, and words.</p>'.repeat(n)}<figure class="lazy" title="big.jpg"><figcaption>Caption</figcaption></figure><div class="share"><a href="/s">Share</a> <input type="button"></div><ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul></article>`;
    for (const html of [body(8), body(2), ...PAGES]) {
      const parsed = (fast: boolean) => {
        const { document, tagNames } = prunePage(`<html><head><title>T</title></head><body>${html}</body></html>`);
        const reader = new Readability(document as unknown as Document, { serializer: (n: Node) => n, keepClasses: true }) as unknown as Reader;
        if (fast) knowTagNames(reader, tagNames);
        const article = reader.parse();
        return article && (article.content as { innerHTML: string }).innerHTML;
      };
      expect(parsed(true), html).toBe(parsed(false));
    }
  });
});

describe("Readability's search of the page for <meta>", () => {
  const search = (document: unknown, tag: string) => (document as El).getElementsByTagName(tag);

  it('finds in <head> what the walk of the whole page finds, in the same order', () => {
    const pages = [
      '<html><head><meta name="author" content="A"><title>T</title><meta property="og:site_name" content="S"></head><body><div><meta itemprop="x" content="y"><p>Text</p></div><meta name="late" content="z"></body></html>',
      '<html><head></head><body><p>No metadata at all.</p></body></html>',
      '<meta name="before" content="html"><html><body><div><div><meta name="deep" content="d"></div></div></body></html>',
    ];
    for (const html of pages) {
      const { document } = prunePage(html);
      for (const tag of ['meta', 'META']) expect([...search(document, tag)], html).toEqual(walkFor(document as unknown as El, tag));
      expect((search(document, 'meta') as unknown as { _isLiveNodeList?: boolean })._isLiveNodeList).toBe(true);
    }
  });

  it('walks the whole page when an element outside <head> reports itself as META', () => {
    const { document } = prunePage('<html><head><meta name="a" content="1"></head><body><x:meta>prefixed</x:meta><p>Text</p></body></html>');
    const found = search(document, 'meta');
    expect(found.length).toBe(2);
    expect([...found]).toEqual(walkFor(document as unknown as El, 'meta'));
  });
});

describe('class weights remembered by name', () => {
  /** Readability 0.6's _getClassWeight, as its source computes it (with FLAG_WEIGHT_CLASSES on). */
  const R = Readability.prototype as unknown as { REGEXPS: { negative: RegExp; positive: RegExp }; _getClassWeight(e: object): number; _flagIsActive(f: number): boolean };
  function readabilityWeight(e: { className: unknown; id: unknown }): number {
    let weight = 0;
    for (const name of [e.className, e.id]) {
      if (typeof name !== 'string' || name === '') continue;
      if (R.REGEXPS.negative.test(name)) weight -= 25;
      if (R.REGEXPS.positive.test(name)) weight += 25;
    }
    return weight;
  }
  const reader = Object.assign(Object.create(Readability.prototype), { _flags: 0x1 | 0x2 | 0x4 });
  const weight = (e: object) => R._getClassWeight.call(reader, e);

  it('is what the patterns give, asked once or again, for names short and long, strings or not', () => {
    const parts = ['', ' ', 'hid', 'hidden', '-ad-', 'article', 'ARTICLE', 'comment', 'post', 'share', 'x', 'é', 'ſ', 'K', 'İ', 'col-md-8', 'entry-content', ' hid ', 'meta'];
    const names: unknown[] = [undefined, null, 7, '', 'a'.repeat(300) + ' share', 'article ' + 'b'.repeat(300)];
    for (const a of parts) for (const b of parts) names.push(a + b, `${a} ${b}`);
    for (let round = 0; round < 2; round++) {
      for (const className of names) for (const id of ['', 'main', 'sidebar', 'hid', 'x'.repeat(250) + 'post']) {
        const e = { className, id };
        expect(weight(e), JSON.stringify(e)).toBe(readabilityWeight(e));
      }
    }
  });

  it('is 0 when the flag to weigh classes is off', () => {
    const off = Object.assign(Object.create(Readability.prototype), { _flags: 0x1 | 0x4 });
    expect(R._getClassWeight.call(off, { className: 'article', id: 'main' })).toBe(0);
  });
});
