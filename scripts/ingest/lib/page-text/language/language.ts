/**
 * The language of a page, and its stopwords. The script decides first (Hangul → ko, kana → ja,
 * Han only → zh): that costs one pass over a sample and needs no model. Latin and Cyrillic text that
 * reads as English (a high share of English stopwords) is English without further work; only the
 * rest goes to franc-min (trigram profiles of 82 languages, and 13 more news languages of franc's:
 * franc-more-models.ts; its answer read by franc-fast.ts), on a
 * bounded sample, because it costs milliseconds per call and the ingest must stay fast at 10,000
 * articles of mostly English news.
 */
import { francFast } from './franc-fast.ts';
import stopwordLists from 'stopword';
import { primarySubtag } from './language-tag.ts';
import { MAY_BE_DANISH_OR_NORWEGIAN, swedishDanishNorwegianOrDutch } from './scandinavian.ts';
import { MAY_BE_SLOVENIAN, serbianCyrillic, serbianOrFranc, slovenianOrSerboCroatian } from './south-slavic.ts';
import { ICELANDIC_STOPWORDS, isIcelandic } from './icelandic.ts';

export interface Language {
  /** BCP-47 code: "en", "pt", "zh", … or "und" when the text is too short to tell. */
  lang: string;
  /** The page's stopwords (lower case), empty for languages written without spaces. */
  stopwords: ReadonlySet<string>;
  /** Written without spaces between words (Chinese, Japanese): counted by character, not by word. */
  cjk: boolean;
}

/** franc's ISO 639-3 codes → the BCP-47 tag to record (two letters where one exists). */
const BCP47: Record<string, string> = {
  eng: 'en', por: 'pt', spa: 'es', fra: 'fr', deu: 'de', ita: 'it', nld: 'nl', rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg',
  pol: 'pl', ces: 'cs', slk: 'sk', slv: 'sl', hrv: 'hr', srp: 'sr', bos: 'bs', ron: 'ro', hun: 'hu', fin: 'fi', swe: 'sv',
  dan: 'da', nob: 'nb', nno: 'nn', tur: 'tr', ind: 'id', zlm: 'ms', msa: 'ms', vie: 'vi', tgl: 'tl', cmn: 'zh', jpn: 'ja',
  kor: 'ko', arb: 'ar', ara: 'ar', pes: 'fa', fas: 'fa', heb: 'he', hin: 'hi', ben: 'bn', urd: 'ur', tha: 'th', ell: 'el',
  cat: 'ca', glg: 'gl', eus: 'eu', lit: 'lt', lav: 'lv', est: 'et', swh: 'sw', swa: 'sw', afr: 'af', uzn: 'uz', kaz: 'kk',
  azj: 'az', hau: 'ha', yor: 'yo', zul: 'zu', som: 'so', amh: 'am', tam: 'ta', tel: 'te', mar: 'mr', guj: 'gu', pan: 'pa',
  // The rest of franc-min's languages that have a two-letter code (a BCP-47 tag must use it).
  mya: 'my', kan: 'kn', mal: 'ml', sin: 'si', jav: 'jv', sun: 'su', ibo: 'ig', run: 'rn', plt: 'mg', nya: 'ny', kin: 'rw',
  lin: 'ln', npi: 'ne', pbu: 'ps',
  // franc's models that franc-min lacks (franc-more-models.ts) whose code is not the tag's.
  ekk: 'et', lvs: 'lv', als: 'sq', mkd: 'mk',
  // Told by its letters (icelandic.ts): franc has no model for it.
  isl: 'is',
};

// The package's lists differ in length (Spanish 59 words, no form of "ser", "estar" or "haber";
// German 621). Filling the Spanish one with its missing function words was tried (session 39): no
// snippet page moved and one fundus page lost, since main-text's stopword threshold is half the
// median share of the page's own long lines and so adapts to a list's length.
/** The stopword package names lists by ISO 639-3, mostly as franc does; a few macrolanguages differ. */
const STOPWORD_LIST: Record<string, string> = { cmn: 'zho', zlm: 'msa', pes: 'fas', arb: 'ara', swh: 'swa', ekk: 'est', lvs: 'lav' };

