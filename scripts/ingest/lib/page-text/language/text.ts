import { isDirectionalMark } from './directional-marks.ts';
import { createHash } from 'node:crypto';
/** Small text helpers shared by the stages. */

/**
 * Words in a text: each CJK character counts one word; Thai, Lao, Khmer and Burmese, written without
 * spaces between words, count their dictionary words (Intl.Segmenter); elsewhere a word is a run of letters and
 * digits, and the combining marks inside it (Devanagari's and Bengali's vowel signs), joined by single apostrophes or
 * hyphens ("China's", "people-to-people"). The same count
 * as the regular expression `[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*` over the text with CJK characters
 * blanked, in one pass without allocating: every stage counts the words of every line, and the
 * regular expressions were a tenth of the ingest's time. With `atMost`, counting stops there: the
 * answer is min(words, atMost).
 */
export function countWords(text: string, atMost = Infinity): number {
  let count = 0;
  let inWord = false; // the last character was a letter or digit
  let joined = false; // the last character was a joiner right after a letter or digit
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let word: boolean;
    if (c < 0x80) word = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
    else if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
      if (++count >= atMost) return count;
      word = false;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      const pair = text.slice(i, i + 2);
      word = LETTER_OR_DIGIT.test(pair);
      i++;
      if (!word && inWord && MARK.test(pair)) continue;
    } else if (isUnspaced(c)) {
      // A run of Thai, Lao, Khmer or Burmese: its words, as the script's dictionary breaks them. The
      // run goes on over a space between its phrases: one segmenter call per line, not per phrase.
      let end = i + 1;
      while (end < text.length && (isUnspaced(text.charCodeAt(end)) || (text.charCodeAt(end) === 0x20 && isUnspaced(text.charCodeAt(end + 1))))) end++;
      count += dictionaryWords(text.slice(i, end), atMost - count);
      if (count >= atMost) return count;
      i = end - 1;
      inWord = joined = false;
      continue;
    } else {
      word = isLetterOrDigit(c);
      // A vowel sign or a virama inside a word ("शनिवार", "পূর্বাহ্ণ", an accent written apart) is
      // part of it: the letters on either side are one word, not two. Asked only of what is no letter
      // or digit (no mark is either), so a word's letters cost one lookup each, as before marks counted.
      if (!word && inWord && isMark(c)) continue;
    }
    if (word) {
      // Enough counted: the caller asked whether there are so many (the rest of a paragraph is not read).
      if (!inWord && !joined && ++count >= atMost) return count;
      inWord = true;
      joined = false;
    } else {
      joined = inWord && (c === 0x27 || c === 0x2d || c === 0x2019);
      inWord = false;
    }
  }
  return count;
}

/**
 * Thai, Lao, Myanmar and Khmer (with their extensions): scripts written without spaces between words,
 * whose vowel signs are combining marks, so a run of letters is neither a word nor a count of them.
 */
const isUnspaced = (c: number) =>
  (c >= 0x0e00 && c <= 0x0eff) || (c >= 0x1000 && c <= 0x109f) || (c >= 0x1780 && c <= 0x17ff) || (c >= 0x19e0 && c <= 0x19ff) || (c >= 0xa9e0 && c <= 0xa9ff) || (c >= 0xaa60 && c <= 0xaa7f);
