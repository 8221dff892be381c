/**
 * The Unicode encoding a file's own bytes mark, before anything is guessed: a byte order mark, or
 * UTF-16 saved without one, told by its NUL bytes. The text path (stages/decode.ts) and saved pages
 * (lib/html/read/html-charset.ts) both ask this first, so a UTF-16 file is read rather than refused as a
 * binary file for its NUL bytes.
 */

export interface MarkedEncoding {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** Bytes of the byte order mark, to skip. */
  bomLength: number;
  why: string;
}

/** The encoding the bytes mark, or null when they mark none (then the caller guesses its own way). */
export function markedEncoding(bytes: Uint8Array): MarkedEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3, why: 'UTF-8 byte order mark' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, why: 'UTF-16 LE byte order mark' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, why: 'UTF-16 BE byte order mark' };
  // UTF-16 markup or text is mostly ASCII and NUL bytes, which is valid UTF-8 too: asked before UTF-8.
  const utf16 = utf16ByNulPattern(bytes);
  return utf16 ? { encoding: utf16, bomLength: 0, why: 'NUL byte in every other position' } : null;
}

/** Text in UTF-16 without a BOM: ASCII-range characters leave a NUL in every other byte. */
function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return fewNulsOfUtf16(bytes.subarray(0, n), evenNul, oddNul);
}

/**
 * UTF-16 text in a script other than Latin (Cyrillic, Greek, Chinese…) leaves a NUL only in its
 * spaces, digits and line ends: too few for the pattern above. Read as UTF-16 in the byte order that
 * reads it as clean text with a space or a line end (the order with more NULs in the high byte
 * first: a character U+XX00, as 一, leaves its NUL in the low one). A UTF-8 file with a few stray
 * NULs reads so as CJK with unassigned characters ("e " is U+2065), a binary file with controls,
 * private-use characters or lone surrogates. But UTF-8 Cyrillic read as UTF-16 is clean Hangul and
 * CJK: a file that reads as UTF-8 with no control but its NULs and line ends is UTF-8 (UTF-16
 * Cyrillic, all bytes under 0x80, reads as UTF-8 full of controls; UTF-16 Chinese is no UTF-8).
 */
function fewNulsOfUtf16(bytes: Uint8Array, evenNul: number, oddNul: number): 'utf-16le' | 'utf-16be' | null {
  if (evenNul + oddNul === 0 || readsAsUtf8(bytes)) return null;
  const orders: ('utf-16le' | 'utf-16be')[] = oddNul >= evenNul ? ['utf-16le', 'utf-16be'] : ['utf-16be', 'utf-16le'];
  return orders.find((order) => readsAsCleanText(bytes, order)) ?? null;
}

// A control other than a tab or a line end, an unassigned or private-use character, a lone surrogate.
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\p{Cn}\p{Co}\p{Cs}\ufffd]/u;
const SPACE_OR_LINE_END = /[ \n\r]/;

// A control other than NUL, a tab or a line end; a byte that is no UTF-8.
const NOT_UTF8_TEXT = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\ufffd]/;

function readsAsUtf8(bytes: Uint8Array): boolean {
  // The sample may end inside a sequence: its last three bytes are not asked.
  return !NOT_UTF8_TEXT.test(new TextDecoder('utf-8').decode(bytes.subarray(0, Math.max(0, bytes.length - 3))));
}

function readsAsCleanText(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): boolean {
  // The sample may end inside a surrogate pair: a high surrogate last is left out.
  const end = bytes.length;
  const last = encoding === 'utf-16le' ? bytes[end - 1] : bytes[end - 2];
  const text = new TextDecoder(encoding).decode(bytes.subarray(0, last >= 0xd8 && last <= 0xdb ? end - 2 : end));
  return SPACE_OR_LINE_END.test(text) && !NOT_TEXT.test(text);
}
