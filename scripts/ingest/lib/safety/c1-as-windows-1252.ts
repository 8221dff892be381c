/**
 * C1 control characters (U+0080–U+009F) left alone in a decoded text: the trace of a Windows-1252 text
 * once read as Latin-1 and written out again ("we\u0092re", "\u0093quoted\u0094", "\u0096 a dash"). No
 * one writes a C1 control, and no browser shows one; what the writer typed is the Windows-1252
 * character of the same byte ("we’re", "“quoted”", "– a dash"), which is how browsers read a page that
 * says Latin-1 too (the WHATWG Encoding standard maps the label to Windows-1252). Read after the
 * mojibake repair (lib/safety/mojibake.ts), which needs the C1 controls of UTF-8 read as Latin-1.
 *
 * Left as they are: the five bytes Windows-1252 leaves unassigned (0x81, 0x8D, 0x8F, 0x90, 0x9D), which
 * its decoder reads as the controls themselves, and NEL (U+0085), which Unicode files use as a line end
 * (stages/decode.ts, stages/html.ts read it).
 */

const C1 = /[\u0080-\u009F]/g;
const NEL = 0x85;

/** Each C1 control's reading: Windows-1252's character of its byte (its decoder's, as lib/safety/mojibake.ts reads it), or itself. */
let readings: string[] | undefined;
function windows1252Readings(): string[] {
  if (!readings) {
    const decoder = new TextDecoder('windows-1252');
    readings = [];
    for (let b = 0x80; b <= 0x9f; b++) readings.push(b === NEL ? String.fromCharCode(b) : decoder.decode(Uint8Array.of(b)));
  }
  return readings;
}

/** `text` with each C1 control that Windows-1252 assigns read as its character, and how many were. */
export function withC1AsWindows1252(text: string): { text: string; count: number } {
  if (!C1.test(text)) return { text, count: 0 };
  C1.lastIndex = 0;
  const table = windows1252Readings();
  let count = 0;
  const read = text.replace(C1, (c) => {
    const character = table[c.charCodeAt(0) - 0x80];
    if (character !== c) count++;
    return character;
  });
  return { text: count ? read : text, count };
}
