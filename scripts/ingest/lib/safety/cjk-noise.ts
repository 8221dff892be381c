/**
 * Bytes of no text read in a Chinese, Japanese or Korean legacy encoding the page declares (or the
 * detector chose: lib/safety/legacy-encoding.ts). Their double-byte codes take almost any pair of bytes,
 * so random bytes (a damaged file, an image or archive saved with a page's name and header) decode
 * to valid characters, with few U+FFFD for lib/safety/unreadable-text.ts to catch: a page of plausible-
 * looking CJK characters, published as if someone wrote it.
 *
 * What tells them apart is which characters: text keeps to each standard's core, the rows its makers
 * put the characters of everyday writing in (JIS X 0208's kana and first-level kanji, GB 2312's
 * first-level hanzi, Big5's frequent hanzi, KS X 1001's 2,350 Hangul syllables and its hanja), with
 * their punctuation and full-width letters. Random bytes fall anywhere in the code space, mostly
 * outside it: on the rare characters of the second levels and extensions (GBK, Big5's Hong Kong rows,
 * the Korean code page's 8,822 extra syllables), on Shift_JIS's half-width katakana, on codes the
 * encoding leaves unassigned. A text judged on MIN_JUDGED characters or more, fewer than CORE_SHARE
 * of them in the core, is no text. Measured (scripts/bench/encodings/cjk-noise-bench.ts): the
 * benchmark sets' Chinese, Japanese and Korean articles and whole pages, encoded in each encoding
 * their language is written in (Traditional Chinese in GBK too), keep 0.99 or more in the core;
 * random bytes 0.41 or less, and 0.68 where every pair falls in GB 2312's plane: CORE_SHARE lies
 * between, a little nearer the noise (a real page with more rare characters than any seen stays).
 */

import { unreadableTextReason } from './unreadable-text.ts';

/** The encodings judged, by the script family their core is drawn from. */
const FAMILY: Record<string, 'japanese' | 'chinese' | 'korean'> = {
  shift_jis: 'japanese',
  'euc-jp': 'japanese',
  'iso-2022-jp': 'japanese',
  gbk: 'chinese',
  gb18030: 'chinese',
  big5: 'chinese',
  'euc-kr': 'korean',
};

/** Fewer characters outside ASCII than this are never judged: a title, a line of a few words. */
export const MIN_JUDGED = 200;
/** The share of the judged characters in the encoding's core below which a text is no text. */
export const CORE_SHARE = 0.8;

/** The characters of the byte rows `[lead range] × [trail range]` of `encoding`, decoded. */
function rows(encoding: string, leads: [number, number], trails: [number, number]): string {
  const bytes: number[] = [];
  for (let a = leads[0]; a <= leads[1]; a++) for (let b = trails[0]; b <= trails[1]; b++) bytes.push(a, b);
  return new TextDecoder(encoding).decode(new Uint8Array(bytes));
}

const cores = new Map<string, Set<string>>();
/**
 * Each family's core, read from the encodings' own tables by the rows the standards give: JIS X 0208
 * rows 1–8 (punctuation, full-width letters and digits, kana, Greek, Cyrillic, box drawing) and 16–47
 * (first-level kanji); for Chinese in any of its encodings, GB 2312 rows 1–9 (the same kinds, and
 * pinyin) and 16–55 (first-level hanzi) with Big5 A140–A3BF (punctuation) and A440–C67E (frequent
 * hanzi); KS X 1001 rows 1–12 (symbols, full-width forms, jamo, kana, Greek, Cyrillic) and its Hangul
 * syllables (rows 16–40). Not its hanja (rows 42–93): Korean text sets a few at most (a headline's
 * 美, 中), and with them the core would fill most of KS X 1001's 94 rows, where random bytes in its
 * range fall as often as text does.
 */
function coreOf(family: string): Set<string> {
  let core = cores.get(family);
  if (core) return core;
  const text =
    family === 'japanese'
      ? rows('euc-jp', [0xa1, 0xa8], [0xa1, 0xfe]) + rows('euc-jp', [0xb0, 0xcf], [0xa1, 0xfe])
      : family === 'chinese'
        ? // Simplified and Traditional alike: GBK holds Traditional characters too, and a page may be written in them.
          rows('gbk', [0xa1, 0xa9], [0xa1, 0xfe]) + rows('gbk', [0xb0, 0xd7], [0xa1, 0xfe]) + rows('big5', [0xa1, 0xa3], [0x40, 0x7e]) + rows('big5', [0xa1, 0xa3], [0xa1, 0xfe]) + rows('big5', [0xa4, 0xc6], [0x40, 0x7e]) + rows('big5', [0xa4, 0xc5], [0xa1, 0xfe])
        : rows('euc-kr', [0xa1, 0xac], [0xa1, 0xfe]) + rows('euc-kr', [0xb0, 0xc8], [0xa1, 0xfe]);
  core = new Set(text);
  core.delete('\uFFFD');
  cores.set(family, core);
  return core;
}

/** Characters judged at most: enough for a clear answer; a text of 4M characters costs no more. */
const MAX_JUDGED = 20_000;
/** White space outside ASCII: no character of the encoding's, never judged. */
const isSpace = (c: number) => c === 0xa0 || c === 0x3000 || c === 0x85 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;

/** How many of `text`'s characters outside ASCII (white space aside) were judged, and how many are in `encoding`'s core. */
export function coreCount(text: string, encoding: string): { judged: number; inCore: number } | null {
  const family = FAMILY[encoding];
  if (!family) return null;
  const core = coreOf(family);
  let judged = 0;
  let inCore = 0;
  for (let i = 0; i < text.length && judged < MAX_JUDGED; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || isSpace(code)) continue;
    judged++;
    // A character outside the Basic Multilingual Plane (two code units) is in no core.
    if (code >= 0xd800 && code <= 0xdbff) i++;
    else if (core.has(text[i])) inCore++;
  }
  return { judged, inCore };
}

/** Why `text`, read in `encoding`, is random bytes and not text (see above), or null. */
export function cjkNoiseReason(text: string, encoding: string): string | null {
  if (!FAMILY[encoding]) return null;
  // Bytes the encoding cannot read at all (mostly U+FFFD and controls) are unreadable-text.ts's to name, with its own reason.
  if (unreadableTextReason(text)) return null;
  const count = coreCount(text, encoding);
  if (!count || count.judged < MIN_JUDGED || count.inCore >= CORE_SHARE * count.judged) return null;
  const share = Math.round((100 * count.inCore) / count.judged);
  return `not text: read as ${encoding}, only ${share}% of its ${count.judged.toLocaleString('en')} characters outside ASCII are characters ${encoding} text is written in (rare characters, half-width katakana and unassigned codes make up the rest, as random bytes decode): its bytes are not ${encoding} text; save it again as UTF-8`;
}
