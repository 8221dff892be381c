/**
 * Text written in a legacy encoding (Windows-1252, Shift_JIS, GBK), for seeds saved that way. Node
 * can decode these (TextDecoder) but not encode them, and the project has no encoder library: the
 * encoder is the decoder's table turned round, built once per encoding from every one- and two-byte
 * sequence. A character the encoding lacks becomes "?", as a browser's "save as" would write it.
 */
export type LegacyEncoding = 'windows-1252' | 'shift_jis' | 'gbk';

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
  if (encoding !== 'windows-1252') for (let a = 0x81; a < 0xff; a++) for (let b = 0x40; b < 0xff; b++) learn([a, b]);
  tables.set(encoding, map);
  return map;
}

export function encodeLegacy(text: string, encoding: LegacyEncoding): Uint8Array {
  const map = table(encoding);
  const out: number[] = [];
  for (const ch of text) out.push(...(map.get(ch) ?? [0x3f]));
  return new Uint8Array(out);
}
