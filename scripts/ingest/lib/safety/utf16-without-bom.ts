/**
 * UTF-16 text saved without a byte order mark, told by its bytes: the text path (stages/decode.ts)
 * and saved pages (lib/html/html-charset.ts) both read it, rather than refusing it as a binary file
 * for its NUL bytes.
 */

/** Text in UTF-16 without a BOM: ASCII-range characters leave a NUL in every other byte. */
export function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
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
