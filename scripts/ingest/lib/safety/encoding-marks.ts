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
  return null;
}
