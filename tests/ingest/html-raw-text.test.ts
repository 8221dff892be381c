/**
 * Scripts and styles are cut from a page's bytes before decoding (lib/html/read/html-raw-text.ts) exactly
 * where the HTML parser would see them, and nowhere else.
 */
import { describe, expect, it } from 'vitest';
import { withoutScriptsAndStyles, cutsScriptsSafely } from '../../scripts/ingest/lib/html/read/html-raw-text.ts';
import { decodeHtml } from '../../scripts/ingest/lib/html/read/html-charset.ts';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';

const cut = (html: string) => Buffer.from(withoutScriptsAndStyles(Buffer.from(html, 'utf8'))).toString('utf8');

describe('cutting scripts and styles from the bytes', () => {
  it('cuts script and style elements in either case, attributes and all, and keeps JSON-LD', () => {
    expect(cut('<p>a</p><script src="x.js"></script><p>b</p><SCRIPT type="text/javascript">if (a < b) x("</p>")</SCRIPT ><p>c</p>')).toBe('<p>a</p><p>b</p><p>c</p>');
    expect(cut('<style media="print">p > a { color: red }</style><p>é</p><Style>x</sTyle>')).toBe('<p>é</p>');
    const jsonLd = '<script type="application/ld+json">{"headline":"<b>Hi</b>"}</script>';
    expect(cut(`<p>a</p>${jsonLd}<script>x</script>`)).toBe(`<p>a</p>${jsonLd}`);
  });

  it('leaves alone what only looks like a script: other tags, comments, a start tag with a quoted ">"', () => {
    expect(cut('<scripture>Genesis</scripture><styles>x</styles>')).toBe('<scripture>Genesis</scripture><styles>x</styles>');
    expect(cut('<!-- <script src="old.js"> --><p>kept</p><script>x</script>')).toBe('<!-- <script src="old.js"> --><p>kept</p>');
    expect(cut('<script data-x="a>b">x</script><p>c</p>')).toBe('<p>c</p>');
  });

  it('stops cutting at a script with no end tag: the parser reads the rest as before', () => {
    expect(cut('<script>x</script><p>a</p><script>never closed <p>b</p>')).toBe('<p>a</p><script>never closed <p>b</p>');
    expect(cut('<p>no scripts</p>')).toBe('<p>no scripts</p>');
  });

  it('is only used where "<" cannot be part of a multi-byte character', () => {
    for (const e of ['utf-8', 'windows-1252', 'gbk', 'shift_jis', 'euc-kr', 'big5']) expect(cutsScriptsSafely(e)).toBe(true);
    for (const e of ['utf-16le', 'utf-16be', 'iso-2022-jp']) expect(cutsScriptsSafely(e)).toBe(false);
  });

  it('gives the prune pass the same page and metadata as the uncut bytes', () => {
    const page = `<html lang="en"><head><title>T</title><script type="application/ld+json">{"headline":"H"}</script><style>.a{}</style></head>
<body><script>var s = "<div>";</script><div class="story"><p>One</p><!-- <script> --><p>Two</p></div><SCRIPT>z()</SCRIPT></body></html>`;
    const bytes = new TextEncoder().encode(page);
    const whole = prunePage(decodeHtml(bytes).html);
    const cutPage = prunePage(decodeHtml(bytes, { withoutScripts: true }).html);
    expect(cutPage.meta).toEqual(whole.meta);
    expect((cutPage.document.body as unknown as { innerHTML: string }).innerHTML).toBe((whole.document.body as unknown as { innerHTML: string }).innerHTML);
  });

  it('cuts navigation, asides, footers and inline SVG, nested ones counted, unless the metadata reads inside them', () => {
    expect(cut('<p>a</p><nav class="x"><ul><li><nav>in</nav></li></ul></nav><p>b</p><ASIDE>c<aside>d</aside>e</ASIDE><footer>f</footer>')).toBe('<p>a</p><p>b</p>');
    expect(cut('<p>a<svg viewBox="0 0 1 1"/>b<svg><svg/><title>icon</title><svg><path/></svg></svg>c</p>')).toBe('<p>abc</p>');
    expect(cut('<navigation>kept</navigation><footer><meta itemprop="datePublished" content="2020-01-01"></footer>')).toBe('<navigation>kept</navigation><footer><meta itemprop="datePublished" content="2020-01-01"></footer>');
    const jsonLd = '<footer><script type="application/ld+json">{}</script></footer>';
    expect(cut(jsonLd)).toBe(jsonLd);
    expect(cut('<aside>never closed<p>b</p>')).toBe('<aside>never closed<p>b</p>');
    expect(cut('<footer><!-- </footer> --></footer><p>x</p>')).toBe('<p>x</p>');
    // A <time> in an article's own footer or aside dates the page (lib/html/metadata/html-article-footer.ts).
    expect(cut('<footer><span><time datetime="2025-08-12">Aug 12</time></span></footer>')).toBe('<footer><span><time datetime="2025-08-12">Aug 12</time></span></footer>');
    expect(cut('<aside>b<timeline>x</timeline></aside>')).toBe('');
  });

  it("keeps an aside whose text holds an author's label alone, which the prune pass reads (lib/html/metadata/aside-author-labels.ts)", () => {
    expect(cut('<aside><h3>Author</h3><p>Anna Berg</p></aside><p>x</p>')).toBe('<aside><h3>Author</h3><p>Anna Berg</p></aside><p>x</p>');
    expect(cut('<aside><dt> Autorin: </dt><dd>Anna Berg</dd></aside>')).toBe('<aside><dt> Autorin: </dt><dd>Anna Berg</dd></aside>');
    // A bare "By" (a teaser's byline), the noun inside a sentence, a footer's label: cut as before.
    expect(cut('<aside><p>By</p><p>Anna Berg</p></aside><p>x</p>')).toBe('<p>x</p>');
    expect(cut('<aside><p>About the author of this guide</p></aside><p>x</p>')).toBe('<p>x</p>');
    expect(cut('<footer><h3>Author</h3><p>Anna Berg</p></footer><p>x</p>')).toBe('<p>x</p>');
  });

  it("keeps the <time> of an article's own footer for the metadata, as the uncut bytes give it", () => {
    const page = '<html><body><article><h1>Head</h1><p>One</p><footer><time datetime="2025-08-12">August 12, 2025</time></footer></article></body></html>';
    const bytes = new TextEncoder().encode(page);
    const cutPage = prunePage(decodeHtml(bytes, { withoutScripts: true }).html);
    expect(cutPage.meta.times).toEqual([{ datetime: '2025-08-12', text: 'August 12, 2025' }]);
    expect(cutPage.meta).toEqual(prunePage(decodeHtml(bytes).html).meta);
  });

  it('gives the prune pass the same page and metadata with sections cut', () => {
    const page = `<html><head><title>T</title></head><body><nav><a href="/">Home</a><h1>Site</h1></nav><article><h1>Head</h1><p>One<svg><path d="M0"/></svg> two</p>
<aside><p>Related</p><aside>more</aside></aside><p>Three</p></article><footer><p>(c)</p><link rel="canonical" href="https://x.test/a"></footer></body></html>`;
    const bytes = new TextEncoder().encode(page);
    const whole = prunePage(decodeHtml(bytes).html);
    const cutPage = prunePage(decodeHtml(bytes, { withoutScripts: true }).html);
    expect(cutPage.meta).toEqual(whole.meta);
    expect(cutPage.meta.canonical).toBe('https://x.test/a');
    expect((cutPage.document.body as unknown as { innerHTML: string }).innerHTML).toBe((whole.document.body as unknown as { innerHTML: string }).innerHTML);
  });
});

