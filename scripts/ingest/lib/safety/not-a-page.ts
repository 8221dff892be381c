/**
 * A seed that is no article's page or text, told by its bytes whatever its name says, with a reason
 * that names what it is and what to do: nothing at all (0 bytes, a lone byte order mark); a binary
 * format (file-signature.ts: a PDF, a Word file, an image; a Safari web archive or a gzip'd page); a
 * shortcut to a page (a .url's "[InternetShortcut]", a .webloc's property list); an XML document that
 * is no HTML page (a feed, a sitemap, a property list, any document whose XML prolog opens another
 * root element); JSON data. Read from the file's first 4 KB (a file up to 64 KB whole to confirm JSON), so
 * each seed pays next to nothing; the pages that only look odd (XHTML with its prolog, UTF-16, a text
 * that opens with a bracket) are left to be read.
 */
import { binaryFileReason, SAVE_AS_PAGE } from './file-signature.ts';
import { markedEncoding } from './encoding-marks.ts';

const HEAD_BYTES = 4096;

/** The reasons for a file with nothing in it, the same whichever stage meets it first. */
export const EMPTY_FILE = 'empty file (0 bytes)';
export const ONLY_A_BOM = 'no text: the file holds only a byte order mark';

/** Why the file is no page or text to read, or null when it may be one. */
export function notAPageReason(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return EMPTY_FILE;
  const marked = markedEncoding(bytes);
  if (marked && marked.bomLength === bytes.length) return ONLY_A_BOM;
  const binary = binaryFileReason(bytes);
  if (binary) return binary;
  const head = headText(bytes, marked);
  if (/^\[InternetShortcut\]/i.test(head)) return `an Internet shortcut (what a .url file holds): a link to the page, not the page: open it and ${SAVE_AS_PAGE}`;
  if (head.startsWith('<')) return xmlDocumentReason(head);
  if (/^[[{]/.test(head)) return jsonReason(bytes, marked, head);
  return null;
}

/** The file's first characters after a byte order mark and white space, as far as ASCII goes. */
function headText(bytes: Uint8Array, marked: ReturnType<typeof markedEncoding>): string {
  const from = marked?.bomLength ?? 0;
  const part = bytes.subarray(from, Math.min(bytes.length, from + HEAD_BYTES));
  const text = marked?.encoding.startsWith('utf-16') ? new TextDecoder(marked.encoding).decode(part) : Buffer.from(part.buffer, part.byteOffset, part.length).toString('latin1');
  return text.replace(/^[\s\uFEFF]+/, '');
}

/** Root elements of documents that are no page, by what they are. */
const NOT_PAGES: Record<string, string> = {
  rss: 'an RSS feed',
  'rdf:rdf': 'an RSS feed (RSS 1.0)',
  feed: 'an Atom feed',
  urlset: 'a sitemap',
  sitemapindex: 'a sitemap',
  opml: 'an OPML list of feeds',
};

/** Element names a page's markup may open with after an XML prolog: read as a page. */
const PAGE_ELEMENTS = new Set(['html', 'head', 'body', 'meta', 'title', 'link', 'script', 'style', 'div', 'p', 'main', 'article', 'section', 'header', 'table', 'base']);

/**
 * The document's first element after its prolog (XML declaration, comments, processing instructions,
 * doctype), and the doctype's name: a page is one whose doctype or first element is html.
 */
function xmlDocumentReason(head: string): string | null {
  let at = 0;
  let prolog = false;
  let doctype: string | null = null;
  for (;;) {
    while (at < head.length && /\s/.test(head[at])) at++;
    if (head.startsWith('<?', at)) {
      if (head.startsWith('<?xml', at)) prolog = true;
      const end = head.indexOf('?>', at);
      if (end === -1) return null;
      at = end + 2;
    } else if (head.startsWith('<!--', at)) {
      const end = head.indexOf('-->', at);
      if (end === -1) return null;
      at = end + 3;
    } else if (/^<!doctype\s/i.test(head.slice(at, at + 10))) {
      doctype = /^<!doctype\s+([\w:.-]+)/i.exec(head.slice(at, at + 200))?.[1].toLowerCase() ?? null;
      const end = head.indexOf('>', at);
      if (end === -1) return null;
      at = end + 1;
    } else break;
  }
  if (doctype === 'html') return null;
  const root = /^<([A-Za-z_][\w:.-]*)/.exec(head.slice(at, at + 200))?.[1].toLowerCase();
  if (doctype === 'plist' || root === 'plist') return `an Apple property list (what a .webloc shortcut holds): a link to the page, not the page: open it and ${SAVE_AS_PAGE}`;
  if (!root) return null;
  const local = root.includes(':') && root !== 'rdf:rdf' ? root.slice(root.indexOf(':') + 1) : root;
  const what = NOT_PAGES[local] ?? (prolog && !PAGE_ELEMENTS.has(local) ? `an XML document (root element <${root}>)` : null);
  return what ? `${what}, not a page: open the article's own page and ${SAVE_AS_PAGE}` : null;
}

/**
 * JSON data: a file that opens as JSON does ("{" and a key or "}", "[" and a value) and parses whole.
 * "[Updated] …" or "{Notes} …" opening a text is no JSON.
 */
function jsonReason(bytes: Uint8Array, marked: ReturnType<typeof markedEncoding>, head: string): string | null {
  if (!/^(?:\{\s*["}]|\[\s*[[{"\d\]-])/.test(head)) return null;
  const text = new TextDecoder(marked?.encoding ?? 'utf-8').decode(bytes.subarray(marked?.bomLength ?? 0));
  // JSON.parse takes seconds on brackets nested a million deep (2.5 µs a level): a large file is
  // judged by its ends, the opening bracket closed by the last character, which costs nothing.
  if (text.length > JSON_PARSE_CHARS) return text.trimEnd().endsWith(head[0] === '{' ? '}' : ']') ? JSON_REASON : null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
  } catch {
    return null;
  }
  return JSON_REASON;
}

/** Files up to this many characters are parsed whole to be called JSON; larger ones by their ends. */
const JSON_PARSE_CHARS = 65_536;
const JSON_REASON = `JSON data, not a page: open the article's own page and ${SAVE_AS_PAGE}, or save its text (.txt)`;
