/**
 * decode: bytes → clean Unicode text.
 * UTF-8 (with or without BOM), UTF-16 LE/BE (by BOM or by the pattern of NUL bytes), ISO-2022-JP (by
 * its escapes), else the legacy encoding of the file's language when one reads it plausibly
 * (Shift_JIS, EUC-JP, GBK, Big5, EUC-KR, Windows-1251, KOI8-R/U, ISO-8859-5, IBM866, Windows-1253,
 * ISO-8859-7, Windows-1255, Windows-1256, Windows-1250, ISO-8859-2, Windows-1254 (ISO-8859-9), Windows-1257, ISO-8859-13: lib/safety/legacy-encoding.ts), else Windows-1252 (a superset of Latin-1's printable
 * range) when it reads the file as text; bytes that no reading makes text of are skipped as `not text`. A UTF-8 file with a few bad bytes stays
 * UTF-8: only the bad bytes become U+FFFD, reported by line and column; another encoding is chosen
 * only when the file is not mostly valid UTF-8 (fewer valid multi-byte sequences than bad ones). A
 * legacy file's bytes that its encoding cannot read (a stray byte, a character cut off at the end)
 * become U+FFFD too, reported the same way. Then
 * NFC, `\n` line ends (NEL, U+0085, too when the file has no other: withNextLines), no zero-width junk, no-break spaces as plain spaces, no stray NULs,
 * tabs as spaces (which lines they mark as a table's cells is read first: decodeWithTableLines). Empty,
 * whitespace-only, binary (by their first bytes: PDF, Word, archives, images; or by their many NUL
 * bytes) and undecodable files are refused with a reason (SkipArticle).
 */
import { Report, SkipArticle } from '../report.ts';
import { INVISIBLE_MARKS } from '../lib/safety/invisible-marks.ts';
import { binaryFileReason } from '../lib/safety/file-signature.ts';
import { EMPTY_FILE, ONLY_A_BOM } from '../lib/safety/not-a-page.ts';
import { markedEncoding } from '../lib/safety/encoding-marks.ts';
import { MOJIBAKE, reReadMojibake, repairMojibakeRuns } from '../lib/safety/mojibake.ts';
import { withC1AsWindows1252 } from '../lib/safety/c1-as-windows-1252.ts';
import { withoutStrayNuls } from '../lib/safety/nul-characters.ts';
import { guessLegacyEncoding, iso2022jp, notTextReason } from '../lib/safety/legacy-encoding.ts';
import { cjkNoiseReason } from '../lib/safety/cjk-noise.ts';
import { tableLinesOf } from '../lib/page-text/lines/table-lines.ts';

