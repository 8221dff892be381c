/**
 * Mutations of a page's bytes that a broken save or a hostile page makes, beyond mutations.ts: a file
 * cut inside a tag, a comment, a CDATA section or a script; markup nested 5,000 deep around the
 * article; a 1 MB line with no space; C0 control bytes; lone surrogates and bytes no UTF-8 decoder
 * reads; a JSON-LD block of 10 MB or nested 100,000 deep; a <meta charset> that lies; text MDX would
 * read as code or markup (`{`, `<`, `import`, `export`, frontmatter fences, `</script>`); bidi controls
 * in the headline. Each is (bytes, other page, PRNG) → bytes, as in mutations.ts; none reads the clock.
 * `MARKERS` are the literal strings the MDX mutations put in: where one reaches the article, it must
 * reach it as written (sets-runner.ts checks).
 */
import type { Mutation } from './mutations.ts';
import type { Prng } from './prng.ts';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
const fromLatin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
/** UTF-8 text as latin1 (one char per byte), to splice into a latin1 view of a page. */
const utf8AsLatin1 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');

/** A random span's [start, end) among `re`'s matches, or null. */
function spanOf(text: string, re: RegExp, rng: Prng): [number, number] | null {
  const all = [...text.matchAll(re)];
  if (!all.length) return null;
  const m = all[rng.int(all.length)];
  return [m.index, m.index + m[0].length];
}

/** The page cut at a random byte inside a random match of `re`, else inside what `opener` starts, added at a random place. */
function cutInside(re: RegExp, opener: string): Mutation {
  return (bytes, _, rng) => {
    const text = latin1(bytes);
    const span = spanOf(text, re, rng);
    if (span) return fromLatin1(text.slice(0, span[0] + 1 + rng.int(Math.max(1, span[1] - span[0] - 1))));
    const at = blockBoundary(text, rng);
    return fromLatin1(text.slice(0, at) + opener + text.slice(at, at + rng.int(2000)));
  };
}

/** A place between two blocks (after a '>' or a line end), else anywhere. */
function blockBoundary(text: string, rng: Prng): number {
  const ends = [...text.matchAll(/>\s*<|\n/g)];
  return ends.length ? ends[rng.int(ends.length)].index + 1 : rng.int(text.length + 1);
}

/** `piece` put in at `count` random block boundaries. */
function sprinkle(text: string, rng: Prng, count: number, piece: () => string): string {
  const at = Array.from({ length: count }, () => blockBoundary(text, rng)).sort((a, b) => a - b);
  let out = '';
  let from = 0;
  for (const a of at) {
    out += text.slice(from, a) + piece();
    from = a;
  }
  return out + text.slice(from);
}

/** Inside the text of a random paragraph (between a <p>'s '>' and its next '<'), else at a line start. */
function intoParagraph(text: string, rng: Prng, piece: string): string {
  const span = spanOf(text, /<p\b[^>]*>[^<]{20,}/gi, rng);
  if (span) {
    const open = text.indexOf('>', span[0]) + 1;
    const at = open + rng.int(span[1] - open);
    return text.slice(0, at) + piece + text.slice(at);
  }
  const at = blockBoundary(text, rng);
  return text.slice(0, at) + piece + text.slice(at);
}

/** What MDX reads as code, markup or frontmatter, each a line a page could well hold as text. */
export const MARKERS = [
  'import fuzzMarkA from "node:fs";',
  'export const fuzzMarkB = 1;',
  '{fuzzMarkC.constructor("return 1")()}',
  '<FuzzMarkD onClick={() => 1} />',
  '</script><script>fuzzMarkE()</script>',
  '&lt;b&gt;fuzzMarkF&lt;/b&gt; &amp;amp; &#x26;',
  '---',
  'title: fuzzMarkG',
  '<!-- fuzzMarkH -->',
  'fuzzMarkI _x_ `y` [z](javascript:fuzzMarkI) www.fuzzmarki.example https://fuzzmarki.example/?a=1&b=2',
];
/** The word each marker alone holds (none for the bare fence). */
export const markerToken = (marker: string): string | undefined => /fuzzMark[A-Z]/.exec(marker)?.[0];

/** Text only a script holds: it may never reach an article. */
export const HIDDEN_MARK = 'fuzzHiddenScriptText';

const BIDI = ['\u202E', '\u202B', '\u2067', '\u2066\u202E', '\u200F\u202D'];

