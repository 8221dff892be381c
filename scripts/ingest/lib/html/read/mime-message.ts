/**
 * The page inside a MIME message, as browsers save a page in one file (MHTML: Chrome's and Edge's
 * "Webpage, Single File", Internet Explorer's .mht): headers, then a multipart/related body whose
 * first text/html part is the page (quoted-printable or base64, with its charset) and whose other
 * parts are its styles and images, never read here.
 *
 * Our own small reader, not an npm one: the ingest reads a seed synchronously (pipeline.ts), and the
 * maintained parser without dependencies (postal-mime) is asynchronous only, reads line by line (1 s
 * and 370 MB of memory for a 50 MB part) and hands back the page as a string already decoded by the
 * part's charset, where the HTML path wants the bytes; the MHTML-specific packages bring a DOM
 * (cheerio, parse5) or a web server. Only what pages saved by browsers use is read, leniently as a
 * browser reads it: a broken quoted-printable escape stays as it was written, a boundary never closed
 * ends with the file, a part header with no blank line after it ends at its first line that is no
 * header, a multipart whose boundary is missing or opens no part is read by the "--" line over its
 * first part's headers. What holds no page (no text/html part, multiparts nested past MAX_DEPTH, an encoding no
 * browser writes, base64 that is mostly not base64) throws MimeError with the reason.
 *
 * Linear in the file's size: boundaries are found with Buffer#indexOf, each part is decoded in one pass.
 */

export class MimeError extends Error {}

/** Nested multiparts read before giving up: a saved page nests two at most (a frame's own related parts). */
export const MAX_DEPTH = 8;
/** Parts looked at, all levels together: a page with its images has hundreds at most. */
export const MAX_PARTS = 100_000;
/** The header block of a message or part: a saved page's are a few hundred bytes. */
const MAX_HEADER_BYTES = 64 * 1024;
const OVER_LONG = '64 KB (a saved page\'s are a few hundred bytes)';

/** Header names lowercased → the first value, unfolded. */
export type MimeHeaders = Map<string, string>;

export interface MimePage {
  /** The page part's bytes, transfer encoding undone (still in its charset). */
  bytes: Uint8Array;
  /** The charset its Content-Type names, lowercased, or null. */
  charset: string | null;
  /** The message's own headers (Snapshot-Content-Location, Subject, Date…). */
  headers: MimeHeaders;
  /** The page part's headers (Content-Location…). */
  partHeaders: MimeHeaders;
  /** What was read leniently, for the report. */
  notes: string[];
}

const LF = 0x0a;
const CR = 0x0d;
const HEADER_LINE = /^[!-9;-~]+[ \t]*:/;

/**
 * Whether the bytes are a MIME message that may hold a page: a header block first whose Content-Type
 * is multipart or text/html. An HTML page never starts with a "Name: value" line.
 */
export function isMimeMessage(bytes: Uint8Array): boolean {
  const start = bomLength(bytes);
  const head = latin1(bytes, start, Math.min(bytes.length, start + 1024));
  if (!HEADER_LINE.test(head)) return false;
  const lines = withLineFeeds(bytes, start);
  const { headers } = readHeaders(lines, start, lines.length);
  const type = mediaType(headers.get('content-type') ?? '');
  return type.startsWith('multipart/') || (type === 'text/html' && headers.has('mime-version'));
}

/** The first text/html part of a MIME message (depth first, in the order the file gives them). */
export function readMimePage(bytes: Uint8Array): MimePage {
  const notes: string[] = [];
  const given = bytes;
  bytes = withLineFeeds(given, bomLength(given));
  if (bytes !== given) notes.push('its lines end in a lone CR: each read as a line end');
  const top = readHeaders(bytes, bomLength(bytes), bytes.length);
  if (top.overLong) throw new MimeError(`the message's header block runs over ${OVER_LONG}: not read`);
  if (top.noBlankLine) notes.push('the message\'s headers had no blank line after them');
  const budget = { parts: 0, overLong: 0 };
  const found = findHtml(bytes, top.headers, top.bodyStart, bytes.length, 0, budget, notes);
  const overLong = budget.overLong ? `${budget.overLong} ${budget.overLong === 1 ? "part's header block runs" : "parts' header blocks run"} over ${OVER_LONG}, not read` : null;
  if (!found) throw new MimeError(overLong ? `no text/html part read among its ${budget.parts} part(s): ${overLong}` : `no text/html part among its ${budget.parts} part(s): no page to read`);
  if (overLong) notes.push(overLong);
  const charset = param(found.headers.get('content-type') ?? '', 'charset')?.toLowerCase() ?? null;
  const body = decodeTransfer(bytes.subarray(found.start, found.end), found.headers.get('content-transfer-encoding') ?? '', notes);
  return { bytes: body, charset, headers: top.headers, partHeaders: found.headers, notes };
}

