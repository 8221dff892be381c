/**
 * A page built with Next.js's app router streams its React Server Component data in scripts:
 * `<script>self.__next_f.push([1,"…"])</script>`, each a piece of one payload, cut anywhere (inside a
 * tag, a word, a character reference). Joined in order, the payload is a list of rows: `id:JSON` ended
 * by a newline, or `id:T<length>,<text>` whose text runs for <length> UTF-8 bytes (in hexadecimal)
 * with no end mark. A site that sets its article as inner HTML ships it there, in a text row or a
 * JSON string of a row, and a saved page may show none of it in its DOM (the component that would
 * have put it in never ran). The article is then read from the stream (stages/html.ts).
 *
 * Only JSON string literals are decoded (JSON.parse of one string, never the script): a push that is
 * no well-formed string is skipped and counted. The payload is read within budgets of pushes and
 * characters, so a page of a million pushes or one push of a hundred megabytes costs no more than a
 * page's worth of reading (the reading is linear in what the budgets let through); what they left
 * unread is said (`cut`). No budget is counted in time: a loaded machine would then read less of the
 * same page, and two builds of one seed would differ. The HTML found is data: the
 * caller parses it as a page, whose parser drops its scripts and handlers, and only its text is read.
 * Binary pushes (`[3,"<base64>"]`, typed arrays) are not read: none of the public sets' pages has one.
 */
import { countWords } from '../../page-text/language/text.ts';
import { runningScriptBodies } from './running-scripts.ts';

/** Nearly forty times the pushes of the largest stream seen in the public sets (536). */
export const MAX_STREAM_CHUNKS = 20_000;
/** Eight times the largest stream seen (910,336 characters). */
export const MAX_STREAM_CHARS = 8_000_000;

const MARK = 'self.__next_f.push(';

/**
 * A piece of MARK searched first, and MARK looked for only where the piece is. Node searches a pattern
 * of fewer than 8 bytes by a native scan for its first byte (memchr), a longer one by Boyer-Moore-Horspool
 * over every page's bytes, 4× as slow on the metadata set (142 → 33 CPU ms for 156 MB). The piece opens
 * with "_", which few of a page's bytes are.
 */
const PIECE = '_next_f';
const PIECE_AT = MARK.indexOf(PIECE);
const MARK_BYTES = Buffer.from(MARK, 'latin1');

/** Whether the page streams its data so: a byte search, so a page without it pays nothing more. */
export function hasNextStream(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  for (let at = buffer.indexOf(PIECE, PIECE_AT); at !== -1; at = buffer.indexOf(PIECE, at + 1)) {
    if (holdsAt(buffer, MARK_BYTES, at - PIECE_AT)) return true;
  }
  return false;
}

/** Whether `bytes` hold `part` from `start` on (`start` ≥ 0). */
function holdsAt(bytes: Uint8Array, part: Uint8Array, start: number): boolean {
  if (start + part.length > bytes.length) return false;
  for (let i = 0; i < part.length; i++) if (bytes[start + i] !== part[i]) return false;
  return true;
}

