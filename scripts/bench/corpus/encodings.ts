/**
 * Bytes as scraped files arrive: mostly UTF-8, some with a BOM or Windows line ends, some saved as
 * UTF-16 or Windows-1252 by old tools, and some broken (empty, blank, binary).
 */
import type { Prng } from './prng.ts';

export type Encoding = 'utf8' | 'utf8-bom' | 'utf8-crlf' | 'utf16le-bom' | 'utf16be-bom' | 'utf16le' | 'windows-1252';

/** Windows-1252 bytes 0x80–0x9F that are not Latin-1. */
const cp1252: Record<string, number> = {
  '\u20ac': 0x80, '\u201a': 0x82, '\u0192': 0x83, '\u201e': 0x84, '\u2026': 0x85, '\u2020': 0x86,
  '\u2021': 0x87, '\u02c6': 0x88, '\u2030': 0x89, '\u0160': 0x8a, '\u2039': 0x8b, '\u0152': 0x8c,
  '\u017d': 0x8e, '\u2018': 0x91, '\u2019': 0x92, '\u201c': 0x93, '\u201d': 0x94, '\u2022': 0x95,
  '\u2013': 0x96, '\u2014': 0x97, '\u02dc': 0x98, '\u2122': 0x99, '\u0161': 0x9a, '\u203a': 0x9b,
  '\u0153': 0x9c, '\u017e': 0x9e, '\u0178': 0x9f,
};

function windows1252(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out.push(code);
    else out.push(cp1252[ch] ?? 0x3f); // '?' as a lossy exporter would write
  }
  return Uint8Array.from(out);
}

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const body = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  if (bigEndian) body.swap16();
  return new Uint8Array(body);
}

export function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf8': return new Uint8Array(Buffer.from(text, 'utf8'));
    case 'utf8-bom': return new Uint8Array(Buffer.from('\ufeff' + text, 'utf8'));
    case 'utf8-crlf': return new Uint8Array(Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8'));
    case 'utf16le-bom': return utf16(text, false, true);
    case 'utf16be-bom': return utf16(text, true, true);
    case 'utf16le': return utf16(text, false, false);
    case 'windows-1252': return windows1252(text);
  }
}

/** Text that makes a Windows-1252 file distinguishable from UTF-8: curly quotes, dashes, accents. */
export function withLatinFlavour(text: string): string {
  return text
    .replace(/"([^"\n]*)"/g, '\u201c$1\u201d')
    .replace(/(\w)'(\w)/g, '$1\u2019$2')
    .replace(/ -- /g, ' \u2013 ')
    .concat('\n\nA d\u00e9l\u00e9gation from C\u00f4te d\u2019Ivoire also visited the Acad\u00e9mie des sciences in Paris.');
}

export type BrokenKind = 'empty' | 'whitespace' | 'binary';

export function brokenFile(rng: Prng, kind: BrokenKind): Uint8Array {
  if (kind === 'empty') return new Uint8Array(0);
  if (kind === 'whitespace') return new Uint8Array(Buffer.from(rng.pick([' \n\n \t\n', '\r\n\r\n', '\u00a0\n \n'])));
  // A mis-saved image or archive: a magic number, then noise with NUL bytes.
  const bytes = new Uint8Array(rng.int(200, 4000));
  for (let i = 0; i < bytes.length; i++) bytes[i] = rng.chance(0.1) ? 0 : rng.int(0, 255);
  bytes.set(rng.pick([[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0x1f, 0x8b, 0x08, 0x00], [0x25, 0x50, 0x44, 0x46]]));
  return bytes;
}