/**
 * A message whose lines end in a lone CR (as old Mac tools wrote text), told by its first line end,
 * with an LF after every lone CR: the reader finds lines by their LF, and would see the whole file as
 * one header line (not a message at all: read as HTML, its headers and quoted-printable shown as the
 * article's text). Any other message is returned as it is, not copied.
 */
function withLineFeeds(bytes: Uint8Array, start: number): Uint8Array {
  const end = Math.min(bytes.length, start + 1024);
  let cr = -1;
  for (let i = start; i < end; i++) {
    if (bytes[i] === LF) return bytes;
    if (bytes[i] === CR) {
      cr = i;
      break;
    }
  }
  if (cr === -1 || bytes[cr + 1] === LF) return bytes;
  let lone = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === CR && bytes[i + 1] !== LF) lone++;
  const out = new Uint8Array(bytes.length + lone);
  for (let i = 0, j = 0; i < bytes.length; i++) {
    out[j++] = bytes[i];
    if (bytes[i] === CR && bytes[i + 1] !== LF) out[j++] = LF;
  }
  return out;
}

/** A UTF-8 byte order mark an editor put before the headers. */
const bomLength = (bytes: Uint8Array) => (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);

interface Part {
  headers: MimeHeaders;
  start: number;
  end: number;
}

function findHtml(bytes: Uint8Array, headers: MimeHeaders, start: number, end: number, depth: number, budget: { parts: number; overLong: number }, notes: string[]): Part | null {
  const contentType = headers.get('content-type') ?? '';
  const type = mediaType(contentType);
  // A part with no Content-Type is text/plain (RFC 2045): no page.
  if (type === 'text/html') return { headers, start, end };
  if (!type.startsWith('multipart/')) return null;
  if (depth >= MAX_DEPTH) throw new MimeError(`multiparts nested more than ${MAX_DEPTH} deep`);
  const boundary = boundaryOf(bytes, type, param(contentType, 'boundary'), start, end, notes);
  // RFC 2387: the `start` parameter names the root part by its Content-ID. Chrome writes the page
  // first and no `start`; a tool that puts a frame or an alternative first names the page so.
  const rootId = param(contentType, 'start');
  const root = rootId ? partWithId(bytes, boundary, rootId, start, end) : null;
  if (rootId && root) {
    const found = findHtml(bytes, root.headers, root.bodyStart, root.end, depth + 1, budget, notes);
    if (found) {
      notes.push(`the page part is the one the message's start parameter names (${rootId.slice(0, 80)})`);
      return found;
    }
  }
  for (const part of partsOf(bytes, boundary, start, end, notes)) {
    if (++budget.parts > MAX_PARTS) throw new MimeError(`more than ${MAX_PARTS} parts`);
    const read = readHeaders(bytes, part.start, part.end);
    // Where its headers end and its body starts is unknown: the part is not read (counted for the reason).
    if (read.overLong) {
      budget.overLong++;
      continue;
    }
    if (read.noBlankLine) notes.push('a part\'s headers had no blank line after them');
    const found = findHtml(bytes, read.headers, read.bodyStart, part.end, depth + 1, budget, notes);
    if (found) return found;
  }
  return null;
}

/**
 * The boundary a multipart's parts are delimited by: the one its Content-Type names when a line opens
 * a part with it; else, as a reader would expect the page, the one the first line starting with "--"
 * over a part's headers gives (a tool that dropped the parameter, or rewrote it and not the parts),
 * noted. Throws when neither opens a part: nothing to read the parts by.
 */
