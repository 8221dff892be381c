/**
 * Hostile .html seeds, by file name, and one well-formed page ("ok.html"): for
 * hostile-html-cli.test.ts, and to time each through the per-article stages on its own.
 */
const P = 'China and the European Union will run 30 more joint laboratories on climate research over the next five years, the science ministry said on Monday.';
const P2 = 'The laboratories will share ocean observation data and train young researchers from both regions, officials said at the signing in Beijing.';
const page = (head: string, body: string) => `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
const story = (title = 'EU and China expand climate research') =>
  page(`<meta charset="utf-8"><title>${title}</title><meta property="article:published_time" content="2021-11-12">`, `<article><h1>${title}</h1><p>${P}</p><p>${P2}</p></article>`);
const utf16le = (text: string, bom: boolean) => {
  const bytes = Buffer.from(text, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), bytes]) : bytes;
};

export function hostileSeeds(): Map<string, Uint8Array> {
  const enc = (s: string) => new TextEncoder().encode(s);
  const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p>Line ${i}: ${P}</p>`).join('');
  const twentyMb = paragraphs(Math.ceil(20_000_000 / 160));
  return new Map<string, Uint8Array>([
    ['ok.html', enc(story())],
    ['nested.html', enc(page('<title>Deep</title>', `${'<div>'.repeat(200_000)}<p>${P}</p><p>${P2}</p>${'</div>'.repeat(200_000)}`))],
    ['twenty-mb.html', enc(page('<title>A very long page</title>', `<article><h1>A very long page</h1>${twentyMb}</article>`))],
    ['image.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(2000).map((_, i) => (i * 7) & 0xff)])],
    ['paper.html', enc('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n')],
    ['archive.html', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Uint8Array(2000).map((_, i) => (i * 13) & 0xff)])],
    ['utf16-bom.html', utf16le(story('Climate research with a byte order mark'), true)],
    ['utf16-no-bom.html', utf16le(story('Climate research without a byte order mark'), false)],
    ['unknown-charset.html', enc(story('Climate research in an unknown charset').replace('<meta charset="utf-8">', '<meta charset="x-no-such-charset">'))],
    ['unclosed-script.html', enc(page('<title>Unclosed script</title><script>var x = 1;', `<article><h1>Unclosed script</h1><p>${P}</p><p>${P2}</p></article>`))],
    ['title-1mb.html', enc(page(`<title>${'Climate research '.repeat(60_000)}</title>`, `<article><p>${P}</p><p>${P2}</p></article>`))],
    ['many-p.html', enc(page('<title>Many paragraphs</title>', `<article><h1>Many paragraphs</h1>${paragraphs(100_000)}</article>`))],
    ['frameset.html', enc('<!DOCTYPE html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>')],
    ['nul.html', enc(story('Climate research with NUL bytes').replace(`<p>${P2}`, `<p>\u0000\u0000${P2}`).replace('</head>', '\u0000</head>'))],
  ]);
}