const packageLists = stopwordLists as Record<string, string[]>;
// The package has no Serbian or Bosnian list: the three standards share their function words ("i",
// "je", "koji", "nije"), so both read Croatian's, and Serbian its Cyrillic spelling too (south-slavic.ts).
const lists: Record<string, string[] | undefined> = {
  ...packageLists,
  isl: ICELANDIC_STOPWORDS,
  bos: packageLists.hrv,
  srp: [...packageLists.hrv, ...packageLists.hrv.map(serbianCyrillic)],
};
const cache = new Map<string, ReadonlySet<string>>();

export function stopwordsFor(iso3: string): ReadonlySet<string> {
  let set = cache.get(iso3);
  if (!set) {
    set = new Set((lists[STOPWORD_LIST[iso3] ?? iso3] ?? []).map((w) => w.toLowerCase()));
    cache.set(iso3, set);
  }
  return set;
}

/** The stopwords of a language named by its tag ("en", "pt-BR", "en_US", "zh"); empty when there is no list or no tag. */
export function stopwordsForTag(tag: string): ReadonlySet<string> {
  const primary = primarySubtag(tag);
  if (primary === null) return new Set();
  const iso3 = Object.keys(BCP47).find((k) => BCP47[k] === primary) ?? primary;
  return stopwordsFor(iso3);
}

const SAMPLE = 800;
/** Scripts written without spaces between words, and Hangul: dense, so their lines are short. */
const WIDE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
const MARKUP = /^\s*<\/?[a-z][a-z0-9]*[\s>]/i;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Letters of each script family in a sample, counted in one pass over its code units. */
function scriptCounts(sample: string) {
  let letters = 0, hangul = 0, kana = 0, han = 0, hebrew = 0, armenian = 0, georgian = 0, lao = 0, khmer = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
    } else if (c >= 0xac00 && c <= 0xd7af) (hangul++, letters++);
    else if (c >= 0x3040 && c <= 0x30ff) (kana++, letters++);
    else if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) (han++, letters++);
    else if (c >= 0xc0 && c <= 0x24f) letters++; // Latin with diacritics
    else if (c >= 0x370 && c <= 0x52f) letters++; // Greek, Cyrillic
    else if (c >= 0x530 && c <= 0x58f) (armenian++, letters++);
    else if ((c >= 0x590 && c <= 0x5ff) || (c >= 0xfb1d && c <= 0xfb4f)) (hebrew++, letters++);
    else if (c >= 0x10a0 && c <= 0x10ff) (georgian++, letters++);
    else if (c >= 0xe80 && c <= 0xeff) (lao++, letters++);
    else if ((c >= 0x1780 && c <= 0x17ff) || (c >= 0x19e0 && c <= 0x19ff)) (khmer++, letters++);
    else if (c >= 0x600 && c <= 0x1fff) letters++; // other alphabets and abugidas
  }
  return { letters, hangul, kana, han, hebrew, armenian, georgian, lao, khmer };
}

/** Lower-case words of a text (Latin, Cyrillic and other space-separated scripts). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * The words of a lower-cased text one by one, as WORD finds them, without the array and strings of
 * `wordsOf`: `nextWordStart(text, at)` is where the next word starts (-1: none left), and
 * `wordEnd(text, start)` where it ends. Every line of every page is read so, for its stopwords and
 * its terms. For text of the Basic Multilingual Plane only (a character outside it takes two code
 * units): ask `outsideBmp` first and read `wordsOf` for such text.
 */
export function nextWordStart(text: string, at: number): number {
  for (; at < text.length; at++) if (inWord(text.charCodeAt(at))) return at;
  return -1;
}

export function wordEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && inWord(text.charCodeAt(i))) i++;
  // One apostrophe and the letters after it: "china's", "don’t" (digits do not follow one).
  const c = text.charCodeAt(i);
  if ((c === 0x27 || c === 0x2019) && i + 1 < text.length && isLetter(text.charCodeAt(i + 1))) {
    for (i++; i < text.length && isLetter(text.charCodeAt(i)); ) i++;
  }
  return i;
}