/** A WHATWG encoding name: utf-8, utf-16le, utf-16be, windows-1252, or a legacy one (shift_jis, gb18030…). */
type Encoding = string;
/** Encodings read with TextDecoder's own U+FFFD for bytes they cannot read: the legacy guesses. */
const UNICODE_OR_LATIN = new Set(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']);

export function detectEncoding(bytes: Uint8Array): { encoding: Encoding; bomLength: number; why: string } {
  const marked = markedEncoding(bytes);
  if (marked) return marked;
  const binary = binaryFileReason(bytes);
  if (binary) throw new SkipArticle(binary);
  // 7-bit, hence valid UTF-8 too: told by its escapes before UTF-8 is.
  const jis = iso2022jp(bytes);
  if (jis) return { ...jis, bomLength: 0 };
  const { bad, multibyte } = scanUtf8(bytes);
  if (!bad.length) return { encoding: 'utf-8', bomLength: 0, why: 'valid UTF-8' };
  // A lone surrogate written as UTF-8 (ED A0-BF 80-BF, what a program writing UTF-16 code units one by
  // one leaves) is UTF-8's shape, three bad sequences to a decoder: counted as one multi-byte sequence,
  // else a few of them in a file of few accented letters had it read as Windows-1252 mojibake, or skipped as `not text`.
  const surrogates = surrogatesAsUtf8(bytes, bad);
  if (multibyte + surrogates > bad.length - 3 * surrogates) return { encoding: 'utf-8', bomLength: 0, why: `mostly valid UTF-8: ${bad.length} bad byte sequence(s) replaced` };
  const legacy = guessLegacyEncoding(bytes);
  if (legacy) return { ...legacy, bomLength: 0, why: `not valid UTF-8; ${legacy.why}` };
  // No reading makes text of it, Windows-1252's neither: noise if published (lib/safety/legacy-encoding.ts).
  const noText = notTextReason(bytes);
  if (noText) throw new SkipArticle(noText);
  return { encoding: 'windows-1252', bomLength: 0, why: 'not valid UTF-8; read as Windows-1252' };
}

/** How many of the bad sequences open a surrogate code point written as UTF-8: ED, then A0-BF, then 80-BF. */
function surrogatesAsUtf8(bytes: Uint8Array, bad: [number, number][]): number {
  let n = 0;
  for (const [start] of bad) {
    const b1 = bytes[start + 1];
    const b2 = bytes[start + 2];
    if (bytes[start] === 0xed && b1 >= 0xa0 && b1 <= 0xbf && b2 >= 0x80 && b2 <= 0xbf) n++;
  }
  return n;
}

/**
 * The invalid sequences of a UTF-8 byte string (as [start, end) byte ranges, each the "maximal
 * subpart" the WHATWG decoder turns into one U+FFFD), and how many valid multi-byte sequences it has.
 */
export function scanUtf8(bytes: Uint8Array): { bad: [number, number][]; multibyte: number } {
  const bad: [number, number][] = [];
  let multibyte = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b === 0xe0) [need, lo] = [2, 0xa0];
    else if (b === 0xed) [need, hi] = [2, 0x9f];
    else if (b >= 0xe1 && b <= 0xef) need = 2;
    else if (b === 0xf0) [need, lo] = [3, 0x90];
    else if (b === 0xf4) [need, hi] = [3, 0x8f];
    else if (b >= 0xf1 && b <= 0xf3) need = 3;
    if (!need) {
      bad.push([i, i + 1]);
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const c = bytes[i + j];
      if (i + j >= n || c < (j === 1 ? lo : 0x80) || c > (j === 1 ? hi : 0xbf)) break;
    }
    if (j > need) {
      multibyte++;
      i += need + 1;
    } else {
      bad.push([i, i + j]);
      i += j;
    }
  }
  return { bad, multibyte };
}

// The zero-width non-joiner and joiner are part of how some words are written: ZWNJ inside a Persian
// word, ZWJ or ZWNJ after a virama in the scripts of India, ZWJ between the emoji of a sequence (a
// family, a flag). Between two such characters (a letter or mark of a script other than Latin, an
// emoji, its modifier) they stay, so the word shows as written; elsewhere (between Latin letters, at
// a word's edge, beside a space) they are scraping debris and go, as the other invisibles do.
const JOINS = String.raw`[[\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}]--[\p{Script=Latin}]]`;
const STRAY_JOINER = new RegExp(String.raw`(?<!${JOINS})[\u200C\u200D]|[\u200C\u200D](?!${JOINS})`, 'gv');
const NO_BREAK_SPACES = /[\u00A0\u2007\u202F]/g;
const LINE_SEPARATORS = /[\u2028\u2029]/;
// C0 controls except tab, newline, carriage return, form feed; C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;
/**
 * One strict decoder per encoding for the whole run: `decode` without `stream` starts afresh on every
 * call, and making a decoder costs more than decoding a small seed.
 */
const strictDecoders = new Map<string, TextDecoder>();
function strictDecoder(encoding: string): TextDecoder {
  let decoder = strictDecoders.get(encoding);
  if (!decoder) strictDecoders.set(encoding, (decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true })));
  return decoder;
}

export function decode(seed: string, bytes: Uint8Array, report: Report): string {
  return withoutTabs(decodeKeepingTabs(seed, bytes, report));
}

/**
 * The decoded text and, when it holds tabs, which of its lines a table's cells are (lib/page-text/lines/table-lines.ts):
 * read before the tabs become spaces, as main-text needs them and the text must not carry them.
 */
export function decodeWithTableLines(seed: string, bytes: Uint8Array, report: Report): { text: string; tableLines: Uint8Array | null } {
  const kept = decodeKeepingTabs(seed, bytes, report);
  return { text: withoutTabs(kept), tableLines: tableLinesOf(kept) };
}

/**
 * Tabs as spaces, then no trailing spaces. The lines stay as they were: the table marks read from
 * the tabs count the same lines.
 */
function withoutTabs(text: string): string {
  return (
    text
      .replace(/\t/g, ' ')
      // Trailing spaces, matched only from a run's first space: /[ ]+$/ alone starts again at every
      // space of a run inside a line and scans the run from each (200,000 spaces: a minute of CPU).
      .replace(/(?<![ ])[ ]+$/gm, '')
  );
}

