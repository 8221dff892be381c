/**
 * The direction to show a text in. `dir="auto"` (and `<bdi>`) take the direction of the text's first
 * strong letter, so a right-to-left headline that opens with a Latin acronym, a name or a brand ("ABC
 * و XYZ: …") was laid out left to right, its phrases in reverse order for its readers. Here a text
 * most of whose letters are of a right-to-left script is `rtl`; any other text is left to the
 * browser (`auto`), so a left-to-right sentence that quotes a right-to-left word stays as it was.
 * One pass over the text's code units, no pattern.
 */

/** Blocks of the right-to-left scripts: Hebrew to Arabic Extended (Syriac, Thaana, N'Ko, …), their presentation forms. */
const inRtlBlock = (c: number) => (c >= 0x0590 && c <= 0x08ff) || (c >= 0xfb1d && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
/** Digits of those blocks: neutral, as Latin digits are. */
const rtlDigit = (c: number) => (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9) || (c >= 0x07c0 && c <= 0x07c9);
const LETTER = /^\p{L}$/u;
/** Whether each BMP code unit is a letter, as met (0 unknown, 1 letter, 2 not). */
const KIND = new Uint8Array(0x10000);
const isLetter = (c: number) => {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (!KIND[c]) KIND[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return KIND[c] === 1;
};

/** `rtl` when most of the text's letters are right-to-left, else undefined (the element's own default). */
export function rtlDir(text: string): 'rtl' | undefined {
  let rtl = 0, other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inRtlBlock(c)) { if (!rtlDigit(c)) rtl++; }
    else if (c >= 0xd800 && c <= 0xdfff) continue; // a character outside the BMP (emoji, rare scripts): neutral
    else if (isLetter(c)) other++;
  }
  return rtl > other ? 'rtl' : undefined;
}

/** `rtl` when most of the text's letters are right-to-left, else `auto` (the first strong letter decides). */
export const textDir = (text: string): 'rtl' | 'auto' => rtlDir(text) ?? 'auto';