/** ICU's word breaks, which carry dictionaries for these scripts (the locale does not matter to them). */
const wordBreaks = new Intl.Segmenter('und', { granularity: 'word' });
/** The words of a run of such a script, up to atMost (linear: the segmenter reads the run once). */
function dictionaryWords(run: string, atMost: number): number {
  let n = 0;
  for (const s of wordBreaks.segment(run)) if (s.isWordLike && ++n >= atMost) break;
  return n;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
/** Whether each character of the Basic Multilingual Plane is a combining mark, as met: 0 unknown, 1 yes, 2 no. */
const BMP_MARKS = new Uint8Array(0x10000);
function isMark(code: number): boolean {
  let known = BMP_MARKS[code];
  if (!known) BMP_MARKS[code] = known = MARK.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}
/** Whether each character of the Basic Multilingual Plane is a letter or digit, as met: 0 unknown, 1 yes, 2 no. */
const BMP_WORD_CHARS = new Uint8Array(0x10000);
function isLetterOrDigit(code: number): boolean {
  let known = BMP_WORD_CHARS[code];
  if (!known) BMP_WORD_CHARS[code] = known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/**
 * A key under which two spellings of the same text compare equal (case, spacing, quote style):
 * lower case, every run of other characters than letters and digits (quotes of any style included)
 * one space.
 */
export function textKey(text: string): string {
  const lower = text.toLowerCase();
  // The same as `lower.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()`: its runs of letters and digits, one
  // space between. In one pass, letters looked up as countWords does: most text has a curly quote
  // or a dash, and the Unicode-property replace was most of the dedupe stage's time. Runs that one
  // plain space already sets apart are copied as one piece (most of a sentence's words): a slice per
  // stretch between other marks, not one per word and a join.
  let key = '';
  // The stretch of the text not yet copied: from the first run of it to the end of its last.
  let from = -1;
  let to = -1;
  let start = -1;
  const endRun = (end: number) => {
    if (to !== -1 && start === to + 1 && lower.charCodeAt(to) === 0x20) to = end;
    else {
      if (to !== -1) key = key ? `${key} ${lower.slice(from, to)}` : lower.slice(from, to);
      from = start;
      to = end;
    }
    start = -1;
  };
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    let word: boolean;
    let pair = false;
    if (c < 0x80) word = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < lower.length && (lower.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      word = LETTER_OR_DIGIT.test(lower.slice(i, i + 2));
      pair = true;
    } else word = isLetterOrDigit(c);
    if (word) {
      if (start === -1) start = i;
    } else if (start !== -1) endRun(i);
    if (pair) i++;
  }
  if (start !== -1) endRun(lower.length);
  if (to !== -1) key = key ? `${key} ${lower.slice(from, to)}` : lower.slice(from, to);
  return key;
}

const STOP_AT_END = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'with', 'by', 'from', 'as', 'is', 'be', 'will', 'its', 'his', 'her', 'their', 'that']);

/**
 * URL slug: ASCII, lowercase, at most `maxWords` words, no trailing little words. Greek and Cyrillic
 * are transliterated ("Дмитрий Иванов" → "dmitrii-ivanov"); text with no Latin, Greek or Cyrillic
 * letters or digits left (Chinese, Arabic, symbols only) gets `u-` and a hash of the text, so a slug
 * is never empty and two different texts never share one by losing all their letters.
 */
export function slugify(text: string, maxWords = 6): string {
  const words = slugWords(text, maxWords);
  return words.length ? words.join('-') : 'u-' + createHash('sha1').update(text.normalize('NFC')).digest('hex').slice(0, 10);
}

/** slugify's words (none for a text with no Latin, Greek or Cyrillic letter or digit: article-slug.ts names it otherwise). */
export function slugWords(text: string, maxWords = 6): string[] {
  const words = transliterate(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase())
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords);
  while (words.length > 1 && STOP_AT_END.has(words[words.length - 1])) words.pop();
  return words;
}

// Greek (ELOT 743, simplified) and Cyrillic (Russian, Ukrainian, Bulgarian, Serbian: BGN-like, simplified),
// and the Latin letters NFKD leaves whole (no base letter + mark to strip: "Łukasz" would lose its Ł).
const TRANSLIT: Record<string, string> = Object.fromEntries(
  [
    'α a β v γ g δ d ε e ζ z η i θ th ι i κ k λ l μ m ν n ξ x ο o π p ρ r σ s ς s τ t υ y φ f χ ch ψ ps ω o',
    'а a б b в v г g д d е e ё e ж zh з z и i й i к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ч ch ш sh щ shch ъ _ ы y ь _ э e ю yu я ya',
    'є ye і i ї yi ґ g ђ dj ј j љ lj њ nj ћ c џ dz ў u',
    'ł l ø o ß ss ı i æ ae œ oe đ d ð d þ th ħ h ŀ l ŧ t ĸ k ŋ ng ſ s ƀ b ƚ l ɨ i ʉ u',
  ]
    .join(' ')
    .split(' ')
    .reduce<[string, string][]>((pairs, w, i, all) => (i % 2 ? pairs : [...pairs, [w, all[i + 1] === '_' ? '' : all[i + 1]]]), []),
);

