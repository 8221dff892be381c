/**
 * Mutations of a saved page's markup that change nothing its reader sees: each tag's attributes in
 * another order and quoted otherwise, tag names in capitals, whitespace and line breaks between block
 * tags, comments and CDATA sections (a bogus comment in HTML) between blocks and inside a paragraph's
 * words, paragraphs left unclosed (the next block closes them), characters written as references, a
 * byte order mark, CRLF line ends. The article read from the mutated page must be the unmutated
 * page's (runner.ts compares, `sameText`). They work on the page's bytes as Latin-1, so a page in a
 * legacy charset keeps its bytes; the byte order mark only goes before a UTF-8 page (UTF8_ONLY).
 */
import type { Mutation } from './mutations.ts';
import type { Prng } from './prng.ts';
import { HIDDEN } from './fuzz-case.ts';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
const fromLatin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

/** Tags whose start or end is a block's edge: whitespace or a comment beside them shows nothing. */
const BLOCK = 'html|head|body|title|meta|link|nav|article|section|header|footer|main|aside|div|p|h[1-6]|ul|ol|li|figure|figcaption';
/** Where two tags meet and one of them is a block's: "</p><p>", "<article><h1>". */
const BETWEEN_BLOCKS = new RegExp(`(<\\/?(?:${BLOCK})\\b[^<>]{0,2000}>)(?=<)|>(?=<\\/?(?:${BLOCK})\\b)`, 'gi');
/** A start tag with attributes: its name, then the attributes' text. */
const START_TAG = /<([a-zA-Z][\w-]{0,30})(\s[^<>]{0,2000}?)(\/?)>/g;
/** One attribute: name="value", name='value', name=value or a bare name. */
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]{0,2000})"|'([^']{0,2000})'|([^\s"'<>`=]{1,2000})))?/g;

/** Whether the text after `at` is inside a raw-text element (script, style, title, textarea), where markup is text. */
function inRawText(html: string, at: number): boolean {
  const before = html.slice(Math.max(0, at - 20_000), at).toLowerCase();
  for (const name of ['script', 'style', 'title', 'textarea']) {
    const open = before.lastIndexOf(`<${name}`);
    if (open !== -1 && open > before.lastIndexOf(`</${name}`)) return true;
  }
  return false;
}

/** `html` with `insert(rng)` at a share of the places where block tags meet (never inside raw text). */
function atBlockEdges(html: string, rng: Prng, share: number, insert: (rng: Prng) => string): string {
  return html.replace(BETWEEN_BLOCKS, (m: string, tag: string | undefined, offset: number) => {
    if (rng.next() >= share || inRawText(html, offset + m.length)) return m;
    return m + insert(rng);
  });
}

function attributesOf(text: string): { name: string; value: string | undefined }[] {
  return [...text.matchAll(ATTRIBUTE)].map((a) => ({ name: a[1], value: a[2] ?? a[3] ?? a[4] }));
}

/** A value quoted the other way round when it can be (single quotes when it holds none). */
const requoted = (value: string) => (value.includes("'") ? `"${value}"` : `'${value}'`);

const WORDS_WITH_SPACE = /([\p{L}\p{N}]) (?=[\p{L}\p{N}])/gu;

export const INVISIBLE_HTML_MUTATIONS: Record<string, Mutation> = {
  'attributes-reordered-requoted': (bytes) =>
    fromLatin1(
      latin1(bytes).replace(START_TAG, (whole, name: string, attrs: string, slash: string) => {
        const list = attributesOf(attrs);
        if (list.length === 0 || list.some((a) => a.value !== undefined && a.value.includes('"') && a.value.includes("'"))) return whole;
        const written = list.reverse().map((a) => (a.value === undefined ? a.name : `${a.name}=${requoted(a.value)}`));
        return `<${name} ${written.join(' ')}${slash}>`;
      }),
    ),
  'tag-names-in-capitals': (bytes) => fromLatin1(latin1(bytes).replace(/<(\/?)([a-zA-Z][a-zA-Z0-9]{0,30})(?=[\s/>])/g, (_, slash: string, name: string) => `<${slash}${name.toUpperCase()}`)),
  'whitespace-between-blocks': (bytes, _, rng) => fromLatin1(atBlockEdges(latin1(bytes), rng, 0.7, (r) => ['\n', '\n\n  ', '\t', ' \r\n '][r.int(4)])),
  'comments-between-blocks': (bytes, _, rng) =>
    fromLatin1(atBlockEdges(latin1(bytes), rng, 0.5, (r) => [`<!-- ${HIDDEN} -->`, `<!--<p>${HIDDEN}</p>-->`, '<!---->', `<!-- a -- b ${HIDDEN} -->`][r.int(4)])),
  'cdata-between-blocks': (bytes, _, rng) => fromLatin1(atBlockEdges(latin1(bytes), rng, 0.5, () => `<![CDATA[ ${HIDDEN} ]]>`)),
  // Between two words of a paragraph, a comment is nothing: "two<!-- x --> words".
  'comments-inside-paragraphs': (bytes, _, rng) =>
    fromLatin1(
      latin1(bytes).replace(/(<p\b[^<>]{0,2000}>)([^<]{1,20000})(?=<\/p>)/gi, (_, open: string, text: string) => open + text.replace(WORDS_WITH_SPACE, (m: string, c: string) => (rng.next() < 0.2 ? `${c}<!-- ${HIDDEN} --> ` : m))),
    ),
  // A paragraph closes at the next block's start, or at its parent's end: its end tag there shows nothing
  // (before an inline tag it does not: "<p>By Ann</p><time>" would run the date into the byline).
  'paragraphs-unclosed': (bytes) => fromLatin1(latin1(bytes).replace(/<\/p\s*>(?=\s*<\/?(?:p|div|h[1-6]|ul|ol|figure|article|section|aside|main|footer|body)\b)/gi, '')),
  // Letters of a paragraph as numeric references: "&#x61;" is "a".
  'character-references': (bytes, _, rng) =>
    fromLatin1(
      latin1(bytes).replace(/(<p\b[^<>]{0,2000}>)([^<]{1,20000})(?=<\/p>)/gi, (_, open: string, text: string) =>
        // A reference the page wrote stays whole ("&amp;" with its "a" rewritten would show as written).
        open + text.replace(/&#?\w{1,40};|[A-Za-z]/g, (c) => (c.length > 1 || rng.next() >= 0.1 ? c : rng.next() < 0.5 ? `&#${c.charCodeAt(0)};` : `&#x${c.charCodeAt(0).toString(16)};`)),
      ),
    ),
  'html-byte-order-mark': (bytes) => new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes])),
  'html-crlf-line-ends': (bytes) => fromLatin1(latin1(bytes).replace(/\r?\n/g, '\r\n')),
};

/** The mutations that only keep a UTF-8 page as it was (a byte order mark says UTF-8, whatever the page declares). */
export const UTF8_ONLY = new Set(['html-byte-order-mark']);