/** The page's head, where a field goes: after <head ...>, else at the start. */
const headAt = (text: string) => {
  const m = /<head\b[^>]*>/i.exec(text);
  return m ? m.index + m[0].length : 0;
};

/** The page's headline as it writes it (its <title>, <h1>, og:title), each given a bidi control; a text seed's first line. */
function bidiHeadline(text: string, rng: Prng, html: boolean): string {
  const mark = () => BIDI[rng.int(BIDI.length)];
  if (!html) {
    const line = text.search(/\S/);
    return line < 0 ? text : text.slice(0, line) + utf8AsLatin1(mark()) + text.slice(line);
  }
  return text
    .replace(/(<title\b[^>]*>)/i, (m) => m + utf8AsLatin1(mark()))
    .replace(/(<h1\b[^>]*>)/gi, (m) => m + utf8AsLatin1(mark()))
    .replace(/(property="og:title"\s+content=")/i, (m) => m + utf8AsLatin1(mark()));
}

const isHtml = (text: string) => /<(?:html|body|p|div)\b/i.test(text.slice(0, 200_000));

export const HOSTILE_MUTATIONS: Record<string, Mutation> = {
  'cut-in-tag': cutInside(/<[a-zA-Z][^<>]{2,2000}>/g, '<a href="/x" class="'),
  'cut-in-comment': cutInside(/<!--[\s\S]{0,4000}?-->/g, '<!-- an editor note '),
  'cut-in-cdata': cutInside(/<!\[CDATA\[[\s\S]{0,4000}?\]\]>/g, '<![CDATA[ var x = "<p>not text</p>"; '),
  'cut-in-script': cutInside(/<script\b[^>]*>[\s\S]{1,20000}?<\/script>/gi, '<script>var fuzz = "</p><p>'),
  'nest-5000-divs': (bytes) => {
    const text = latin1(bytes);
    const open = /<body\b[^>]*>/i.exec(text);
    const start = open ? open.index + open[0].length : 0;
    const close = text.toLowerCase().lastIndexOf('</body>');
    const end = close >= start ? close : text.length;
    return fromLatin1(text.slice(0, start) + '<div>'.repeat(5000) + text.slice(start, end) + '</div>'.repeat(5000) + text.slice(end));
  },
  'line-1mb-no-space': (bytes, _, rng) => {
    const text = latin1(bytes);
    const at = blockBoundary(text, rng);
    // A word of the page if it has one, repeated to 1 MB with no space.
    const words = text.slice(at, at + 4000).match(/[A-Za-z]{4,20}/g);
    const word = words ? words[rng.int(words.length)] : 'x';
    const line = isHtml(text) ? `<p>${word.repeat(Math.ceil(1_000_000 / word.length))}</p>` : `${word.repeat(Math.ceil(1_000_000 / word.length))}\n`;
    return fromLatin1(text.slice(0, at) + line + text.slice(at));
  },
  'control-bytes': (bytes, _, rng) => {
    const out = new Uint8Array(bytes);
    const controls = [1, 2, 3, 4, 7, 8, 0x0b, 0x0c, 0x0e, 0x0f, 0x10, 0x1a, 0x1b, 0x1f, 0x7f, 0];
    for (let i = 0; i < Math.max(1, out.length / 100); i++) out[rng.int(out.length)] = controls[rng.int(controls.length)];
    return out;
  },
  // A high or low surrogate encoded as UTF-8 (CESU, invalid), as a character reference, and as a JSON escape.
  'lone-surrogates': (bytes, _, rng) => {
    const pieces = ['\xed\xa0\x80', '\xed\xbf\xbf', '&#xD800;', '&#56320;', '\\ud83d', '\xed\xa0\xbd\xed\xb8\x80'];
    return fromLatin1(sprinkle(latin1(bytes), rng, 30, () => pieces[rng.int(pieces.length)]));
  },
  'invalid-utf8': (bytes, _, rng) => {
    const pieces = ['\x80', '\xbf', '\xc0\x80', '\xc3', '\xe2\x82', '\xf0\x9f\x98', '\xf5\x80\x80\x80', '\xfe', '\xff\xfe'];
    const text = latin1(bytes);
    // Inside words, not only between blocks: a run of text with a broken sequence in it.
    let out = '';
    for (let at = 0; at < text.length; ) {
      const step = 1 + rng.int(Math.max(1, text.length / 40));
      out += text.slice(at, at + step) + pieces[rng.int(pieces.length)];
      at += step;
    }
    return fromLatin1(out);
  },
  'json-ld-10mb': (bytes, _, rng) => {
    const text = latin1(bytes);
    const words = text.match(/[A-Za-z]{3,12}/g) ?? ['word'];
    let body = '';
    while (body.length < 10_000_000) body += `${words[rng.int(words.length)]} `;
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Fuzz headline <\\/script><script>fuzzLd()<\\/script>","articleBody":"${body}","author":{"@type":"Person","name":"Jo Reed"}}</script>`;
    const at = headAt(text);
    return fromLatin1(text.slice(0, at) + ld + text.slice(at));
  },
  'json-ld-deep': (bytes, _, rng) => {
    const text = latin1(bytes);
    const depth = 100_000;
    const open = rng.next() < 0.5 ? '{"@graph":['.repeat(depth) : '['.repeat(depth);
    const close = open.startsWith('{') ? ']}'.repeat(depth) : ']'.repeat(depth);
    const ld = `<script type="application/ld+json">${open}{"@type":"NewsArticle","headline":"Deep headline","datePublished":"2021-05-04"}${close}</script>`;
    const at = headAt(text);
    return fromLatin1(text.slice(0, at) + ld + text.slice(at));
  },
  'meta-charset-lying': (bytes, _, rng) => {
    const text = latin1(bytes);
    const lie = ['shift_jis', 'utf-16', 'utf-16be', 'windows-1251', 'iso-2022-jp', 'x-user-defined', 'utf-7', 'bogus-charset', 'gb18030'][rng.int(9)];
    const declared = /<meta\b[^>]*charset\s*=\s*["']?[\w-]+/i;
    const lying = declared.test(text) ? text.replace(declared, (m) => m.replace(/charset\s*=\s*["']?[\w-]+$/i, `charset="${lie}`)) : text.slice(0, headAt(text)) + `<meta charset="${lie}">` + text.slice(headAt(text));
    return fromLatin1(lying);
  },
  'mdx-text': (bytes, _, rng) => {
    const text = latin1(bytes);
    const html = isHtml(text);
    // On a page, escaped as its text would be (a reader sees the marker); in a text seed, as a line of its own and inside a line.
    const escape = (s: string) => (html ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s);
    let out = text;
    for (let i = 0; i < 4; i++) {
      const marker = MARKERS[rng.int(MARKERS.length)];
      out = html ? intoParagraph(out, rng, ` ${escape(marker)} `) : sprinkle(out, rng, 1, () => (rng.next() < 0.5 ? `${marker}\n` : `A line that quotes ${marker} in its middle.\n`));
    }
    return fromLatin1(out);
  },
  'frontmatter-fences': (bytes, _, rng) => {
    const text = latin1(bytes);
    const fence = '---\ntitle: fuzzFence\nlayout: ../../evil.astro\ndraft: true\n---\n';
    if (!isHtml(text)) return fromLatin1(fence + sprinkle(text, rng, 3, () => '---\n'));
    // A page whose text holds the fences: in a <pre> (line breaks kept) and in a paragraph.
    return fromLatin1(intoParagraph(fence.replace(/^/, '<pre>').replace(/$/, '</pre>') + text, rng, '<br>---<br>title: fuzzFence<br>---<br>'));
  },
  'script-close-in-text': (bytes, _, rng) => {
    const text = latin1(bytes);
    if (!isHtml(text)) return fromLatin1(sprinkle(text, rng, 3, () => 'Code such as </script><script>alert(1)</script> was found on the page.\n'));
    // An escaped one a reader sees, and one in a script's string as scripts write it (`<\/`: the script goes on, its text hidden).
    const shown = intoParagraph(text, rng, ' &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; ');
    const at = headAt(shown);
    return fromLatin1(shown.slice(0, at) + `<script>var s = "<\\/script><p>${HIDDEN_MARK}</p>";</script>` + shown.slice(at));
  },
  'bidi-headline': (bytes, _, rng) => {
    const text = latin1(bytes);
    return fromLatin1(bidiHeadline(text, rng, isHtml(text)));
  },
};

/** The mutations that act on markup only: a text seed gets the rest. */
export const MARKUP_ONLY = new Set(['cut-in-tag', 'cut-in-comment', 'cut-in-cdata', 'cut-in-script', 'json-ld-10mb', 'json-ld-deep', 'meta-charset-lying']);
