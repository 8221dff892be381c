/**
 * The title part of an article's address (corpus.ts adds the date and, on a clash, a suffix). People
 * send these links, so the address should say what the page is in letters anyone can type, the same
 * on every build. Titles in Latin, Greek or Cyrillic letters get slugify's words, unchanged (the
 * published addresses of such articles stay where they are). Other scripts, which slugify drops
 * (a Chinese title with one digit became `/articles/2/`, a Korean one `u-<hash>`), are spelled in
 * Latin letters by any-ascii (ISC, 0.5 MB, pinned to one version so the spelling cannot change under
 * a published address): Chinese in pinyin without tones, Korean in its revised romanization, kana in
 * romaji, Thai, Arabic, Hebrew and Devanagari letter by letter. Japanese kanji get their Chinese
 * reading (no dictionary), and the abjads lose their unwritten vowels: still the title's own words, and
 * better than a hash nobody can read. Emoji are left out (decoration, not words).
 */
import anyAscii from 'any-ascii';
import { slugWords } from './text.ts';

/** Words a spaced title keeps, as slugify; Chinese characters count a syllable each, so a title of them keeps twice as many. */
const MAX_WORDS = 6;
const MAX_SYLLABLES = 12;
/** The title part of an address stays short enough to read out and to paste (German compounds, long runs of syllables). */
const MAX_LENGTH = 60;

/** A run of letters, marks or digits of a script slugify does not spell (any but Latin, Greek, Cyrillic). */
const OTHER_RUN = /(?:(?![\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Inherited}\p{Script=Common}])[\p{L}\p{M}\p{N}]|(?<=[\p{Script=Hiragana}\p{Script=Katakana}])ー)+/gu;
/** A Chinese character: one syllable, a word of its own ("中国科学" → zhong-guo-ke-xue, not zhongguokexue). */
const HAN = /\p{Script=Han}/u;
const KANA_TURN = /^(?:\p{Script=Hiragana}\p{Script=Katakana}|\p{Script=Katakana}\p{Script=Hiragana})$/u;
/** Pictographs, their joiners and variation selectors, flags' regional indicators, keycap marks. */
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u200d\ufe0e\ufe0f\u20e3]/gu;

/**
 * `outlet` names a title with no letters at all ("2024", "100!"): digits alone read as a page number
 * or a year (`/articles/2/`), so the outlet's words (or "article") come first.
 */
export function articleSlug(title: string, outlet: string | null = null): string {
  const text = title.normalize('NFC').replace(EMOJI, ' ');
  const han = HAN.test(text);
  const words = slugWords(text.replace(OTHER_RUN, spell), han ? MAX_SYLLABLES : MAX_WORDS);
  const slug = capped(words);
  if (/[a-z]/.test(slug)) return slug;
  const lead = (outlet && capped(slugWords(outlet.replace(EMOJI, ' ').replace(OTHER_RUN, spell), 3))) || 'article';
  return slug ? `${lead}-${slug}` : lead;
}

/**
 * A run of another script in Latin letters: Chinese characters one syllable at a time, anything else
 * (a Korean word, a kana word, an Arabic word) as one word. Spaces around it keep it apart from
 * Latin words it is written against ("WHO签署" → who-qian-shu).
 */
function spell(run: string): string {
  let out = ' ';
  let rest = '';
  for (const ch of run) {
    // Hiragana and katakana take turns within a phrase: each stretch is a word ("しいロケットを" → shii roketto o).
    if (KANA_TURN.test(rest.slice(-1) + ch)) {
      out += `${anyAscii(rest)} `;
      rest = '';
    }
    if (HAN.test(ch)) {
      out += `${anyAscii(rest)} ${anyAscii(ch)} `;
      rest = '';
    } else rest += ch;
  }
  return `${out}${anyAscii(rest)} `;
}

/** Words joined by hyphens, cut at a word's end within MAX_LENGTH. */
function capped(words: string[]): string {
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    // A word that does not fit is cut inside only when the words before it say too little on their own.
    if (next.length > MAX_LENGTH) return slug.length >= MAX_LENGTH / 2 ? slug : next.slice(0, MAX_LENGTH);
    slug = next;
  }
  return slug;
}
