/**
 * The legacy encoding of a file that is not UTF-8: a text or page saved by an older tool in the
 * encoding of its language (Shift_JIS, EUC-JP, ISO-2022-JP, GBK/GB18030, Big5, EUC-KR, Windows-1251,
 * KOI8-R, KOI8-U, ISO-8859-5, the DOS code page 866, Windows-1253 and ISO-8859-7 for Greek, Windows-1255
 * for Hebrew, Windows-1256 for Arabic, Windows-1250 and ISO-8859-2 for Polish, Czech, Slovak,
 * Hungarian, Slovenian, Croatian and Romanian, Windows-1254 (ISO-8859-9) for Turkish, Windows-1257 and
 * ISO-8859-13 for Lithuanian, Latvian and Estonian) rather
 * than Windows-1252, which read any of those gives mojibake.
 *
 * ISO-2022-JP is 7-bit (valid UTF-8 byte for byte) and is told by its escape sequences. The others
 * are guessed by reading the bytes in every candidate encoding and asking of each reading how much
 * of it looks like text in that encoding's language (plausibleShare): a wrong reading of Korean as
 * GBK is valid but gives Chinese characters in no particular order, of Russian as Windows-1252
 * words made only of accented letters ("Ñàìûå"), of Windows-1251 as KOI8-R words in mixed case.
 * Han characters are judged by the dictionary of Intl.Segmenter (ICU's, shipped with Node): in real
 * Chinese or Japanese most of them fall in words of two or more characters, in a wrong reading
 * almost none do. Central European, Turkish and Baltic readings are told from Windows-1252's, whose
 * letters they mostly share, and from each other, by which reading's language writes the characters
 * where they differ
 * (lib/safety/latin-languages.ts). The rule was chosen over the npm detectors by measurement
 * (scripts/bench/encodings/detect-bench.ts). Bytes that no reading makes text of, Windows-1252's
 * included, are told apart (notTextReason) so that the text path skips them rather than publish noise.
 */

import { judgeLatin, whereTheyDiffer, type LatinReading } from './latin-languages.ts';

export interface LegacyGuess {
  encoding: string;
  why: string;
}

/**
 * The candidates, in the order that breaks a tie: Windows-1252 (today's reading) first. KOI8-U is
 * KOI8-R with Ukrainian letters where KOI8-R has box-drawing signs no text uses: it reads both
 * (named KOI8-R when none of those bytes is there).
 */
const CANDIDATES = ['windows-1252', 'windows-1250', 'iso-8859-2', 'windows-1254', 'windows-1257', 'iso-8859-13', 'windows-1251', 'koi8-u', 'iso-8859-5', 'ibm866', 'windows-1253', 'iso-8859-7', 'windows-1255', 'windows-1256', 'shift_jis', 'euc-jp', 'gb18030', 'big5', 'euc-kr'] as const;
type Candidate = (typeof CANDIDATES)[number];
const NAMES: Record<Candidate | 'iso-2022-jp' | 'koi8-r', string> = {
  'koi8-r': 'KOI8-R',
  'windows-1252': 'Windows-1252',
  'windows-1250': 'Windows-1250',
  'iso-8859-2': 'ISO-8859-2',
  'windows-1254': 'Windows-1254',
  'windows-1257': 'Windows-1257',
  'iso-8859-13': 'ISO-8859-13',
  'windows-1251': 'Windows-1251',
  'koi8-u': 'KOI8-U',
  'iso-8859-5': 'ISO-8859-5',
  ibm866: 'IBM866 (DOS Cyrillic)',
  'windows-1253': 'Windows-1253',
  'iso-8859-7': 'ISO-8859-7',
  'windows-1255': 'Windows-1255',
  'windows-1256': 'Windows-1256',
  shift_jis: 'Shift_JIS',
  'euc-jp': 'EUC-JP',
  'iso-2022-jp': 'ISO-2022-JP',
  gb18030: 'GB18030',
  big5: 'Big5',
  'euc-kr': 'EUC-KR',
};
/** 'regional': Latin script in another encoding than Windows-1252, judged by language (lib/safety/latin-languages.ts). */
type Family = 'latin' | 'regional' | 'cyrillic' | 'greek' | 'hebrew' | 'arabic' | 'japanese' | 'chinese' | 'korean';
const FAMILY: Record<Candidate, Family> = {
  'windows-1252': 'latin',
  'windows-1250': 'regional',
  'iso-8859-2': 'regional',
  'windows-1254': 'regional',
  'windows-1257': 'regional',
  'iso-8859-13': 'regional',
  'windows-1251': 'cyrillic',
  'koi8-u': 'cyrillic',
  'iso-8859-5': 'cyrillic',
  ibm866: 'cyrillic',
  'windows-1253': 'greek',
  'iso-8859-7': 'greek',
  'windows-1255': 'hebrew',
  'windows-1256': 'arabic',
  shift_jis: 'japanese',
  'euc-jp': 'japanese',
  gb18030: 'chinese',
  big5: 'chinese',
  'euc-kr': 'korean',
};