// ASCII (most text) is told apart without the table.
const isAsciiLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const inWord = (c: number) => (c < 0x80 ? isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) : wordCharKind(c) !== NOT_IN_WORD);
const isLetter = (c: number) => (c < 0x80 ? isAsciiLetter(c) : wordCharKind(c) === LETTER);

/** A surrogate: the text has characters outside the BMP, which `nextWordStart` does not read. */
export const outsideBmp = (text: string): boolean => SURROGATE.test(text);
const SURROGATE = /[\ud800-\udfff]/;

const LETTER = 1, NUMBER = 2, NOT_IN_WORD = 3;
/** What each BMP code unit is to WORD (\p{L}, \p{N} or neither), as met; 0 while unknown. */
const WORD_CHAR_KINDS = new Uint8Array(0x10000);
function wordCharKind(code: number): number {
  let kind = WORD_CHAR_KINDS[code];
  if (!kind) {
    const ch = String.fromCharCode(code);
    WORD_CHAR_KINDS[code] = kind = /^\p{L}$/u.test(ch) ? LETTER : /^\p{N}$/u.test(ch) ? NUMBER : NOT_IN_WORD;
  }
  return kind;
}

const NON_ASCII = /[^\x00-\x7f]/;
const isLowerAsciiLetter = (c: number) => c >= 0x61 && c <= 0x7a;
const isLowerAsciiWordChar = (c: number) => isLowerAsciiLetter(c) || (c >= 0x30 && c <= 0x39);

/**
 * How many words a text has (as `wordsOf` reads them) and how many are stopwords. ASCII text (most
 * lines) is read in a plain loop: its words are runs of a–z and 0–9, perhaps with an apostrophe and
 * letters after, once lower-cased, which is what `wordsOf`'s pattern finds there; each word is
 * walked down a trie of the stopwords as it is read, so no word is copied or lower-cased. Other text
 * of the Basic Multilingual Plane is read in place (`nextWordStart`), the rest with the pattern.
 */
export function stopwordCount(text: string, stopwords: ReadonlySet<string>): { tokens: number; stops: number } {
  let tokens = 0, stops = 0;
  if (NON_ASCII.test(text)) {
    // A word longer than every stopword is none: it is not looked up.
    const longest = longestOf(stopwords);
    const lower = text.toLowerCase();
    if (outsideBmp(lower)) {
      for (const w of wordsOf(text)) {
        tokens++;
        if (w.length <= longest && stopwords.has(w)) stops++;
      }
      return { tokens, stops };
    }
    for (let start = nextWordStart(lower, 0), end; start !== -1; start = nextWordStart(lower, end)) {
      end = wordEnd(lower, start);
      tokens++;
      if (end - start <= longest && stopwords.has(lower.slice(start, end))) stops++;
    }
    return { tokens, stops };
  }
  const { next, stop } = trieOf(stopwords);
  const n = text.length;
  // (-1 past the end: charCodeAt's NaN would make every code a float.)
  const at = (i: number) => (i < n ? lowerAscii(text.charCodeAt(i)) : -1);
  for (let i = 0; i < n; ) {
    let c = at(i);
    if (!isLowerAsciiWordChar(c)) {
      i++;
      continue;
    }
    // The trie node of the word read so far; -1 once no stopword starts so.
    let node = 0;
    do {
      if (node !== -1) node = next[node * TRIE_SYMBOLS + (c <= 0x39 ? c - 0x30 + 26 : c - 0x61)] || -1;
      c = at(++i);
    } while (isLowerAsciiWordChar(c));
    if (c === 0x27 && isLowerAsciiLetter(at(i + 1))) {
      if (node !== -1) node = next[node * TRIE_SYMBOLS + APOSTROPHE] || -1;
      for (c = at(++i); isLowerAsciiLetter(c); c = at(++i)) {
        if (node !== -1) node = next[node * TRIE_SYMBOLS + c - 0x61] || -1;
      }
    }
    tokens++;
    if (node > 0 && stop[node]) stops++;
  }
  return { tokens, stops };
}

