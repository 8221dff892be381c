/**
 * A decoded text that is no text: a quarter or more of its visible characters are U+FFFD (bytes its
 * encoding cannot read) or control characters. The decoders choose the encoding browsers would where
 * the file is certain of it (a byte order mark, a declared charset, valid UTF-8; else a legacy
 * encoding the bytes read plausibly in, else Windows-1252: stages/decode.ts, lib/html/read/html-charset.ts),
 * and keep each byte they cannot read as a U+FFFD so the reader sees a character is missing. A page
 * whose encoding is certain but whose bytes are not in it (a UTF-8 byte order mark over random bytes or
 * over Windows-1251 Russian, a declared EUC-KR over bytes of no encoding) is then mostly U+FFFD:
 * published, it would be a page of replacement characters. It is skipped, with the share in the reason.
 *
 * A real page with characters lost is far below the cap: French in Windows-1252 under a UTF-8 byte
 * order mark loses its accented letters, about 4 % of its characters; a stray byte or two, less than 1 %.
 */

/** The share of visible characters, U+FFFD and controls, from which a text is unreadable. */
export const UNREADABLE_SHARE = 0.25;
/** Fewer unreadable characters than this never make a text unreadable (a line of a few words with one lost). */
const MIN_UNREADABLE = 20;

/** Why `text` is unreadable (see above), or null when it is text. Linear, one pass over its code units. */
export function unreadableTextReason(text: string): string | null {
  let visible = 0;
  let replacement = 0;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000) continue;
    visible++;
    if (c === 0xfffd) replacement++;
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) control++;
  }
  const unreadable = replacement + control;
  if (unreadable < MIN_UNREADABLE || unreadable < visible * UNREADABLE_SHARE) return null;
  const parts = [replacement ? `${replacement.toLocaleString('en')} U+FFFD (bytes its encoding cannot read)` : '', control ? `${control.toLocaleString('en')} control characters` : ''].filter(Boolean);
  return `unreadable text: ${Math.round((100 * unreadable) / visible)}% of its ${visible.toLocaleString('en')} visible characters are ${parts.join(' and ')}: its bytes are not in the encoding it declares or any we can tell; save it again as UTF-8`;
}
