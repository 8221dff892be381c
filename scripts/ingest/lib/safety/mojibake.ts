/**
 * A whole text whose UTF-8 was read as Windows-1252 ("â€™" for "’", "Ã©" for "é") or as Latin-1
 * ("â\u0080\u0099" for "’", "â\u009c\u0085" for "✅", "ð\u009f…" for an emoji) once before it was saved,
 * read as it was meant: the text path's decoded seed (stages/decode.ts) and the HTML path's decoded
 * page (stages/html.ts) alike. All or nothing: a text with one character that is no such byte (a
 * "é" or "’" written right beside a quoted "Ã©") is read as written, so is one whose only runs could
 * be quoted examples. A field of a page is repaired run by run instead (lib/html/page-field-text.ts).
 */

/** What one round of mojibake leaves in a text: a cheap test before the whole text is tried. */
export const MOJIBAKE = /(?:Ã[\u0080-\u00BF¡-¿]|â€[\u0080-\u00BF™œžŸ¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿"'˜š›]|Â[\u00A0-\u00BF]|[âð][\u0080-\u009F][\u0080-\u00BF])/;

/** The C1 control characters: no text has them, a UTF-8 continuation byte read as Latin-1 is one. */
const C1_CONTROL = /[\u0080-\u009F]/;

/**
 * Without a C1 control character, the runs are what tells mojibake from a text quoting it: a text that
 * went through it has one for every apostrophe, dash and accent, a page about encodings quotes one or two.
 */
const FEWEST_RUNS = 3;

/** Undo one round of UTF-8-as-Windows-1252 (or Latin-1), if the whole text round-trips and is surely mojibake; else null. */
export function reReadMojibake(text: string): string | null {
  const bytes: number[] = [];
  const table = windows1252Reverse();
  let previous = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    // A no-break space read as such is "Â" + U+00A0; one alone is a space the page (or the browser
    // that copied its text) wrote itself, after the mojibake happened.
    else if (ch === '\u00A0' && previous !== 'Â') bytes.push(0x20);
    else {
      const b = table.get(ch);
      if (b === undefined) return null; // a character 1252 cannot hold: not simple mojibake
      bytes.push(b);
    }
    previous = ch;
  }
  let read: string;
  try {
    read = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
  if (C1_CONTROL.test(text)) return read;
  let runs = 0;
  for (let i = 0; i < read.length && runs < FEWEST_RUNS; i++) if (read.charCodeAt(i) >= 0x80) runs++;
  return runs >= FEWEST_RUNS ? read : null;
}

let reverse: Map<string, number> | undefined;
function windows1252Reverse(): Map<string, number> {
  if (!reverse) {
    reverse = new Map();
    const decoder = new TextDecoder('windows-1252');
    // Latin-1 reads 0x80–0x9F as the C1 controls U+0080–U+009F (Windows-1252 as "€", "œ", …).
    for (let b = 0x80; b <= 0x9f; b++) reverse.set(String.fromCharCode(b), b);
    for (let b = 0x80; b <= 0xff; b++) reverse.set(decoder.decode(new Uint8Array([b])), b);
  }
  return reverse;
}