function decodeKeepingTabs(seed: string, bytes: Uint8Array, report: Report): string {
  if (bytes.length === 0) throw new SkipArticle(EMPTY_FILE);
  const { encoding, bomLength, why } = detectEncoding(bytes);
  if (bomLength === bytes.length) throw new SkipArticle(ONLY_A_BOM);
  const body = bytes.subarray(bomLength);
  const bad = encoding === 'utf-8' ? scanUtf8(body).bad : [];
  // Replacement characters already in the file stand for characters lost before we got it: removed.
  // Those standing for our bad bytes are kept, so the reader sees where a character is missing.
  let lost = 0;
  const strict = (part: Uint8Array) => {
    let decoded: string;
    try {
      decoded = strictDecoder(encoding).decode(part);
    } catch {
      throw new SkipArticle(`undecodable: invalid ${encoding} (${why})`);
    }
    if (!decoded.includes('\uFFFD')) return decoded;
    lost += decoded.split('\uFFFD').length - 1;
    return decoded.replaceAll('\uFFFD', '');
  };
  let text: string;
  if (!UNICODE_OR_LATIN.has(encoding)) {
    text = legacyText(body, encoding, report);
    // A Chinese, Japanese or Korean reading of random bytes: valid characters, no text (lib/safety/cjk-noise.ts).
    const noise = cjkNoiseReason(text, encoding);
    if (noise) throw new SkipArticle(noise);
  } else if (!bad.length) text = strict(body);
  else {
    const parts: string[] = [];
    let from = 0;
    for (const [start, end] of bad) {
      parts.push(strict(body.subarray(from, start)));
      from = end;
    }
    parts.push(strict(body.subarray(from)));
    text = parts.join('\uFFFD');
    report.add('decode', 'invalid-utf8', 'changed', undefined, `${bad.length} bad byte sequence(s) replaced by U+FFFD at ${badPlaces(parts)}`);
  }
  if (encoding !== 'utf-8' || bomLength) report.add('decode', 'encoding', 'changed', undefined, `${encoding} (${why})`);
  if (lost) report.add('decode', 'replacement-character', 'removed', undefined, `${lost} U+FFFD (characters lost before we got the file)`);
  // Stray NULs as a saved page's (lib/safety/nul-characters.ts); many make it a binary file.
  [text] = withoutStrayNuls([text], 'decode', report);

  // Mojibake first: UTF-8 read as Latin-1 shows the bytes 0x80–0x9F of "’", "–" or "✅" as C1
  // control characters, which would make the page look binary.
  // Not in a legacy reading: it was read in its own encoding, and the repair reads as Windows-1252.
  const whole = UNICODE_OR_LATIN.has(encoding) && MOJIBAKE.test(text) ? reReadMojibake(text) : null;
  if (whole !== null) {
    text = whole;
    report.add('decode', 'mojibake', 'changed', undefined, 'UTF-8 that had been read as Windows-1252 or Latin-1, re-decoded');
  } else if (UNICODE_OR_LATIN.has(encoding)) text = withoutMojibakeRuns(text, report);
  text = withNextLines(text, report);
  text = withC1Read(text, report);
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(2, text.length * 0.01)) {
    throw new SkipArticle(`binary file: ${controls} control characters in ${text.length}`);
  }
  if (controls) {
    text = text.replace(CONTROL, '');
    report.add('decode', 'control-characters', 'removed', undefined, `${controls} stray control characters`);
  }

  text = text.normalize('NFC').replace(/\r\n?/g, '\n');
  // A file whose lines end in Unicode's own separators (U+2028 a line's, U+2029 a paragraph's), never
  // in a line break, would be read as one line, headline and date inside it. In a text with line
  // breaks, one is a break inside a line (a heading's or a promo's sentence set on two lines), which
  // stays as it is: read as a line end, it cut such sentences in two (the metadata set's text path).
  if (!text.includes('\n') && LINE_SEPARATORS.test(text)) text = text.replaceAll('\u2028', '\n').replaceAll('\u2029', '\n\n');
  text = text
    .replace(STRAY_JOINER, '')
    // Zero-width and invisible formatting characters that scraped pages leave in text.
    .replace(INVISIBLE_MARKS, '')
    .replace(NO_BREAK_SPACES, ' ');
  // Tabs and spaces are both whitespace: a file of tabs alone is as empty as one of spaces.
  if (!/\S/.test(text)) throw new SkipArticle('no text: the file holds only whitespace');
  return text;
}