function boundaryOf(bytes: Uint8Array, type: string, named: string | null, start: number, end: number, notes: string[]): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (named && nextDelimiter(buffer, Buffer.from(`--${named}`, 'latin1'), start, end) !== -1) return named;
  const found = boundaryOverFirstPart(bytes, start, end);
  const stated = named ? `its boundary "${named}" never opens a part` : `a ${type} with no boundary`;
  if (!found) throw new MimeError(`${stated}, and no line starting with "--" stands over a part's headers`);
  notes.push(`${stated}: its parts read by the line "--${found}" over the first one`);
  return found;
}

/** How far into a multipart's body its first part's delimiter is looked for: a preamble is a line or two. */
const PREAMBLE_BYTES = 64 * 1024;
/** How many lines starting with "--" are asked whether a part's headers follow them. */
const MAX_BOUNDARY_CANDIDATES = 64;
/** RFC 2046's longest boundary, with room for tools that exceed it. */
const MAX_BOUNDARY_CHARS = 200;

/**
 * The boundary of the first line starting with "--" (within PREAMBLE_BYTES of the body's start) that a
 * part's header block follows, one naming its Content-Type (text is full of "--" lines: a signature, a
 * rule), or null.
 */
function boundaryOverFirstPart(bytes: Uint8Array, start: number, end: number): string | null {
  const limit = Math.min(end, start + PREAMBLE_BYTES);
  let candidates = 0;
  for (let at = start; at < limit && candidates < MAX_BOUNDARY_CANDIDATES; at = nextLine(bytes, at, end)) {
    if (bytes[at] !== 0x2d || bytes[at + 1] !== 0x2d) continue;
    candidates++;
    const lineEnd = nextLine(bytes, at, end);
    if (lineEnd - at > MAX_BOUNDARY_CHARS + 4) continue;
    const boundary = latin1(bytes, at + 2, lineEnd).trimEnd();
    if (!boundary || !HEADER_LINE.test(latin1(bytes, lineEnd, Math.min(end, lineEnd + 1024)))) continue;
    if (readHeaders(bytes, lineEnd, end).headers.has('content-type')) return boundary;
  }
  return null;
}

/** "<root@example>", " root@example ": a Content-ID without its angle brackets. */
const bareId = (id: string) => id.trim().replace(/^<\s*|(?:(?<!\s)\s+)?>$/g, '');

/** The part of a multipart whose Content-ID is `id` (read up to MAX_PARTS parts), or null. */
function partWithId(bytes: Uint8Array, boundary: string, id: string, start: number, end: number): { headers: MimeHeaders; bodyStart: number; end: number } | null {
  const wanted = bareId(id);
  let parts = 0;
  // The loop after this one notes what it reads leniently: not noted twice.
  for (const part of partsOf(bytes, boundary, start, end, [])) {
    if (++parts > MAX_PARTS) return null;
    const read = readHeaders(bytes, part.start, part.end);
    if (bareId(read.headers.get('content-id') ?? '') === wanted) return { headers: read.headers, bodyStart: read.bodyStart, end: part.end };
  }
  return null;
}

/**
 * The parts between the delimiter lines `--boundary`, up to `--boundary--` (RFC 2046): each part's
 * bytes, without the line break that belongs to the delimiter after it. A boundary never closed
 * ends with the file.
 */
function* partsOf(bytes: Uint8Array, boundary: string, start: number, end: number, notes: string[]): Generator<{ start: number; end: number }> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const delimiter = Buffer.from(`--${boundary}`, 'latin1');
  let partStart = -1;
  let at = start;
  for (;;) {
    const found = nextDelimiter(buffer, delimiter, at, end);
    if (found === -1) break;
    const after = found + delimiter.length;
    const closing = after + 1 < end && bytes[after] === 0x2d && bytes[after + 1] === 0x2d;
    if (partStart !== -1) yield { start: partStart, end: lineBreakBefore(bytes, found) };
    if (closing) return;
    partStart = nextLine(bytes, after, end);
    at = partStart;
  }
  if (partStart === -1) throw new MimeError(`its boundary "${boundary}" never opens a part`);
  notes.push(`its boundary "${boundary}" is never closed: the last part runs to the end of the file`);
  yield { start: partStart, end };
}