/**
 * A reading is chosen over Windows-1252 only when at least this share of its characters is plausible
 * and that share beats Windows-1252's by MARGIN: a French line whose only accent is "à" reads as well
 * in Windows-1251 (Russian "а"), and stays Windows-1252.
 */
const CONFIDENT = 0.5;
const MARGIN = 0.15;
/** Bytes judged: enough for a clear answer, few enough that a long file costs no more than a short one. */
const SAMPLE = 4096;

/**
 * ISO-2022-JP: only 7-bit bytes, with an escape that switches to JIS X 0208 (ESC $ B, ESC $ @) and
 * which the WHATWG decoder reads without error. Null for anything else.
 */
export function iso2022jp(bytes: Uint8Array): LegacyGuess | null {
  // Asked of every seed before the UTF-8 check: most hold no escape at all, which a native search tells at once.
  if (bytes.indexOf(0x1b) === -1) return null;
  let escapes = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b >= 0x80) return null;
    if (b === 0x1b && bytes[i + 1] === 0x24 && (bytes[i + 2] === 0x42 || bytes[i + 2] === 0x40)) escapes++;
  }
  if (!escapes) return null;
  try {
    new TextDecoder('iso-2022-jp', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return { encoding: 'iso-2022-jp', why: `${escapes} ISO-2022-JP escape sequence(s) (ESC $ B) switching to JIS X 0208` };
}

export interface Reading {
  encoding: Candidate;
  /** Share of the reading's non-ASCII characters that are plausible in its language, 0–1. */
  score: number;
}

/**
 * Every candidate's reading of the file's first bytes, best first (ties in CANDIDATES order). Kept
 * for the file: a file no encoding wins is judged again by notTextReason, and judging every reading
 * is the costly part.
 */
export function readings(bytes: Uint8Array): readonly Reading[] {
  let out = judgedReadings.get(bytes);
  if (!out) {
    const sample = sampleOf(bytes);
    out = CANDIDATES.map((encoding) => ({
      encoding,
      score: FAMILY[encoding] === 'regional' ? latinReading(bytes, encoding).judged.score : plausibleShare(decoder(encoding).decode(sample), FAMILY[encoding]),
    })).sort((a, b) => b.score - a.score || CANDIDATES.indexOf(a.encoding) - CANDIDATES.indexOf(b.encoding));
    judgedReadings.set(bytes, out);
  }
  return out;
}
const judgedReadings = new WeakMap<Uint8Array, Reading[]>();

/**
 * The legacy encoding of bytes that are not UTF-8, when one reading is plausible enough; null when
 * Windows-1252 reads them best or nothing reads them well (the caller keeps Windows-1252 then).
 */
export function guessLegacyEncoding(bytes: Uint8Array): LegacyGuess | null {
  const jis = iso2022jp(bytes);
  if (jis) return jis;
  const all = readings(bytes);
  const other = otherThanLatin(bytes, all);
  return regionalLatin(bytes, all, other?.score ?? 0) ?? other?.guess ?? null;
}

/** The guess among the encodings of other scripts than Latin, with its reading's score. */
function otherThanLatin(bytes: Uint8Array, all: readonly Reading[]): { guess: LegacyGuess; score: number } | null {
  const [best, ...rest] = all.filter((r) => FAMILY[r.encoding] !== 'regional');
  if (best.encoding === 'windows-1252' || best.score < CONFIDENT) return null;
  const latin = rest.find((r) => r.encoding === 'windows-1252')!;
  if (best.score < latin.score + MARGIN) return null;
  // A reading with no letter but ASCII's differs from Windows-1252's in signs alone (a lone "¢" is
  // ISO-8859-7's quote mark): it wins by letters, or not at all.
  if (!NON_ASCII_LETTER.test(decoder(best.encoding).decode(sampleOf(bytes)))) return null;
  const encoding = best.encoding === 'koi8-u' && !bytes.some((b) => KOI8_U_ONLY.has(b)) ? 'koi8-r' : best.encoding;
  return {
    guess: { encoding, why: `${Math.round(best.score * 100)}% of its characters plausible as ${NAMES[encoding]}, ${Math.round(latin.score * 100)}% as Windows-1252` },
    score: best.score,
  };
}

/**
 * The Latin encodings other than Windows-1252, in groups whose members read nearly every letter alike
 * and differ mostly in punctuation: Central European, Turkish (WHATWG reads ISO-8859-9 as
 * Windows-1254), Baltic.
 */
const REGIONAL_GROUPS: Candidate[][] = [['windows-1250', 'iso-8859-2'], ['windows-1254'], ['windows-1257', 'iso-8859-13']];

type Judged = { encoding: Candidate; text: string; judged: LatinReading };

/**
 * Central European, Turkish or Baltic, when the best of their readings is plausible enough, at least
 * as plausible as the reading of any other script chosen (`otherScore`: a Polish title whose one "ł"
 * and the letter after it make one Big5 character is Polish), and, on the characters it reads
 * otherwise than Windows-1252, its language writes at least as many as Windows-1252's does, and more
 * of the letters among them by MARGIN, or more of all the text's accented letters by MARGIN
 * (lib/safety/latin-languages.ts). German, or Hungarian without "ő" or "ű", reads the same in all:
 * Windows-1252 is kept, which gives the same text. Each group's reading is chosen first (preferred()),
 * then the groups' against each other the same way.
 */
function regionalLatin(bytes: Uint8Array, all: readonly Reading[], otherScore: number): LegacyGuess | null {
  const best = all.find((r) => FAMILY[r.encoding] === 'regional')!;
  if (best.score < CONFIDENT || best.score < otherScore) return null;
  const judged = (encoding: Candidate): Judged => ({ encoding, ...latinReading(bytes, encoding) });
  const latin = judged('windows-1252');
  // Only the groups whose best reading is plausible enough are compared (a Turkish reading of Czech need not be).
  const winners = REGIONAL_GROUPS.map((group) => group.map(judged).reduce(preferred)).filter((r) => r.judged.score >= CONFIDENT);
  if (!winners.length) return null;
  const regional = winners.reduce(preferred);
  const versus = whereTheyDiffer(regional.text, regional.judged, latin.text, latin.judged);
  if (!versus.count || versus.a < versus.b) return null;
  // It wins by letters, not by signs: a Western text's "¥" is ISO-8859-13's quote mark "„", its
  // "¼" ISO-8859-2's "ź". Where one reading or both read a letter its language must write more of
  // them, by MARGIN there or over all the accented letters of the text (Turkish read as Windows-1252
  // is Icelandic word by word where they differ, "býktýðýný", but not in the words around them,
  // "dolambaçlý": no Icelandic writes "ç").
  if (versus.aOfLetters < versus.bOfLetters || !versus.aLetters) return null;
  if (versus.aOfLetters < versus.bOfLetters + MARGIN && regional.judged.letterScore < latin.judged.letterScore + MARGIN) return null;
  const named = (language: string | null) => (language ? ` (${LANGUAGE_NAMES.of(language) ?? language})` : '');
  return {
    encoding: regional.encoding,
    why: `${NAMES[regional.encoding]}${named(regional.judged.language)}: ${Math.round(versus.a * 100)}% of the ${versus.count} characters it reads otherwise than Windows-1252 fit its language there, ${Math.round(versus.b * 100)}% of Windows-1252's${named(latin.judged.language)}`,
  };
}

/**
 * Of two readings, the one whose language writes more of the characters where they differ, else more
 * of the whole ("ž" of ISO-8859-2 is Windows-1250's Slovak "ľ": a Croatian "tržnica" read as "trľnica"
 * is Slovak, but the "ć" of the next word is not), else the one reading more of them as letters
 * (Slovak "ťažký" of ISO-8859-2 is "»aľký" in Windows-1250, a quote mark before a word that reads as
 * Slovak too); when they read alike, the first (Windows-1250 before ISO-8859-2: the one that reads the
 * punctuation of 0x80–0x9F).
 */
function preferred(a: Judged, b: Judged): Judged {
  const between = whereTheyDiffer(a.text, a.judged, b.text, b.judged);
  const bWins = between.b - between.a || b.judged.score - a.judged.score || between.bLetters - between.aLetters;
  return bWins > 0 ? b : a;
}

/**
 * A Latin encoding's reading of the file's first bytes, judged (lib/safety/latin-languages.ts): kept
 * for the file, as readings() and regionalLatin() each need the regional ones.
 */
const latinReadings = new WeakMap<Uint8Array, Map<string, { text: string; judged: LatinReading }>>();
function latinReading(bytes: Uint8Array, encoding: Candidate): { text: string; judged: LatinReading } {
  let byEncoding = latinReadings.get(bytes);
  if (!byEncoding) latinReadings.set(bytes, (byEncoding = new Map()));
  let reading = byEncoding.get(encoding);
  if (!reading) {
    const text = decoder(encoding).decode(sampleOf(bytes));
    // Most texts read alike in several of these encodings (Western text in Windows-1254 and -1252,
    // Baltic text in Windows-1257 and ISO-8859-13): judged once.
    const same = [...byEncoding.values()].find((r) => r.text === text);
    byEncoding.set(encoding, (reading = { text, judged: same?.judged ?? judgeLatin(text) }));
  }
  return reading;
}

/** The languages named in a Central European guess's reason ("cs" → "Czech"). */
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * Why bytes that are not UTF-8 are no text at all, or null: no reading, Windows-1252's included, makes
 * plausible words of them (random bytes, or a text in an encoding none of the candidates is), though
 * they hold enough characters that are not ASCII to tell (a few stray bytes in an English text do not).
 * The text path skips such a file rather than publish its Windows-1252 reading, which is noise.
 */
export function notTextReason(bytes: Uint8Array): string | null {
  const sample = sampleOf(bytes);
  const latin = decoder('windows-1252').decode(sample);
  if ((latin.match(NON_ASCII_GLOBAL)?.length ?? 0) < FEWEST_TO_JUDGE) return null;
  const [best, ...rest] = readings(bytes);
  if (best.score >= CONFIDENT) return null;
  const latinScore = best.encoding === 'windows-1252' ? best.score : rest.find((r) => r.encoding === 'windows-1252')!.score;
  const bestOther = best.encoding === 'windows-1252' ? rest[0] : best;
  return `not text: not valid UTF-8, and no encoding reads it as text (best ${NAMES[bestOther.encoding]}, ${Math.round(bestOther.score * 100)}% of its characters plausible; Windows-1252 ${Math.round(latinScore * 100)}%)`;
}

/** Characters that are not ASCII a reading needs before it is judged no text: a few stray bytes are not enough. */
const FEWEST_TO_JUDGE = 24;
const NON_ASCII_GLOBAL = /[^\x00-\x7F]/g;
const NON_ASCII_LETTER = /[^\P{L}\x00-\x7F]/u;

/** The bytes where KOI8-U has a Ukrainian or Belarusian letter and KOI8-R a box-drawing sign. */
const KOI8_U_ONLY = new Set([0xa4, 0xa6, 0xa7, 0xad, 0xae, 0xb4, 0xb6, 0xb7, 0xbd, 0xbe]);

/**
 * About SAMPLE bytes from the first that is not ASCII (a saved page's head of scripts and styles
 * tells nothing), cut next to bytes below 0x40: no candidate encoding uses one inside a character,
 * so the cuts split none. A file with no such byte near is cut where it must be (a character split
 * there costs each reading the same one U+FFFD): never more than 3 × SAMPLE bytes are judged.
 */
function sampleOf(bytes: Uint8Array): Uint8Array {
  const first = bytes.findIndex((b) => b >= 0x80);
  if (first === -1) return bytes.subarray(0, SAMPLE);
  let start = first;
  while (start > 0 && start > first - SAMPLE && bytes[start - 1] >= 0x40) start--;
  let end = Math.min(bytes.length, first + SAMPLE);
  while (end < bytes.length && end < first + 2 * SAMPLE && bytes[end] >= 0x40) end++;
  return bytes.subarray(start, end);
}

const decoders = new Map<string, TextDecoder>();
function decoder(encoding: string): TextDecoder {
  let d = decoders.get(encoding);
  if (!d) decoders.set(encoding, (d = new TextDecoder(encoding)));
  return d;
}

// The ten most frequent letters of Russian (and near enough of Bulgarian, Ukrainian): a Cyrillic
// word full of them is likelier than one of rare letters, which tells Windows-1251 from KOI8-R in
// an all-capitals headline, where letter case cannot.
const FREQUENT_CYRILLIC = new Set('оеаинтсрвл');
const CJK_PUNCTUATION = /[\u3000-\u303F\uFF01-\uFF60\u30FB\u2018\u2019\u201C\u201D\u2026\u00B7]/u;
// Punctuation and signs of European text in Windows-1252 (not its low single quote, "‚", nor "ƒ":
// Shift_JIS read as Windows-1252 is full of both).
const LATIN_PUNCTUATION = /[\u2018\u2019\u201C\u201D\u201E\u2013\u2014\u2026\u00AB\u00BB\u20AC\u00A3\u00B0\u00A9\u00AE\u2022\u00A7\u00B7\u00BF\u00A1\u00A0\u2122\u00D7\u2020\u00BA\u00AA]/u;
// The accented letters of European languages in Windows-1252 and Windows-1251's Cyrillic.
const EUROPEAN_LETTER = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\p{M}]/u;
// A word (letters and marks); only those with a letter that is not ASCII are judged.
const WORD = /[\p{L}\p{M}]+/gu;
const NOT_ASCII = /[^\x00-\x7F]/;
const ASCII_RUNS = /[\x00-\x7F]+/g;
const NON_ASCII_OTHER = /[^\x00-\x7F\s\p{L}\p{M}]/gu;
const NOT_ASCII_OR_SPACE = /[^\x00-\x7F\s]/u;
const NON_ASCII_NOT_HAN = /[^\x00-\x7F\s\p{Script=Han}]/gu;
const KANA = /[\u3041-\u30FA\u30FC-\u30FF]/u;
const HAN = /\p{Script=Han}/gu;
const UNSPACED_RUN = /[\p{Script=Hangul}\p{Script=Han}]{9,}/gu;

