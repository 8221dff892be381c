/**
 * A page as a browser saved it, before the HTML path reads it: the HTML itself, or the page inside
 * an MHTML file (lib/html/read/mime-message.ts), with the address the browser saved it from when the file
 * names one. That address is the page's own only when the page names none (no <link rel=canonical>,
 * no og:url): lib/html/metadata/html-meta.ts reads the date in it and its host as the site's name.
 *
 * What the file says about the saving is never a fact about the article: an MHTML file's Date header
 * is the day it was saved, and is not read.
 */
import { isMimeMessage, MimeError, readMimePage, type MimeHeaders } from './mime-message.ts';
import { knownLabel } from './html-charset.ts';

export interface SavedPage {
  /** The page's HTML bytes (an MHTML page part's re-encoded as UTF-8 when its charset said otherwise). */
  bytes: Uint8Array;
  /** The address the browser saved the page from, or null. */
  address: string | null;
  /** Where the address was read, for the report. */
  addressEvidence: string | null;
  /** What the file was and what was read leniently, for the report; null for a plain HTML file. */
  mhtml: string | null;
}

export { MimeError };

/** The report's evidence for an address read from the "saved from url" mark (savedFromMark). */
const MARK_EVIDENCE = 'the "saved from url" mark the browser wrote';

/** Throws MimeError when the file is an MHTML message that holds no readable page. */
export function readSavedPage(bytes: Uint8Array): SavedPage {
  if (!isMimeMessage(bytes)) {
    const mark = savedFromMark(bytes);
    return { bytes, address: mark, addressEvidence: mark ? MARK_EVIDENCE : null, mhtml: null };
  }
  const page = readMimePage(bytes);
  const { bytes: html, note } = asDecodable(page.bytes, page.charset);
  const [address, evidence] = addressOf(page.partHeaders, 'Content-Location', 'its page part') ?? addressOf(page.headers, 'Snapshot-Content-Location', 'the file') ?? [null, null];
  const mark = address ? null : savedFromMark(html);
  const encoding = page.partHeaders.get('content-transfer-encoding')?.trim().toLowerCase() || '7bit';
  const notes = [`an MHTML file: its text/html part (${encoding}${page.charset ? `, charset ${page.charset}` : ''})`, ...page.notes, ...(note ? [note] : [])];
  return {
    bytes: html,
    address: address ?? mark,
    addressEvidence: evidence ?? (mark ? MARK_EVIDENCE : null),
    mhtml: notes.join('; '),
  };
}

/**
 * The page part's bytes as the HTML path reads them (BOM, valid UTF-8, <meta charset>, else
 * Windows-1252): a part whose Content-Type names another charset than UTF-8 is re-encoded as UTF-8
 * from it, as the part's header is the browser's own word on how it saved the page. A charset no
 * decoder knows is left to the page's own bytes, with a note.
 */
function asDecodable(bytes: Uint8Array, charset: string | null): { bytes: Uint8Array; note: string | null } {
  if (!charset) return { bytes, note: null };
  const encoding = knownLabel(charset);
  if (!encoding) return { bytes, note: `its charset "${charset.slice(0, 40)}" is not one we know: read as the page's bytes say` };
  if (encoding === 'utf-8') return { bytes, note: null };
  return { bytes: Buffer.from(new TextDecoder(encoding).decode(bytes), 'utf8'), note: null };
}

/** An http(s) address of reasonable length, as written; else null. */
export function webAddress(value: string | undefined | null): string | null {
  const text = value?.trim().replace(/^<(.*)>$/, '$1');
  if (!text || text.length > 2048 || !/^https?:\/\/[^\s/?#]+/i.test(text) || /[\s\u0000-\u001f\u007f]/.test(text)) return null;
  try {
    new URL(text);
  } catch {
    return null;
  }
  return text;
}

function addressOf(headers: MimeHeaders, name: string, where: string): [string, string] | null {
  const address = webAddress(headers.get(name.toLowerCase()));
  return address ? [address, `the ${name} of ${where} (MHTML)`] : null;
}

/**
 * `<!-- saved from url=(0047)https://… -->`: Chrome's "Webpage, Complete" and Internet Explorer write
 * it at the top of the file (after the doctype), the number being the address's length. Looked for in
 * the file's first bytes only.
 */
const SAVED_FROM = /<!--\s*saved from url=\((\d{1,5})\)(\S+?)\s*-->/i;
const MARK_WITHIN = 2048;

export function savedFromMark(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1', 0, Math.min(bytes.length, MARK_WITHIN));
  const m = SAVED_FROM.exec(head);
  return m ? webAddress(m[2]) : null;
}