/** Where `--boundary` next starts a line, or -1. */
function nextDelimiter(buffer: Buffer, delimiter: Buffer, from: number, end: number): number {
  for (let at = buffer.indexOf(delimiter, from); at !== -1 && at + delimiter.length <= end; at = buffer.indexOf(delimiter, at + 1)) {
    if ((at === 0 || buffer[at - 1] === LF) && endsDelimiter(buffer, at + delimiter.length, end)) return at;
  }
  return -1;
}

/** After `--boundary`: "--", spaces, the line's end or the file's; not a longer boundary that starts alike. */
function endsDelimiter(buffer: Buffer, at: number, end: number): boolean {
  if (at >= end) return true;
  const b = buffer[at];
  return b === 0x2d ? at + 1 < end && buffer[at + 1] === 0x2d : b === CR || b === LF || b === 0x20 || b === 0x09;
}

/** The start of the line break (CRLF or LF) that ends just before `at`. */
function lineBreakBefore(bytes: Uint8Array, at: number): number {
  if (at > 0 && bytes[at - 1] === LF) return at >= 2 && bytes[at - 2] === CR ? at - 2 : at - 1;
  return at;
}

/** The start of the line after the one `at` is in. */
function nextLine(bytes: Uint8Array, at: number, end: number): number {
  const lf = bytes.subarray(0, end).indexOf(LF, at);
  return lf === -1 ? end : lf + 1;
}

/**
 * The header block from `start`: "Name: value" lines, folded lines joined, up to the blank line.
 * A line that is no header ends the block too (a writer that forgot the blank line): the body starts there.
 * A block still going after MAX_HEADER_BYTES is `overLong`: where it ends is not looked for.
 */
function readHeaders(bytes: Uint8Array, start: number, end: number): { headers: MimeHeaders; bodyStart: number; noBlankLine: boolean; overLong?: boolean } {
  const headers: MimeHeaders = new Map();
  const limit = Math.min(end, start + MAX_HEADER_BYTES);
  let name: string | null = null;
  let at = start;
  while (at < limit) {
    const lineEnd = nextLine(bytes, at, end);
    // A line longer than a whole header block: when it starts as a header does, the block runs over
    // (overLong); else it is no header, and the body starts there.
    if (lineEnd - at > MAX_HEADER_BYTES) return { headers, bodyStart: at, noBlankLine: true, overLong: HEADER_LINE.test(latin1(bytes, at, at + 1024)) };
    const line = latin1(bytes, at, lineEnd).replace(/\r?\n$/, '');
    if (line === '') return { headers, bodyStart: lineEnd, noBlankLine: false };
    if (/^[ \t]/.test(line) && name) {
      headers.set(name, `${headers.get(name)} ${line.trim()}`);
    } else if (HEADER_LINE.test(line)) {
      const colon = line.indexOf(':');
      const key = line.slice(0, colon).trim().toLowerCase();
      // The first of a repeated header counts; its folded lines go to it only.
      name = headers.has(key) ? null : key;
      if (name) headers.set(name, line.slice(colon + 1).trim());
    } else {
      return { headers, bodyStart: at, noBlankLine: true };
    }
    at = lineEnd;
  }
  return { headers, bodyStart: at, noBlankLine: true, overLong: at < end };
}

/** "text/html; charset=utf-8" → "text/html". */
function mediaType(value: string): string {
  return value.split(';')[0].trim().toLowerCase();
}