/**
 * The share of a reading's non-ASCII characters (each U+FFFD, an undecodable byte, counting twice
 * against) that are plausible in the reading's language.
 */
export function plausibleShare(text: string, family: Family): number {
  if (family === 'regional') return judgeLatin(text).score;
  let good = 0;
  let counted = 0;
  let errors = 0;
  let capitals = 0;
  if (family === 'latin' || family === 'cyrillic' || family === 'greek' || family === 'hebrew' || family === 'arabic') {
    // Letters standing alone, in a reading of another script than Latin: Windows-1252's signs of
    // numbers and money are letters there ("¼ cup" is ISO-8859-5's "М cup", "¥500" IBM866's "е500"),
    // so they count for it only as far as its words of two letters or more do.
    let alone = 0;
    let inWords = 0;
    for (const [word] of text.matchAll(WORD)) {
      if (!NOT_ASCII.test(word)) continue;
      const letters = word.replace(ASCII_RUNS, '').length;
      counted += letters;
      const plausible = WORD_RULE[family](word);
      if (family === 'latin') good += letters * plausible;
      else if (word.length === 1) alone += plausible;
      else inWords += letters * plausible;
      if ((family === 'cyrillic' || family === 'greek') && plausible && letters > 1 && word === word.toUpperCase()) capitals += letters;
    }
    good += inWords + Math.min(alone, inWords);
    // Text is mostly lower case: a long reading in capitals throughout is a wrong one's (Hebrew in
    // Windows-1255 reads as KOI8-R capitals). A short one may be a headline set in capitals.
    if (capitals > 40 && capitals > 0.8 * counted) good /= 2;
    for (const match of text.matchAll(NON_ASCII_OTHER)) {
      if (match[0] === '\uFFFD') {
        errors++;
        continue;
      }
      counted++;
      // A mark between two characters that are not ASCII is a wrong reading's ("‚¨‚è"); "l’été" is not.
      const i = match.index;
      const glued = i > 0 && i + 1 < text.length && NOT_ASCII_OR_SPACE.test(text[i - 1]) && NOT_ASCII_OR_SPACE.test(text[i + 1]);
      if (!glued && (LATIN_PUNCTUATION.test(match[0]) || moneyBesideNumber(text, i))) good++;
    }
  } else {
    const { han, wordHan } = family === 'korean' ? { han: 0, wordHan: 0 } : hanInWords(text, family);
    good += wordHan;
    counted += han;
    for (const [c] of text.matchAll(NON_ASCII_NOT_HAN)) {
      if (c === '\uFFFD') {
        errors++;
        continue;
      }
      counted++;
      if (CJK_PUNCTUATION.test(c)) good++;
      else if (family === 'japanese' && KANA.test(c)) good++;
      else if (family === 'korean' && commonHangul().has(c)) good++;
    }
    if (family === 'korean') {
      // Korean is seldom written with Han characters: each counts against a Korean reading. And it
      // puts spaces between its words: a long run of syllables without one is a wrong reading's.
      counted += text.match(HAN)?.length ?? 0;
      for (const [run] of text.matchAll(UNSPACED_RUN)) good -= [...run].filter((c) => commonHangul().has(c)).length;
    }
  }
  return counted + errors === 0 ? 0 : good / (counted + 2 * errors);
}