export interface StreamPayload {
  /** The pushes' strings joined in order. */
  text: string;
  chunks: number;
  /** Pushes of data whose string was not well-formed JSON: skipped. */
  malformed: number;
  /** What of the stream a budget left unread, or null. */
  cut: string | null;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

function skipSpaces(text: string, at: number, end: number): number {
  while (at < end && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/**
 * The index of the quote that closes the JSON string opened at `open` (a quote), before `end`; -1 if
 * none: the first quote after an even run of backslashes. Each run is counted by the one quote right
 * after it only, so the search stays linear.
 */
function closingQuote(text: string, open: number, end: number): number {
  for (let q = text.indexOf('"', open + 1); q !== -1 && q < end; q = text.indexOf('"', q + 1)) {
    let k = q - 1;
    while (k > open && text.charCodeAt(k) === 0x5c) k--;
    if ((q - 1 - k) % 2 === 0) return q;
  }
  return -1;
}

/**
 * The data pushes of a page's text (`[1,"…"]`; the `[0]` that starts the stream and other kinds
 * carry no text), each string looked for inside its own script only: a string left open never takes
 * the next push's for its end. A push is read only as the statement its script opens on.
 */
export function nextStreamPayload(html: string): StreamPayload {
  const parts: string[] = [];
  let chars = 0;
  let chunks = 0;
  let malformed = 0;
  let cut: string | null = null;
  // The next mark from where the scripts were last looked in: searched again only once a script
  // starts past it, so the page is searched once however many scripts hold no mark.
  let mark = html.indexOf(MARK);
  for (const [start, end] of runningScriptBodies(html)) {
    if (mark !== -1 && mark < start) mark = html.indexOf(MARK, start);
    if (mark === -1) break;
    if (mark >= end) continue;
    const at = mark;
    mark = html.indexOf(MARK, end);
    // Next.js opens the script on its push; one after other code may sit in a comment, a string or a
    // branch never taken (text is data: the code is not run to know), and holds nothing the reader saw.
    if (skipSpaces(html, start, end) !== at) continue;
    let i = skipSpaces(html, at + MARK.length, end);
    if (html[i] !== '[') continue;
    i = skipSpaces(html, i + 1, end);
    if (html[i] !== '1') continue;
    i = skipSpaces(html, i + 1, end);
    if (html[i] !== ',') continue;
    i = skipSpaces(html, i + 1, end);
    if (chunks >= MAX_STREAM_CHUNKS) {
      cut = `pushes after the first ${MAX_STREAM_CHUNKS.toLocaleString('en')} chunks not read`;
      break;
    }
    chunks++;
    const close = html[i] === '"' ? closingQuote(html, i, end) : -1;
    // A well-formed push ends its array right after its string.
    const after = close === -1 ? -1 : skipSpaces(html, close + 1, end);
    if (close === -1 || html[after] !== ']') {
      malformed++;
      continue;
    }
    if (chars + (close - i) > MAX_STREAM_CHARS) {
      cut = `pushes past the first ${MAX_STREAM_CHARS.toLocaleString('en')} characters not read`;
      break;
    }
    let piece: unknown;
    try {
      piece = JSON.parse(html.slice(i, close + 1));
    } catch {
      malformed++;
      continue;
    }
    if (typeof piece !== 'string') continue;
    parts.push(piece);
    chars += piece.length;
  }
  return { text: parts.join(''), chunks, malformed, cut };
}

/** The HTML in the stream that holds the most paragraph text, and how much. */
export interface StreamedHtml {
  html: string;
  paragraphChars: number;
}

const isHex = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);

/** The end of a run of hexadecimal digits from `at` (at most `max` of them). */
function hexEnd(text: string, at: number, max: number): number {
  let i = at;
  while (i < text.length && i - at < max && isHex(text.charCodeAt(i))) i++;
  return i;
}

/** The index `bytes` UTF-8 bytes after `from` (a text row's length counts bytes, not characters), the text's end at most. */
function afterUtf8Bytes(text: string, from: number, bytes: number): number {
  let i = from;
  let left = bytes;
  while (i < text.length && left > 0) {
    const c = text.charCodeAt(i);
    if (c < 0x80) left -= 1;
    else if (c < 0x800) left -= 2;
    // A surrogate pair is one character of four bytes: two for each half.
    else if (c >= 0xd800 && c <= 0xdfff) left -= 2;
    else left -= 3;
    i++;
  }
  return i;
}

/**
 * The characters of text (outside tags) inside the `<p>` elements of `html`: how much of it reads as
 * an article's paragraphs. Found by plain searches, one pass.
 */
export function paragraphChars(html: string): number {
  let total = 0;
  for (let at = html.indexOf('<p'); at !== -1; at = html.indexOf('<p', at)) {
    const next = html.charCodeAt(at + 2);
    if (next !== 0x3e && !isSpace(next)) {
      at += 2;
      continue;
    }
    const open = html.indexOf('>', at);
    const close = open === -1 ? -1 : html.indexOf('</p>', open);
    if (close === -1) break;
    let inTag = false;
    for (let i = open + 1; i < close; i++) {
      const c = html.charCodeAt(i);
      if (c === 0x3c) inTag = true;
      else if (c === 0x3e) inTag = false;
      else if (!inTag && !isSpace(c)) total++;
    }
    at = close + 4;
  }
  return total;
}

/** An element's tag, an end tag or a comment: the text row is HTML. */
const MARKUP = /<[a-z!/]/i;
/**
 * A line of this many words, no brace in it, is prose; a plain text row needs PROSE_LINES of them,
 * and PROSE_SHARE of its characters in them, to be read as an article: a style sheet's long selector
 * lines have the words, but most of its characters are in short declarations.
 */
const PROSE_WORDS = 10;
const PROSE_LINES = 3;
const PROSE_SHARE = 2 / 3;
const isProse = (line: string) => !line.includes('{') && !line.includes('}') && countWords(line, PROSE_WORDS) >= PROSE_WORDS;

const escapeText = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A text row of plain text (React writes any long string as one: an article's body given to a
 * component as text), one paragraph a line, as HTML of paragraphs its characters escaped, so it is
 * read as the HTML rows are; null when it is not mostly prose (code, styles, a list of names).
 */
function proseAsHtml(text: string): string | null {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const prose = lines.filter(isProse);
  const chars = (some: string[]) => some.reduce((n, l) => n + l.length, 0);
  if (prose.length < PROSE_LINES || chars(prose) < PROSE_SHARE * chars(lines)) return null;
  return lines.map((l) => `<p>${escapeText(l)}</p>`).join('');
}

/** A JSON string shorter than this holds no article. */
const MIN_STRING_CHARS = 200;

/** Each JSON string of a row (from..to) that holds markup, decoded. */
function markupStrings(text: string, from: number, to: number, take: (html: string) => void): void {
  for (let open = text.indexOf('"', from); open !== -1 && open < to; open = text.indexOf('"', open + 1)) {
    const close = closingQuote(text, open, to);
    if (close === -1) return;
    if (close - open > MIN_STRING_CHARS && text.slice(open, close).includes('<p')) {
      try {
        take(JSON.parse(text.slice(open, close + 1)) as string);
      } catch {
        // Not a well-formed string: not read.
      }
    }
    open = close;
  }
}

/**
 * The text row or JSON string of the payload that holds the most paragraph text (paragraphChars),
 * or null when none holds any. Rows that are no rows (no `id:` before them) are read up to their line's
 * end like any other; a text row whose length runs past the payload ends with it.
 */
export function articleHtmlInStream(payload: string): StreamedHtml | null {
  let best: StreamedHtml | null = null;
  const take = (html: string) => {
    const chars = paragraphChars(html);
    // A lone surrogate (a `\ud800` escape, a text row's length ending inside a pair) becomes U+FFFD, as
    // the page's own bytes do when decoded: else it reached the body, which reads back otherwise.
    if (chars > 0 && (!best || chars > best.paragraphChars)) best = { html: html.toWellFormed(), paragraphChars: chars };
  };
  let i = 0;
  while (i < payload.length) {
    const idEnd = hexEnd(payload, i, 8);
    if (idEnd > i && payload[idEnd] === ':' && payload[idEnd + 1] === 'T') {
      const lengthEnd = hexEnd(payload, idEnd + 2, 8);
      if (lengthEnd > idEnd + 2 && payload[lengthEnd] === ',') {
        const end = afterUtf8Bytes(payload, lengthEnd + 1, parseInt(payload.slice(idEnd + 2, lengthEnd), 16));
        const text = payload.slice(lengthEnd + 1, end);
        take(MARKUP.test(text) ? text : (proseAsHtml(text) ?? ''));
        i = end;
        continue;
      }
    }
    const newline = payload.indexOf('\n', i);
    const end = newline === -1 ? payload.length : newline;
    markupStrings(payload, i, end, take);
    i = end + 1;
  }
  return best;
}
