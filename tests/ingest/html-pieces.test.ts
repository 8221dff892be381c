/**
 * A saved page is decoded in pieces (lib/html/read/html-charset.ts: long ASCII runs as Latin-1, the rest as
 * UTF-8) and parsed piece by piece (lib/html/prune/html-prune.ts): the pieces join to exactly the page's
 * decoding, and the DOM and metadata are those of the page parsed whole, wherever the cuts fall.
 */
import { describe, expect, it } from 'vitest';
import { decodeHtml, decodeHtmlPieces, utf8Pieces } from '../../scripts/ingest/lib/html/read/html-charset.ts';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const ascii = (n: number, seed = 'abc def <b>x</b> ') => seed.repeat(Math.ceil(n / seed.length)).slice(0, n);

/** Everything the rest of the HTML path reads of a pruned page. */
function pruned(html: string | string[]) {
  const { document, meta, tagNames } = prunePage(html);
  const inner = (e: unknown) => (e as { innerHTML: string }).innerHTML;
  return { body: inner(document.body), head: inner(document.head), title: document.title, meta: { ...meta, meta: [...meta.meta] }, tagNames: [...tagNames] };
}

describe('decoding a page in pieces', () => {
  it('joins to exactly what decoding it whole gives: non-ASCII text, long ASCII runs, byte order marks', () => {
    const texts = [
      '',
      'é',
      ascii(300),
      `é${ascii(300)}ü`,
      `${ascii(1000)}“quoted” — ${ascii(255)}ß${ascii(256)}中文${ascii(257)}😀`,
      `\uFEFF${ascii(400)}\uFEFF${ascii(10)}é\uFEFF${ascii(500)}\uFEFF`,
      `\uFEFF\uFEFF${ascii(300)}`,
      `${ascii(300)}\uFEFFé${ascii(300)}`,
    ];
    for (const text of texts) {
      const bytes = utf8(text);
      expect(utf8Pieces(bytes).join('')).toBe(new TextDecoder().decode(bytes));
    }
  });

  it('reads invalid UTF-8 as the whole decoder does (a cut sequence is one U+FFFD either way)', () => {
    const pad = Array.from(utf8(ascii(300)));
    const bytes = Uint8Array.from([0xe4, 0xb8, ...pad, 0xff, ...pad, 0xc3, ...pad, 0x80, 0x80, ...pad, 0xf0, 0x9f, 0x98]);
    expect(utf8Pieces(bytes).join('')).toBe(new TextDecoder().decode(bytes));
  });

  it('decodes what the script cuts keep part by part only when the bytes are valid UTF-8', () => {
    // A byte order mark makes a page UTF-8 unchecked: here a sequence cut short before a script
    // and its last byte after it decode as one character once the script is gone.
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(`<p>${ascii(300)}`), 0xe4, 0xb8, ...utf8('<script>x</script>'), 0x80, ...utf8(`${ascii(300)}</p>`)]);
    const whole = decodeHtml(bytes, { withoutScripts: true }).html;
    expect(whole).toContain('\u4e00');
    expect(decodeHtmlPieces(bytes, { withoutScripts: true }).pieces.join('')).toBe(whole);
    const valid = utf8(`\uFEFF<p>é${ascii(300)}ü</p><script>x</script><style>y</style>ö${ascii(300)}<script>z</script>`);
    expect(decodeHtmlPieces(valid, { withoutScripts: true }).pieces.join('')).toBe(decodeHtml(valid, { withoutScripts: true }).html);
  });

  it('keeps long ASCII runs as strings of their own, and a page of other encodings whole', () => {
    const pieces = utf8Pieces(utf8(`é${ascii(300)}ü${ascii(20)}ö`));
    expect(pieces).toEqual(['é', ascii(300), `ü${ascii(20)}ö`]);
    const latin = Uint8Array.from([...utf8(`<meta charset="windows-1252">${ascii(400)}`), 0xe9]);
    const decoded = decodeHtmlPieces(latin);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.pieces).toEqual([decodeHtml(latin).html]);
  });

  it('gives the same pieces joined as decodeHtml, scripts cut or not', () => {
    const page = utf8(`\uFEFF<html><head><title>Ça va</title><script>var s = "${ascii(400)}";</script></head><body><p>${ascii(600)}é</p><nav>${ascii(300)}</nav><p>fin</p></body></html>`);
    for (const withoutScripts of [false, true]) {
      const whole = decodeHtml(page, { withoutScripts });
      const pieces = decodeHtmlPieces(page, { withoutScripts });
      expect(pieces.pieces.join('')).toBe(whole.html);
      expect({ ...pieces, pieces: undefined }).toEqual({ ...whole, html: undefined });
    }
  });
});

describe('parsing a page in pieces', () => {
  // Every kind of token a cut can fall in: text, entities (named, numeric, unterminated), tag and
  // attribute names, quoted and bare values, comments, the raw text of <title> and JSON-LD, the
  // metadata's own texts (<h1>, <time>), hidden and dropped subtrees.
  const page = `<!DOCTYPE html><html lang="pt-BR"><head><title>Café &amp; ciência — “Título”</title>
<meta property="og:title" content="Olá &quot;mundo&quot; &amp co">
<script type="application/ld+json">{"headline": "Ação <b>já</b> &amp; agora", "datePublished": "2020-01-02"}</script>
<link rel="canonical" href="https://example.test/ção?a=1&amp;b=2"></head>
<body><h1 class="title">Manchete <br>com quebra&nbsp;e é</h1><!-- comentário <p>não</p> --><time datetime="2020-01-02T10:00">2 de janeiro</time>
<div id="story" class=conteúdo data-x="ignorado é"><p>Texto com &eacute; e &#233; e &#x00E9; e &copy e &notin; e &amp</p>
<p style="display:none">escondido é</p><nav>menu é</nav><p>Última <a href="#nota">nota</a> &lt;b&gt; <a href="https://x.test/é">fora</a></p>
<dié>tag estranha</dié><o:p>palavra</o:p></div></body></html>`;

  it('builds the same DOM and metadata wherever the page is cut', () => {
    const whole = pruned(page);
    for (let at = 1; at < page.length; at++) expect(pruned([page.slice(0, at), page.slice(at)]), `cut at ${at}`).toEqual(whole);
  });

  it('builds the same DOM and metadata from many small pieces, empty ones included', () => {
    const whole = pruned(page);
    for (const size of [1, 2, 3, 7, 16]) {
      const pieces: string[] = [''];
      for (let at = 0; at < page.length; at += size) pieces.push(page.slice(at, at + size), '');
      expect(pruned(pieces), `pieces of ${size}`).toEqual(whole);
    }
  });

  it('builds the same page from decodeHtmlPieces as from decodeHtml', () => {
    const bytes = utf8(page.replace('<body>', `<body><p>${ascii(2000)}</p>`).replace('</div>', `${ascii(300)}é${ascii(700)}</div>`));
    const pieces = decodeHtmlPieces(bytes, { withoutScripts: true }).pieces;
    expect(pieces.length).toBeGreaterThan(2);
    expect(pruned(pieces)).toEqual(pruned(decodeHtml(bytes, { withoutScripts: true }).html));
  });
});