// Windows-1252's "¢" and "¥" (ISO-8859-7 reads "¢" as a quote mark: a price list would read better
// as Greek), signs only beside a number ("¥500", "50 ¢"): Big5 read as Windows-1252 has them before
// the ASCII second byte of a character.
const MONEY = /[\u00A2\u00A5]/u;
function moneyBesideNumber(text: string, i: number): boolean {
  if (!MONEY.test(text[i])) return false;
  const after = text[i + 1] === ' ' ? text[i + 2] : text[i + 1];
  const before = text[i - 1] === ' ' ? text[i - 2] : text[i - 1];
  return /[0-9]/.test(after ?? '') || /[0-9]/.test(before ?? '');
}

/** 1 for an accented Latin word as European languages write them ("café", "à"), 0 for one made only of accented letters ("Ñàìûå"), or of another script. */
function latinWord(word: string): number {
  if (![...word].every((c) => EUROPEAN_LETTER.test(c))) return 0;
  const chars = [...word];
  const plain = chars.filter((c) => /[A-Za-z]/.test(c)).length;
  return chars.length === 1 || plain >= (chars.length - plain) ? 1 : 0;
}

/** How plausible a Cyrillic word is: only Cyrillic letters, in lower case, Title case or capitals, of frequent letters. */
function cyrillicWord(word: string): number {
  if (!/^[\p{Script=Cyrillic}\p{M}]+$/u.test(word)) return 0;
  const rest = word.slice(1);
  if (rest !== rest.toLowerCase() && word !== word.toUpperCase()) return 0;
  const chars = [...word.toLowerCase()];
  return 0.5 + (0.5 * chars.filter((c) => FREQUENT_CYRILLIC.has(c)).length) / chars.length;
}

