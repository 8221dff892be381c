/**
 * decode: bytes → clean Unicode text.
 * UTF-8 (with or without BOM), UTF-16 LE/BE (by BOM or by the pattern of NUL bytes), else
 * Windows-1252 (a superset of Latin-1's printable range). Then NFC, `\n` line ends, no zero-width
 * junk, no-break spaces as plain spaces. Empty, whitespace-only, binary and undecodable files are
 * refused with a reason (SkipArticle).
 */
import { Report, SkipArticle } from '../report.ts';

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export function detectEncoding(bytes: Uint8Array): { encoding: Encoding; bomLength: number; why: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3, why: 'UTF-8 byte order mark' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, why: 'UTF-16 LE byte order mark' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, why: 'UTF-16 BE byte order mark' };
  const utf16 = utf16ByNulPattern(bytes);
  if (utf16) return { encoding: utf16, bomLength: 0, why: 'NUL byte in every other position' };
  if (bytes.includes(0)) throw new SkipArticle('binary file: contains NUL bytes and is not UTF-16');
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', bomLength: 0, why: 'valid UTF-8' };
  } catch {
    return { encoding: 'windows-1252', bomLength: 0, why: 'not valid UTF-8; read as Windows-1252' };
  }
}

/** Text in UTF-16 without a BOM: ASCII-range characters leave a NUL in every other byte. */
function utf16ByNulPattern(bytes: Uint8Array): Encoding | null {
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

// Zero-width and invisible formatting characters that scraped pages leave in text.
const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;
const NO_BREAK_SPACES = /[\u00A0\u2007\u202F]/g;
// C0 controls except tab, newline, carriage return, form feed; C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;
// UTF-8 read as Windows-1252 and saved again ("â€™" for "’", "Ã©" for "é").
const MOJIBAKE = /(?:Ã[\u0080-\u00BF¡-¿]|â€[\u0080-\u00BF™œžŸ¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿"'˜š›]|Â[\u00A0-\u00BF])/;

export function decode(seed: string, bytes: Uint8Array, report: Report): string {
  if (bytes.length === 0) throw new SkipArticle('empty file (0 bytes)');
  const { encoding, bomLength, why } = detectEncoding(bytes);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(bomLength));
  } catch {
    throw new SkipArticle(`undecodable: invalid ${encoding} (${why})`);
  }
  if (encoding !== 'utf-8' || bomLength) report.add('decode', 'encoding', 'changed', undefined, `${encoding} (${why})`);

  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(2, text.length * 0.01)) {
    throw new SkipArticle(`binary file: ${controls} control characters in ${text.length}`);
  }
  if (controls) {
    text = text.replace(CONTROL, '');
    report.add('decode', 'control-characters', 'removed', undefined, `${controls} stray control characters`);
  }
  if (MOJIBAKE.test(text)) {
    const repaired = repairMojibake(text);
    if (repaired !== null) {
      text = repaired;
      report.add('decode', 'mojibake', 'changed', undefined, 'UTF-8 that had been read as Windows-1252, re-decoded');
    }
  }
  if (text.includes('\uFFFD')) {
    const count = text.split('\uFFFD').length - 1;
    text = text.replaceAll('\uFFFD', '');
    report.add('decode', 'replacement-character', 'removed', undefined, `${count} U+FFFD (characters lost before we got the file)`);
  }

  text = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(NO_BREAK_SPACES, ' ')
    .replace(/\t/g, ' ')
    .replace(/[ ]+$/gm, '');
  if (!/\S/.test(text)) throw new SkipArticle('no text: the file holds only whitespace');
  return text;
}

/** Undo one round of UTF-8-as-Windows-1252, if the text round-trips; else null. */
function repairMojibake(text: string): string | null {
  const bytes: number[] = [];
  const table = windows1252Reverse();
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const b = table.get(ch);
      if (b === undefined) return null; // a character 1252 cannot hold: not simple mojibake
      bytes.push(b);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
}

let reverse: Map<string, number> | undefined;
function windows1252Reverse(): Map<string, number> {
  if (!reverse) {
    reverse = new Map();
    const decoder = new TextDecoder('windows-1252');
    for (let b = 0x80; b <= 0xff; b++) reverse.set(decoder.decode(new Uint8Array([b])), b);
  }
  return reverse;
}