/** A–Z to a–z; every other code unit as it is. */
const lowerAscii = (c: number) => (c >= 0x41 && c <= 0x5a ? c | 0x20 : c);

/**
 * The stopwords that ASCII words can be, as a trie over a–z, 0–9 and the apostrophe: node n's child
 * for symbol s is `next[n * TRIE_SYMBOLS + s]` (0: none, as no node points back to the root, 0), and
 * `stop[n]` says a stopword ends there.
 */
const TRIE_SYMBOLS = 37;
const APOSTROPHE = 36;
const tries = new WeakMap<ReadonlySet<string>, { next: Int32Array; stop: Uint8Array }>();
function trieOf(words: ReadonlySet<string>): { next: Int32Array; stop: Uint8Array } {
  let trie = tries.get(words);
  if (trie) return trie;
  const ascii = [...words].filter((w) => /^[a-z0-9']+$/.test(w));
  const nodes = 1 + ascii.reduce((n, w) => n + w.length, 0);
  trie = { next: new Int32Array(nodes * TRIE_SYMBOLS), stop: new Uint8Array(nodes) };
  let used = 1;
  for (const w of ascii) {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      const slot = node * TRIE_SYMBOLS + (c === 0x27 ? APOSTROPHE : c <= 0x39 ? c - 0x30 + 26 : c - 0x61);
      node = trie.next[slot] ||= used++;
    }
    trie.stop[node] = 1;
  }
  tries.set(words, trie);
  return trie;
}

const longestWord = new WeakMap<ReadonlySet<string>, number>();
function longestOf(words: ReadonlySet<string>): number {
  let longest = longestWord.get(words);
  if (longest === undefined) {
    longest = 0;
    for (const w of words) longest = Math.max(longest, w.length);
    longestWord.set(words, longest);
  }
  return longest;
}

/**
 * Up to SAMPLE characters of the page's long lines: a page opens with menus and brand names, which
 * say little about its language.
 */
function proseSample(text: string): string {
  if (text.length <= SAMPLE) return text;
  let sample = '';
  let from = 0;
  while (sample.length < SAMPLE && from < text.length) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    // Chinese and Japanese say in 30 characters what English says in 80; a line of markup left by
    // the scraper (`<img src="…">`) says nothing about the page's language.
    const long = to - from >= 80 || (to - from >= 30 && WIDE.test(text.slice(from, from + 30)));
    if (long && !MARKUP.test(text.slice(from, from + 12))) sample += text.slice(from, Math.min(to, from + SAMPLE)) + '\n';
    from = to + 1;
  }
  return sample.length >= 200 ? sample : text.slice(0, SAMPLE);
}

/**
 * Indonesian and Malay share most of their words, and franc's trigram profiles take one for the
 * other (either way). The words the two spell apart settle it: Indonesian "karena", "bahwa", "saja",
 * "uang", "mau", "coba", "bisa", "pemerintah" against Malay "kerana", "bahawa", "sahaja", "wang",
 * "mahu", "cuba", "baharu", "kerajaan" (words both write alike, "daerah", "boleh", "jabatan", say
 * nothing). Neither kind found, or as many of each: franc's answer stands.
 */
const MALAY_OR_INDONESIAN = new Set(['ind', 'zlm', 'msa']);
const INDONESIAN_SPELLING = /(?<!\p{L})(?:karena|bahwa|saja|uang|mau|coba|pemerintah|kabupaten|bisa)(?!\p{L})/giu;
const MALAY_SPELLING = /(?<!\p{L})(?:kerana|bahawa|sahaja|wang|mahu|cuba|kerajaan|baharu|berhampiran)(?!\p{L})/giu;
function indonesianOrMalay(sample: string, franc: string): string {
  const indonesian = sample.match(INDONESIAN_SPELLING)?.length ?? 0;
  const malay = sample.match(MALAY_SPELLING)?.length ?? 0;
  return indonesian > malay ? 'ind' : malay > indonesian ? 'zlm' : franc;
}