// The ten most frequent letters of Greek, and its vowels: a Greek word has one (a wrong reading of
// Russian in Windows-1251 as Windows-1253 gives lower-case Greek letters in no such order, "πϋνξκ").
const FREQUENT_GREEK = new Set('αοιετσνηυρ');
const GREEK_VOWEL = /[αεηιουωάέήίόύώϊϋΐΰ]/u;

/**
 * How plausible a Greek word is: only Greek letters, in lower case, Title case or capitals, a vowel in
 * a word of two letters or more, a final sigma only at its end, of frequent letters.
 */
function greekWord(word: string): number {
  if (!/^[\p{Script=Greek}\p{M}]+$/u.test(word)) return 0;
  const rest = word.slice(1);
  if (rest !== rest.toLowerCase() && word !== word.toUpperCase()) return 0;
  const chars = [...word.toLowerCase()];
  if (chars.slice(0, -1).includes('ς') || (chars.length > 1 && !chars.some((c) => GREEK_VOWEL.test(c)))) return 0;
  return 0.5 + (0.5 * chars.filter((c) => FREQUENT_GREEK.has(c)).length) / chars.length;
}

// Hebrew's five letters with a final form (ך ם ן ף ץ), which ends a word, and their other forms
// (כ מ נ פ צ), which end none: a wrong reading of Cyrillic as Windows-1255 puts them anywhere.
const HEBREW_FINAL = /[\u05DA\u05DD\u05DF\u05E3\u05E5]/u;
const HEBREW_NOT_FINAL = /[\u05DB\u05DE\u05E0\u05E4\u05E6]/u;

