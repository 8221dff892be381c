/**
 * The character encoding of a saved web page: its byte order mark; else UTF-16 when every other
 * byte is a NUL (a page saved as UTF-16 without a mark); else ISO-2022-JP when its escapes say so
 * (7-bit, so valid UTF-8 too); else UTF-8 when the bytes are
 * valid UTF-8 (pages are often re-saved as UTF-8 while keeping their old `<meta charset>`, and valid
 * UTF-8 by accident is vanishingly rare in other encodings); else the charset the page declares in
 * `<meta charset>` or `<meta http-equiv="Content-Type">` (any label the WHATWG Encoding standard
 * knows: windows-1252, gb2312, shift_jis, euc-kr…); else the legacy encoding the text seeds' detector
 * is confident of (lib/safety/legacy-encoding.ts: a Japanese page saved as Shift_JIS with no
 * declaration); else Windows-1252, as browsers do. Bytes read as UTF-8 over a declared legacy charset
 * they contradict (UTF-8 bytes beyond ASCII, declared Shift_JIS) say so (`overrides`): the report
 * tells of it as it tells of a declaration read otherwise the other way.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { cutsScriptsSafely, keptParts, withoutScriptsAndStyles } from './html-raw-text.ts';
import { markedEncoding } from '../../safety/encoding-marks.ts';
import { guessLegacyEncoding, iso2022jp } from '../../safety/legacy-encoding.ts';

export interface HtmlEncoding {
  encoding: string;
  bomLength: number;
  why: string;
  /** The declared charset the bytes were read against (valid UTF-8 declared Shift_JIS, say). */
  overrides?: string;
}

// Browsers look for the declaration in the first 1024 bytes; saved pages often put comments and
// scripts first, so a little more is read. Only ASCII matters here, so latin1 is a safe view.
const PRESCAN = 8192;

