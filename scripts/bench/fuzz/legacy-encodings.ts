/**
 * Text written in a legacy encoding (Windows-1252/1250/1251/1253/1254/1255/1256/1257, ISO-8859-2/5/7/9/13, IBM866, KOI8-R/U, Shift_JIS, EUC-JP, ISO-2022-JP, GBK,
 * Big5, EUC-KR), for seeds saved that way. Node can decode these (TextDecoder) but not encode them,
 * and the project has no encoder library: the encoder is the decoder's table turned round, built once
 * per encoding from every one- and two-byte sequence. A character the encoding lacks becomes "?", as
 * a browser's "save as" would write it. ISO-2022-JP is EUC-JP's JIS X 0208 characters with the high
 * bits cleared, between the escapes that switch to them (ESC $ B) and back to ASCII (ESC ( B).
 */
export type LegacyEncoding = 'windows-1252' | 'windows-1250' | 'iso-8859-2' | 'windows-1254' | 'iso-8859-9' | 'windows-1257' | 'iso-8859-13' | 'windows-1251' | 'koi8-r' | 'koi8-u' | 'iso-8859-5' | 'ibm866' | 'windows-1253' | 'iso-8859-7' | 'windows-1255' | 'windows-1256' | 'shift_jis' | 'euc-jp' | 'iso-2022-jp' | 'gbk' | 'big5' | 'euc-kr';

export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['windows-1252', 'windows-1250', 'iso-8859-2', 'windows-1254', 'iso-8859-9', 'windows-1257', 'iso-8859-13', 'windows-1251', 'koi8-r', 'koi8-u', 'iso-8859-5', 'ibm866', 'windows-1253', 'iso-8859-7', 'windows-1255', 'windows-1256', 'shift_jis', 'euc-jp', 'iso-2022-jp', 'gbk', 'big5', 'euc-kr'];

const SINGLE_BYTE = new Set<LegacyEncoding>(['windows-1252', 'windows-1250', 'iso-8859-2', 'windows-1254', 'iso-8859-9', 'windows-1257', 'iso-8859-13', 'windows-1251', 'koi8-r', 'koi8-u', 'iso-8859-5', 'ibm866', 'windows-1253', 'iso-8859-7']);

const tables = new Map<LegacyEncoding, Map<string, number[]>>();

function table(encoding: LegacyEncoding): Map<string, number[]> {
  let map = tables.get(encoding);
  if (map) return map;
  map = new Map();
  const decoder = new TextDecoder(encoding, { fatal: true });
  const learn = (bytes: number[]) => {
    let text: string;
    try {
      text = decoder.decode(new Uint8Array(bytes));
    } catch {
      return;
    }
    if ([...text].length === 1 && !map!.has(text)) map!.set(text, bytes);
  };
  for (let a = 0; a < 256; a++) learn([a]);
  // Lead bytes from 0xA1 first: the standard's own rows before the extensions below them (Big5's
  // Hong Kong rows repeat a few characters that the standard rows have), as an encoder writes them.
  const leads = [...Array.from({ length: 0xfe - 0xa1 + 1 }, (_, k) => 0xa1 + k), ...Array.from({ length: 0xa1 - 0x81 }, (_, k) => 0x81 + k)];
  if (!SINGLE_BYTE.has(encoding)) for (const a of leads) for (let b = 0x40; b < 0xff; b++) learn([a, b]);
  tables.set(encoding, map);
  return map;
}

export function encodeLegacy(text: string, encoding: LegacyEncoding): Uint8Array {
  if (encoding === 'iso-2022-jp') return encodeIso2022jp(text);
  const map = table(encoding);
  const out: number[] = [];
  for (const ch of text) out.push(...(map.get(ch) ?? [0x3f]));
  return new Uint8Array(out);
}

const ESC = 0x1b;

function encodeIso2022jp(text: string): Uint8Array {
  const map = table('euc-jp');
  const out: number[] = [];
  let jis = false;
  for (const ch of text) {
    const euc = map.get(ch);
    // Only JIS X 0208 (two bytes, both 0xA1–0xFE) has a 7-bit form here; the rest becomes "?".
    const wide = euc && euc.length === 2 && euc[0] >= 0xa1 && euc[1] >= 0xa1;
    const ascii = ch.codePointAt(0)! < 0x80 && ch !== '\x1b' && ch !== '\x0e' && ch !== '\x0f';
    if (wide && !jis) out.push(ESC, 0x24, 0x42);
    else if (!wide && jis) out.push(ESC, 0x28, 0x42);
    jis = !!wide;
    if (wide) out.push(euc[0] & 0x7f, euc[1] & 0x7f);
    else out.push(ascii ? ch.codePointAt(0)! : 0x3f);
  }
  if (jis) out.push(ESC, 0x28, 0x42);
  return new Uint8Array(out);
}