/**
 * A legacy encoding's reading (lib/safety/legacy-encoding.ts chose it as the file's). The bytes it
 * cannot read (a stray byte of another encoding, a character cut off at the end of the file) are
 * U+FFFD, kept where they are so the reader sees a character is missing, and reported by place.
 */
function legacyText(body: Uint8Array, encoding: string, report: Report): string {
  const text = new TextDecoder(encoding).decode(body);
  if (!text.includes('\uFFFD')) return text;
  const parts = text.split('\uFFFD');
  report.add('decode', 'invalid-bytes', 'changed', undefined, `${parts.length - 1} bad byte sequence(s) replaced by U+FFFD at ${badPlaces(parts)} (not ${encoding})`);
  return text;
}

/**
 * NEL, the "next line" control (U+0085), as some converters end lines (a mainframe's export, an old
 * word processor's): only a Unicode file (UTF-8's C2 85, UTF-16) holds one, as Windows-1252 reads a
 * lone byte 0x85 as "…". In a file with no other line break it is the line end; in one with line
 * breaks, a break inside a line, shown as a space (as a line separator there is) so its words stay
 * apart. Either way it is no control character that makes the file look binary. Read after mojibake:
 * "Å" read as Latin-1 is "Ã" + U+0085, and must be repaired, not cut.
 * A saved page's NEL is read by stages/html.ts (withNextLinesAsSpaces, lib/html/read/next-line-spaces.ts), on purpose apart from this: in
 * HTML every line end is a space, so there a NEL is always one, whereas a text file's line ends are
 * its paragraphs, hence the line-end reading here for a file with no other break. The two share only
 * the replacement, and each reports in its own stage.
 */
function withNextLines(text: string, report: Report): string {
  if (!text.includes('\u0085')) return text;
  const count = text.split('\u0085').length - 1;
  const asLineEnds = !/[\n\r]/.test(text);
  report.add('decode', 'next-line', 'changed', undefined, asLineEnds ? `${count} NEL (U+0085) read as line ends: the file has no other line break` : `${count} NEL (U+0085) inside lines shown as spaces`);
  return text.replaceAll('\u0085', asLineEnds ? '\n' : ' ');
}

/** C1 controls left after the mojibake repair: a Windows-1252 text's characters (lib/safety/c1-as-windows-1252.ts). */
function withC1Read(text: string, report: Report): string {
  const read = withC1AsWindows1252(text);
  if (read.count) report.add('decode', 'c1-as-windows-1252', 'changed', undefined, `${read.count} C1 control character(s) read as the Windows-1252 characters of their bytes (U+0092 as ’, U+0096 as –)`);
  return read.text;
}

/**
 * A text that is not mojibake throughout may still hold lines that are: a browser's copied text with a
 * clean body under a headline whose UTF-8 was read as Latin-1 ("Gardenerâ\u0080\u0099s"). Only the
 * runs that carry a C1 control character are read again (repairMojibakeRuns, as a saved page's fields
 * are), each changed line reported; "cafÃ©" quoted without one stays as written. Read before the stray
 * controls go, which would leave "Gardenerâs".
 */
function withoutMojibakeRuns(text: string, report: Report): string {
  const repaired = repairMojibakeRuns(text);
  if (repaired === text) return text;
  // A run holds no line break: the lines of both texts pair up one to one.
  const before = text.split('\n');
  repaired.split('\n').forEach((line, i) => {
    if (line !== before[i]) report.add('decode', 'mojibake', 'changed', line.trim(), 'a run of UTF-8 that had been read as Latin-1 (C1 control characters), re-decoded');
  });
  return repaired;
}

/** "line 3, column 17; line 9, column 2" for the joints between decoded parts (first ten). */
function badPlaces(parts: string[]): string {
  const places: string[] = [];
  let line = 1;
  let column = 1;
  for (let k = 0; k < parts.length - 1 && places.length < 10; k++) {
    const part = parts[k];
    const lastBreak = part.lastIndexOf('\n');
    if (lastBreak === -1) column += [...part].length;
    else {
      line += part.split('\n').length - 1;
      column = [...part.slice(lastBreak + 1)].length + 1;
    }
    places.push(`line ${line}, column ${column}`);
    column += 1; // the U+FFFD itself
  }
  return places.join('; ') + (parts.length - 1 > places.length ? ' …' : '');
}