// Greek, Cyrillic, and the Latin letters past ASCII that the table spells (lower case: the text is lowered first).
const NEEDS_TRANSLIT = /[\u0370-\u03ff\u0400-\u04ffłøßıæœđðþħŀŧĸŋſƀƚɨʉ]/;
const NEEDS_TRANSLIT_ALL = new RegExp(NEEDS_TRANSLIT.source, 'g');

function transliterate(lower: string): string {
  return NEEDS_TRANSLIT.test(lower) ? lower.replace(NEEDS_TRANSLIT_ALL, (ch) => TRANSLIT[ch] ?? ' ') : lower;
}

/** Words with a capital in a line, over all words: headlines and names score high. */
export function endsLikeSentence(text: string): boolean {
  // What `/[.!?…。！？।؟۔…]["'”’)\]」』»«“…]*$/` finds in the trimmed text, read from its end: the
  // pattern, anchored at the end only, is tried from every character of a long paragraph.
  const t = text.trim();
  let i = t.length - 1;
  // A directional mark after the stop (".\u200F", a paragraph's closing isolate) is invisible: the line ends in its stop.
  while (i >= 0 && (CLOSERS.has(t.charCodeAt(i)) || isDirectionalMark(t.charCodeAt(i)))) i--;
  return i >= 0 && SENTENCE_MARKS.has(t.charCodeAt(i));
}
// Quotes and brackets that close after a sentence's mark: English and CJK ones, German „…“ and »…«,
// guillemets «…» and ‹…›, full-width brackets.
const CLOSERS = new Set([...'"\'”’)]」』»«“›‹）】》〉］〕'].map((c) => c.charCodeAt(0)));
// Full stops, question and exclamation marks of the scripts of most news on the web: Latin, CJK (and
// the half-width "｡"), the Devanagari danda and double danda, the Arabic question mark and the Urdu
// full stop, the Armenian, Ethiopic, Myanmar and Khmer full stops (Khmer's closing "៕" too).
const SENTENCE_MARKS = new Set([...'.!?…。！？｡।॥؟۔։።။។៕‼⁇⁈⁉'].map((c) => c.charCodeAt(0)));

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** "Oct", "Oct.", "October", "Sept" → 1-based month number, or 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september'));
  return i + 1;
}

/** Days in each month of a common year; February gains one in a leap year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * "YYYY-MM-DD" when the three make a calendar day, else null. Every date pattern asks it of every
 * match (dates.ts): a year of four figures is answered from the calendar's rules, without a Date
 * and its ISO string; anything else (a fraction, a year Date.UTC reads as 19xx, one toISOString
 * writes with a sign) as Date answers it. tests/ingest/iso-date.test.ts holds both to Date's answer.
 */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year >= 1000 && year <= 9999 && Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day)) {
    if (month < 1 || month > 12 || day < 1) return null;
    const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    if (day > MONTH_DAYS[month - 1] + (leap ? 1 : 0)) return null;
    return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
  }
  return isoDateOfDate(year, month, day);
}

/** isoDate as a Date reads it: for the numbers the calendar rules above do not answer, and for the test. */
export function isoDateOfDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function weekdayOf(iso: string): string {
  return WEEKDAYS[new Date(iso + 'T00:00:00Z').getUTCDay()];
}

export function truncate(text: string, max = 80): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

/** Code-unit order: what `sort()` does, and many times faster than localeCompare on 10,000 items. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
