/**
 * A whole text whose UTF-8 was read as Windows-1252 ("â€™" for "’", "Ã©" for "é") or as Latin-1
 * ("â\u0080\u0099" for "’", "â\u009c\u0085" for "✅", "ð\u009f…" for an emoji) once before it was saved,
 * read as it was meant: the text path's decoded seed (stages/decode.ts) and the HTML path's decoded
 * page (stages/html.ts) alike. All or nothing: a text with one character that is no such byte (a
 * "é" or "’" written right beside a quoted "Ã©") is read as written, so is one whose only runs could
 * be quoted examples. A field of a page, and a text seed's line when the whole text is not so, is
 * repaired run by run instead (repairMojibakeRuns, below).
 */

/** What one round of mojibake leaves in a text: a cheap test before the whole text is tried. */
export const MOJIBAKE = /(?:Ã[\u0080-\u00BF¡-¿]|â€[\u0080-\u00BF™œžŸ¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿"'˜š›]|Â[\u00A0-\u00BF]|[âð][\u0080-\u009F][\u0080-\u00BF])/;

/** The C1 control characters: no text has them, a UTF-8 continuation byte read as Latin-1 is one. */
const C1_CONTROL = /[\u0080-\u009F]/;

/** One strict decoder for every page: making one costs more than a field's decoding. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Without a C1 control character, the runs are what tells mojibake from a text quoting it: a text that
 * went through it has one for every apostrophe, dash and accent, a page about encodings quotes one or two.
 */
const FEWEST_RUNS = 3;

/** Undo one round of UTF-8-as-Windows-1252 (or Latin-1), if the whole text round-trips and is surely mojibake; else null. */
export function reReadMojibake(text: string): string | null {
  // One byte a UTF-16 code unit: a character 1252 cannot hold (a surrogate half among them) ends the try.
  const bytes = new Uint8Array(text.length);
  const table = windows1252Reverse();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes[i] = code;
    // A no-break space read as such is "Â" + U+00A0; one alone is a space the page (or the browser
    // that copied its text) wrote itself, after the mojibake happened.
    else if (code === 0xa0 && text.charCodeAt(i - 1) !== 0xc2) bytes[i] = 0x20;
    else {
      const b = table[code];
      if (b < 0) return null; // a character 1252 cannot hold: not simple mojibake
      bytes[i] = b;
    }
  }
  let read: string;
  try {
    read = strictUtf8.decode(bytes);
  } catch {
    return null;
  }
  if (C1_CONTROL.test(text)) return read;
  let runs = 0;
  for (let i = 0; i < read.length && runs < FEWEST_RUNS; i++) if (read.charCodeAt(i) >= 0x80) runs++;
  return runs >= FEWEST_RUNS ? read : null;
}

/** The byte each character stands for in Windows-1252 or Latin-1, by its UTF-16 code; -1 for none. */
let reverse: Int16Array | undefined;
function windows1252Reverse(): Int16Array {
  if (!reverse) {
    reverse = new Int16Array(0x10000).fill(-1);
    const decoder = new TextDecoder('windows-1252');
    // Latin-1 reads 0x80–0x9F as the C1 controls U+0080–U+009F (Windows-1252 as "€", "œ", …).
    for (let b = 0x80; b <= 0x9f; b++) reverse[b] = b;
    for (let b = 0x80; b <= 0xff; b++) reverse[decoder.decode(new Uint8Array([b])).charCodeAt(0)] = b;
  }
  return reverse;
}

/** One UTF-8 character's bytes, each read as the Latin-1 character of that code: a lead byte and its continuation bytes. */
const UTF8_AS_LATIN1 = /[\u00C2-\u00DF][\u0080-\u00BF]|[\u00E0-\u00EF][\u0080-\u00BF]{2}|[\u00F0-\u00F4][\u0080-\u00BF]{3}/g;

/**
 * A field of a page (or a text seed's lines: stages/decode.ts) whose UTF-8 text was read as Latin-1 once before it was saved
 * ("Gardenerâ\u0080\u0099s" for "Gardener’s"), read as the page meant it. Only a run that holds a C1
 * control character and is one whole UTF-8 character is read again: "Ã©" or "Â£" may be written so.
 */
export function repairMojibakeRuns(text: string): string {
  if (!C1_CONTROL.test(text)) return text;
  return text.replace(UTF8_AS_LATIN1, (run) => {
    if (!C1_CONTROL.test(run)) return run;
    try {
      return strictUtf8.decode(Uint8Array.from(run, (c) => c.charCodeAt(0)));
    } catch {
      return run;
    }
  });
}