/** A parameter of a header's value, quoted or not: boundary="----X", charset=utf-8. */
export function param(value: string, key: string): string | null {
  const m = new RegExp(`;\\s*${key}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  const found = m ? (m[1] ?? m[2]) : null;
  return found ? found : null;
}

function decodeTransfer(body: Uint8Array, encoding: string, notes: string[]): Uint8Array {
  const name = encoding.trim().toLowerCase();
  if (name === 'quoted-printable') return decodeQuotedPrintable(body, notes);
  if (name === 'base64') return asMarkup(decodeBase64(body, notes));
  if (name === '' || name === '7bit' || name === '8bit' || name === 'binary') return body;
  throw new MimeError(`its page part's transfer encoding "${encoding.slice(0, 40)}" is not one browsers write (quoted-printable, base64, 7bit, 8bit, binary)`);
}

const hexValue = (b: number) => (b >= 0x30 && b <= 0x39 ? b - 0x30 : b >= 0x41 && b <= 0x46 ? b - 0x37 : b >= 0x61 && b <= 0x66 ? b - 0x57 : -1);

/**
 * Quoted-printable (RFC 2045): "=XX" is a byte, "=" at a line's end a soft line break (spaces before
 * that line break too). An "=" followed by anything else ("=ZZ", "=" ending the part) is kept as
 * written, as the RFC advises, and counted in a note.
 */
export function decodeQuotedPrintable(body: Uint8Array, notes: string[] = []): Uint8Array {
  const out = new Uint8Array(body.length);
  let j = 0;
  let broken = 0;
  const end = body.length;
  for (let i = 0; i < end; i++) {
    const b = body[i];
    if (b !== 0x3d) {
      out[j++] = b;
      continue;
    }
    let k = i + 1;
    while (k < end && (body[k] === 0x20 || body[k] === 0x09)) k++;
    if (k < end && body[k] === LF) {
      i = k;
      continue;
    }
    if (k + 1 < end && body[k] === CR && body[k + 1] === LF) {
      i = k + 1;
      continue;
    }
    const high = i + 2 < end ? hexValue(body[i + 1]) : -1;
    const low = high === -1 ? -1 : hexValue(body[i + 2]);
    if (low !== -1) {
      out[j++] = high * 16 + low;
      i += 2;
      continue;
    }
    broken++;
    out[j++] = b;
  }
  if (broken) notes.push(`${broken} broken quoted-printable escape(s) kept as written`);
  return out.subarray(0, j);
}

/**
 * Base64 that decodes to bytes with no "<" in their first 4 KB was no page: text or noise that happens
 * to be written in base64's letters decodes to noise, which would otherwise be read as an article.
 */
const MARKUP_WITHIN = 4096;

function asMarkup(page: Uint8Array): Uint8Array {
  if (page.length && !page.subarray(0, MARKUP_WITHIN).includes(0x3c)) throw new MimeError(`its page part is not base64 of a page: it decodes to ${page.length} bytes with no markup`);
  return page;
}

const BASE64 = new Int8Array(256).fill(-1);
for (const [i, c] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].entries()) BASE64[c.charCodeAt(0)] = i;
/** Base64 whose characters are more than this share of others is no base64 at all. */
const BASE64_MAX_GARBAGE = 0.1;

/**
 * Base64: line breaks and "=" padding skipped; any other character outside the alphabet (spaces
 * too) skipped and counted; more than a tenth of them and the part is not base64 at all.
 */
export function decodeBase64(body: Uint8Array, notes: string[] = []): Uint8Array {
  const out = new Uint8Array(Math.ceil((body.length * 3) / 4));
  let j = 0;
  let bits = 0;
  let count = 0;
  let garbage = 0;
  let characters = 0;
  for (let i = 0; i < body.length; i++) {
    const b = body[i];
    const v = BASE64[b];
    if (v === -1) {
      // Line breaks and padding belong to base64; a space inside a line does not (text is full of them).
      if (b === CR || b === LF || b === 0x3d) continue;
      garbage++;
      characters++;
      continue;
    }
    characters++;
    bits = (bits << 6) | v;
    if (++count === 4) {
      out[j++] = (bits >> 16) & 0xff;
      out[j++] = (bits >> 8) & 0xff;
      out[j++] = bits & 0xff;
      bits = 0;
      count = 0;
    }
  }
  // A last group of two or three characters holds one or two bytes.
  if (count === 2) out[j++] = (bits >> 4) & 0xff;
  if (count === 3) {
    out[j++] = (bits >> 10) & 0xff;
    out[j++] = (bits >> 2) & 0xff;
  }
  if (garbage > characters * BASE64_MAX_GARBAGE) throw new MimeError(`its page part is not base64: ${garbage} of ${characters} characters are outside the base64 alphabet`);
  if (garbage) notes.push(`${garbage} character(s) outside the base64 alphabet skipped`);
  return out.subarray(0, j);
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1', from, to);
}