// The ten most frequent letters of Hebrew.
const FREQUENT_HEBREW = new Set('יוהלארמתבנ');

/** How plausible a Hebrew word is: letters and points, its final forms only at its end, of frequent letters. */
function hebrewWord(word: string): number {
  if (!/^[\p{Script=Hebrew}\p{M}]+$/u.test(word)) return 0;
  const letters = [...word].filter((c) => /\p{L}/u.test(c));
  if (!letters.length || letters.slice(0, -1).some((c) => HEBREW_FINAL.test(c))) return 0;
  if (letters.length > 1 && HEBREW_NOT_FINAL.test(letters.at(-1)!)) return 0;
  return 0.5 + (0.5 * letters.filter((c) => FREQUENT_HEBREW.has(c)).length) / letters.length;
}

// The ten most frequent letters of Arabic: Cyrillic in KOI8-R read as Windows-1256 is Arabic letters
// too, but few of these (its lower-case letters fall on the rarer ones).
const FREQUENT_ARABIC = new Set('اليمونرتبع');

/** How plausible an Arabic word is: letters and marks of Arabic only, of frequent letters. */
function arabicWord(word: string): number {
  if (!/^[\p{Script=Arabic}\p{M}]+$/u.test(word)) return 0;
  const letters = [...word].filter((c) => /\p{L}/u.test(c));
  if (!letters.length) return 0;
  return 0.5 + (0.5 * letters.filter((c) => FREQUENT_ARABIC.has(c)).length) / letters.length;
}