export function detectLanguage(text: string): Language {
  const sample = proseSample(text);
  const { letters, hangul, kana, han, hebrew, armenian, georgian, lao, khmer } = scriptCounts(sample);
  if (letters < 20) return { lang: 'und', stopwords: new Set(), cjk: false };
  // Scripts one major language writes, which franc-min has no model for (a Hebrew page came out "und",
  // or "sv" with a few Latin words in its sample; Lao and Khmer "und"): the script names the language.
  if (hebrew > letters * 0.5) return { lang: 'he', stopwords: new Set(), cjk: false };
  if (armenian > letters * 0.5) return { lang: 'hy', stopwords: new Set(), cjk: false };
  if (georgian > letters * 0.5) return { lang: 'ka', stopwords: new Set(), cjk: false };
  if (lao > letters * 0.5) return { lang: 'lo', stopwords: new Set(), cjk: false };
  if (khmer > letters * 0.5) return { lang: 'km', stopwords: new Set(), cjk: false };
  if (hangul > letters * 0.3) return { lang: 'ko', stopwords: stopwordsFor('kor'), cjk: false };
  if (kana > letters * 0.05 && kana + han > letters * 0.3) return { lang: 'ja', stopwords: new Set(), cjk: true };
  if (han > letters * 0.3) return { lang: 'zh', stopwords: new Set(), cjk: true };
  // English news runs at 30–45 % stopwords of this list; other Latin-script languages well under 15 %.
  const english = stopwordsFor('eng');
  const { tokens, stops } = stopwordCount(sample, english);
  const share = tokens ? stops / tokens : 0;
  if (share >= 0.2) return { lang: 'en', stopwords: english, cjk: false };
  // franc-min's answer, from its models indexed by trigram (franc-fast.ts), with franc's models of
  // the news languages franc-min leaves out (Finnish, Estonian, Slovak, Catalan …: franc-more-models.ts).
  let iso3 = francFast(sample, 20, true);
  if (iso3 === 'und') return { lang: 'und', stopwords: new Set(), cjk: false };
  if (MALAY_OR_INDONESIAN.has(iso3)) iso3 = indonesianOrMalay(sample, iso3);
  else if (MAY_BE_DANISH_OR_NORWEGIAN.has(iso3)) iso3 = swedishDanishNorwegianOrDutch(sample, iso3);
  else if (MAY_BE_SLOVENIAN.has(iso3)) iso3 = serbianOrFranc(sample, slovenianOrSerboCroatian(sample, iso3));
  // Whatever franc answered (Danish, or Indonesian on a short sample): þ and ð name Icelandic.
  if (isIcelandic(sample)) iso3 = 'isl';
  return { lang: BCP47[iso3] ?? iso3, stopwords: stopwordsFor(iso3), cjk: false };
}

/**
 * What a line is about, to compare it with another (a headline with its article's lead): words of
 * three letters or more that are not stopwords; for Chinese and Japanese, pairs of characters.
 * `lower` is the text in lower case, when the caller has it.
 */
export function contentTerms(text: string, language: Language, lower?: string): Set<string> {
  if (language.cjk) {
    const chars = text.replace(/[^\p{L}\p{N}]/gu, '');
    const out = new Set<string>();
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars.slice(i, i + 2));
    return out;
  }
  lower ??= text.toLowerCase();
  if (outsideBmp(lower)) return new Set(wordsOf(text).filter((w) => w.length >= 3 && !language.stopwords.has(w)));
  // The same words in the same order, read in place: the article's long paragraphs are asked for theirs.
  const terms = new Set<string>();
  for (let start = nextWordStart(lower, 0), end; start !== -1; start = nextWordStart(lower, end)) {
    end = wordEnd(lower, start);
    if (end - start < 3) continue;
    const w = lower.slice(start, end);
    if (!language.stopwords.has(w)) terms.add(w);
  }
  return terms;
}