export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN)).toString('latin1');
  const direct = /<meta\s[^>]*?charset\s*=\s*(?:["']\s*)?([\w:.-]+)/i.exec(head);
  if (direct) return direct[1].toLowerCase();
  return null;
}

/**
 * The WHATWG encoding a charset label names ("latin1" → "windows-1252"), or null for one no decoder
 * knows. "x-user-defined" is read as Windows-1252, as the HTML standard's prescan reads it: decoded as
 * it says, every byte over 0x7F would become a private-use character, an accent or a quote mark lost.
 */
/** A decoder for the page's encoding, or UTF-8's when no decoder knows its name (a byte scan's texts, decoded apart). */
export function pageDecoder(encoding: string): TextDecoder {
  try {
    return new TextDecoder(encoding);
  } catch {
    return new TextDecoder('utf-8');
  }
}

export function knownLabel(label: string): string | null {
  try {
    const encoding = new TextDecoder(label).encoding;
    return encoding === 'x-user-defined' ? 'windows-1252' : encoding;
  } catch {
    return null;
  }
}

export function detectHtmlEncoding(bytes: Uint8Array): HtmlEncoding {
  const marked = markedEncoding(bytes);
  if (marked) return marked;
  const declared = declaredCharset(bytes);
  const jis = iso2022jp(bytes);
  if (jis) return { ...jis, bomLength: 0 };
  if (isUtf8(bytes)) {
    const known = declared ? knownLabel(declared) : null;
    // ASCII reads the same in any declared charset the decoders know (all are ASCII-compatible here):
    // only bytes beyond it are read against the declaration.
    if (known && !known.startsWith('utf-') && !isAscii(bytes)) {
      return { encoding: 'utf-8', bomLength: 0, why: `<meta> declares ${declared}, but the bytes are valid UTF-8 beyond ASCII; read as UTF-8, the declaration overridden`, overrides: declared! };
    }
    const note = declared && known !== 'utf-8' ? ` (the page declares ${declared})` : '';
    return { encoding: 'utf-8', bomLength: 0, why: `valid UTF-8${note}` };
  }
  // A page that declares UTF-8 or UTF-16 but is not valid UTF-8 was saved in some other encoding.
  const label = declared ? knownLabel(declared) : null;
  if (label && !label.startsWith('utf-')) return { encoding: label, bomLength: 0, why: `<meta> declares ${declared}` };
  const legacy = guessLegacyEncoding(bytes);
  if (legacy) return { encoding: legacy.encoding, bomLength: 0, why: `${declared ? `<meta> declares ${declared}, but the bytes are not valid UTF-8` : 'no declared charset and not valid UTF-8'}; ${legacy.why}` };
  return { encoding: 'windows-1252', bomLength: 0, why: declared ? `<meta> declares ${declared}, but the bytes are not valid UTF-8; read as Windows-1252` : 'no declared charset and not valid UTF-8; read as Windows-1252' };
}

/** The page as text; `withoutScripts` also cuts its scripts, styles, navigation, asides, footers and inline SVG out first (lib/html/read/html-raw-text.ts). */
export function decodeHtml(bytes: Uint8Array, { withoutScripts = false } = {}): { html: string } & HtmlEncoding {
  const found = detectHtmlEncoding(bytes);
  const html = new TextDecoder(found.encoding).decode(bodyOf(bytes, found, withoutScripts));
  return { html, ...found };
}

function bodyOf(bytes: Uint8Array, found: HtmlEncoding, withoutScripts: boolean): Uint8Array {
  const body = bytes.subarray(found.bomLength);
  return withoutScripts && cutsScriptsSafely(found.encoding) ? withoutScriptsAndStyles(body) : body;
}

/**
 * decodeHtml's text in pieces, `pieces.join('')` being exactly its `html`, for a parser that reads
 * a page piece by piece (lib/html/prune/html-prune.ts). A UTF-8 page is mostly runs of ASCII (its markup) with
 * a few other characters in its text: each long run of ASCII is read as Latin-1, which gives the same
 * characters several times faster and as a string of one byte per character (half the memory, and
 * so is every string sliced from it); only the stretches between those runs are decoded as UTF-8.
 */
export function decodeHtmlPieces(bytes: Uint8Array, { withoutScripts = false } = {}): { pieces: string[] } & HtmlEncoding {
  const found = detectHtmlEncoding(bytes);
  if (found.encoding !== 'utf-8') return { pieces: [new TextDecoder(found.encoding).decode(bodyOf(bytes, found, withoutScripts))], ...found };
  // What the cuts keep is decoded part by part, never copied into one buffer: each part starts and
  // ends next to an ASCII byte (lib/html/read/html-raw-text.ts). Only when the bytes are valid UTF-8, though
  // (a page with a byte order mark may not be): a sequence cut short before a script and the stray
  // bytes after it decode as one character once the parts are joined.
  const body = bytes.subarray(found.bomLength);
  const parts = !withoutScripts ? [body] : found.bomLength === 0 || isUtf8(body) ? keptParts(body) : [withoutScriptsAndStyles(body)];
  const pieces: string[] = [];
  for (let i = 0; i < parts.length; i++) utf8Pieces(parts[i], pieces, i === 0);
  return { pieces, ...found };
}

// Without `stream`, each decode() starts and ends a text of its own: the two are shared.
const UTF8 = new TextDecoder('utf-8');
const UTF8_KEEPING_BOM = new TextDecoder('utf-8', { ignoreBOM: true });

/** An ASCII run shorter than this stays inside the UTF-8 stretch around it: fewer, longer pieces. */
const ASCII_RUN = 256;

/**
 * UTF-8 bytes → strings (added to `pieces`) whose concatenation is their decoding. Cuts fall only next to an ASCII byte,
 * where a UTF-8 decoder always starts afresh (an ASCII byte is never part of a sequence; one cutting
 * a sequence short reads as U+FFFD either way), so decoding piece by piece changes nothing. The
 * decoder drops a byte order mark at the start of the text only (`startsText`): later pieces keep theirs.
 */
export function utf8Pieces(bytes: Uint8Array, pieces: string[] = [], startsText = true): string[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const end = bytes.length;
  const ascii = new AsciiRuns(bytes);
  let pending = 0;
  let i = 0;
  while (i < end) {
    const run = i;
    i = ascii.endOfRun(i);
    if (i - run >= ASCII_RUN) {
      if (run > pending) pieces.push(utf8(bytes, pending, run, startsText));
      pieces.push(buffer.toString('latin1', run, i));
      pending = i;
    }
    while (i < end && bytes[i] >= 0x80) i++;
  }
  if (pending < end || (startsText && pieces.length === 0)) pieces.push(utf8(bytes, pending, end, startsText));
  return pieces;
}

/**
 * Where a run of ASCII bytes ends, read four bytes at a time where the bytes lie on a 4-byte boundary
 * of their buffer (a word with none of its high bits set is four ASCII bytes): a page is mostly ASCII,
 * and the byte-by-byte loop was a two-hundredth of the HTML path's time.
 */
class AsciiRuns {
  private readonly bytes: Uint8Array;
  /** The first index of `bytes` on a 4-byte boundary, and the whole words from there. */
  private readonly firstWord: number;
  private readonly words: Uint32Array | null;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    const aligned = (bytes.byteOffset + 3) & ~3;
    this.firstWord = Math.min(aligned - bytes.byteOffset, bytes.length);
    const count = (bytes.length - this.firstWord) >> 2;
    this.words = count > 0 ? new Uint32Array(bytes.buffer, aligned, count) : null;
  }

  /** The index of the first byte at or after `from` that is not ASCII (the length when there is none). */
  endOfRun(from: number): number {
    const { bytes, firstWord, words } = this;
    const end = bytes.length;
    let i = from;
    // Byte by byte up to a word's start.
    while (i < end && (i < firstWord || ((i - firstWord) & 3) !== 0)) {
      if (bytes[i] >= 0x80) return i;
      i++;
    }
    if (words !== null) {
      let w = (i - firstWord) >> 2;
      while (w < words.length && (words[w] & 0x80808080) === 0) w++;
      i = Math.max(i, firstWord + (w << 2));
    }
    // The word with a high bit set, or the bytes after the last whole word.
    while (i < end && bytes[i] < 0x80) i++;
    return i;
  }
}

function utf8(bytes: Uint8Array, from: number, to: number, startsText: boolean): string {
  return (from === 0 && startsText ? UTF8 : UTF8_KEEPING_BOM).decode(bytes.subarray(from, to));
}
