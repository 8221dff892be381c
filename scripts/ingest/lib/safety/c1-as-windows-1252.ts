/**
 * C1 control characters (U+0080–U+009F) left alone in a decoded text: the trace of a Windows-1252 text
 * once read as Latin-1 and written out again ("we\u0092re", "\u0093quoted\u0094", "\u0096 a dash"). No
 * one writes a C1 control, and no browser shows one; what the writer typed is the Windows-1252
 * character of the same byte ("we’re", "“quoted”", "– a dash"), which is how browsers read a page that
 * says Latin-1 too (the WHATWG Encoding standard maps the label to Windows-1252). Read after the
 * mojibake repair (lib/safety/mojibake.ts), which needs the C1 controls of UTF-8 read as Latin-1.
 *
 * Left as they are: the five bytes Windows-1252 leaves unassigned (0x81, 0x8D, 0x8F, 0x90, 0x9D), which
 * stay control characters, and NEL (U+0085), which Unicode files use as a line end (stages/decode.ts,
 * stages/html.ts read it).
 */

/** Windows-1252's characters for the bytes 0x80–0x9F, '' where it assigns none (or NEL, read apart). */
const WINDOWS_1252_C1 = [
  '€', '', '‚', 'ƒ', '„', '', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '', 'Ž', '',
  '', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '', 'ž', 'Ÿ',
];

const MAPPED_C1 = /[\u0080\u0082-\u0084\u0086-\u008C\u008E\u0091-\u009C\u009E\u009F]/g;

/** `text` with each C1 control that Windows-1252 assigns read as its character, and how many were. */
export function withC1AsWindows1252(text: string): { text: string; count: number } {
  let count = 0;
  const read = text.replace(MAPPED_C1, (c) => {
    count++;
    return WINDOWS_1252_C1[c.charCodeAt(0) - 0x80];
  });
  return { text: count ? read : text, count };
}