/** How plausible a word of each alphabetic family's reading is, 0–1. */
const WORD_RULE: Record<'latin' | 'cyrillic' | 'greek' | 'hebrew' | 'arabic', (word: string) => number> = {
  latin: (word) => latinWord(word),
  cyrillic: (word) => cyrillicWord(word),
  greek: (word) => greekWord(word),
  hebrew: hebrewWord,
  arabic: arabicWord,
};

// Chinese characters that are words by themselves and among the most frequent in any Chinese text
// (particles, pronouns, prepositions, numerals and date units), in Simplified and Traditional forms:
// the segmenter leaves them alone, as it does the random characters of a wrong reading.
const SINGLE_WORDS = new Set(
  '的了在是和有我你他她它也都就不没这那与及或把被从对为向个上下中等将会能要说到而以于之其此又很更最着过一二三四五六七八九十百千万亿年月日时号人大小多后前里元吗呢吧啊们這與從對為個會說將過們來嗎裡後億萬號時'
);
const segmenters = new Map<string, Intl.Segmenter>();
/** Han characters, and those of them in a dictionary word of two characters or more or frequent words by themselves. */
function hanInWords(text: string, family: 'japanese' | 'chinese'): { han: number; wordHan: number } {
  const locale = family === 'japanese' ? 'ja' : 'zh';
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'word' })));
  let han = 0;
  let wordHan = 0;
  // Only the runs of Han and kana go to the segmenter: a long text of ASCII costs nothing.
  for (const run of text.matchAll(/[\p{Script=Han}\u3041-\u30FF]+/gu)) {
    for (const { segment } of segmenter.segment(run[0])) {
      const chars = [...segment];
      const n = chars.filter((c) => /\p{Script=Han}/u.test(c)).length;
      han += n;
      if (chars.length >= 2) wordHan += n;
      else if (n && SINGLE_WORDS.has(segment)) wordHan++;
    }
  }
  return { han, wordHan };
}

let hangul: Set<string> | null = null;
/** The 2,350 Hangul syllables of KS X 1001 (EUC-KR's B0A1–C8FE), the ones Korean text is written in. */
function commonHangul(): Set<string> {
  if (hangul) return hangul;
  const bytes: number[] = [];
  for (let a = 0xb0; a <= 0xc8; a++) for (let b = 0xa1; b <= 0xfe; b++) bytes.push(a, b);
  hangul = new Set(new TextDecoder('euc-kr').decode(new Uint8Array(bytes)));
  return hangul;
}
