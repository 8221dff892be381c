/**
 * The character encoding of a saved web page: its byte order mark; else UTF-8 when the bytes are
 * valid UTF-8 (pages are often re-saved as UTF-8 while keeping their old `<meta charset>`, and valid
 * UTF-8 by accident is vanishingly rare in other encodings); else the charset the page declares in
 * `<meta charset>` or `<meta http-equiv="Content-Type">` (any label the WHATWG Encoding standard
 * knows: windows-1252, gb2312, shift_jis, euc-kr…); else Windows-1252, as browsers do.
 */
import { isUtf8 } from 'node:buffer';
import { cutsScriptsSafely, withoutScriptsAndStyles } from './html-raw-text.ts';

export interface HtmlEncoding {
  encoding: string;
  bomLength: number;
  why: string;
}

// Browsers look for the declaration in the first 1024 bytes; saved pages often put comments and
// scripts first, so a little more is read. Only ASCII matters here, so latin1 is a safe view.
const PRESCAN = 8192;

export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN)).toString('latin1');
  const direct = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  if (direct) return direct[1].toLowerCase();
  return null;
}

function knownLabel(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

export function detectHtmlEncoding(bytes: Uint8Array): HtmlEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3, why: 'UTF-8 byte order mark' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, why: 'UTF-16 LE byte order mark' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, why: 'UTF-16 BE byte order mark' };
  const declared = declaredCharset(bytes);
  if (isUtf8(bytes)) {
    const note = declared && knownLabel(declared) !== 'utf-8' ? ` (the page declares ${declared})` : '';
    return { encoding: 'utf-8', bomLength: 0, why: `valid UTF-8${note}` };
  }
  // A page that declares UTF-8 or UTF-16 but is not valid UTF-8 was saved in some other encoding.
  const label = declared ? knownLabel(declared) : null;
  if (label && !label.startsWith('utf-')) return { encoding: label, bomLength: 0, why: `<meta> declares ${declared}` };
  return { encoding: 'windows-1252', bomLength: 0, why: declared ? `<meta> declares ${declared}, but the bytes are not valid UTF-8; read as Windows-1252` : 'no declared charset and not valid UTF-8; read as Windows-1252' };
}

/** The page as text; `withoutScripts` also cuts its scripts, styles, navigation, asides, footers and inline SVG out first (lib/html-raw-text.ts). */
export function decodeHtml(bytes: Uint8Array, { withoutScripts = false } = {}): { html: string } & HtmlEncoding {
  const found = detectHtmlEncoding(bytes);
  let body = bytes.subarray(found.bomLength);
  if (withoutScripts && cutsScriptsSafely(found.encoding)) body = withoutScriptsAndStyles(body);
  const html = new TextDecoder(found.encoding).decode(body);
  return { html, ...found };
}
