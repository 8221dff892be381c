/**
 * figures: quantitative claims — a number, what it counts, its qualifier ("more than"), the
 * sentence and who said it. Claims about the same measure share a key whatever the wording
 * ("161 countries and regions" / "more than 160 countries and regions"; "114 inter-governmental
 * scientific and technological cooperation agreements" / "116 inter-governmental agreements on
 * sci-tech cooperation"; "30 institutions" / "40 universities and institutes"), so the corpus stage
 * can group them into series over time, and a series' id (its page's address) stays put when a
 * source rewords the measure (lib/facts/measure.ts).
 */
import type { FigureFound, Paragraph, Quote } from '../types.ts';
import { Report } from '../report.ts';
import { MAX_FIGURES } from '../lib/safety/limits.ts';
import { CHANGE_VERBS, DESCRIPTORS, measureKey, withoutDescriptors } from '../lib/facts/measure.ts';
import { startsTimePhrase } from '../lib/facts/time-phrase.ts';
import { monthOfName } from '../lib/dates/month-names.ts';
import { primarySubtag } from '../lib/page-text/language/language-tag.ts';
import { MONTHS } from '../lib/page-text/language/text.ts';

const WORD_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const QUALIFIERS = 'more than|over|nearly|almost|about|around|approximately|roughly|at least|up to|some|exceeding|close to|fewer than|less than|under|above|below|as many as';
const NUM = `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:${Object.keys(WORD_NUMBERS).join('|')})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?`;
export const FIGURE = new RegExp(
  `(?<![\\p{L}\\p{N}\\-.,/])(?:(${QUALIFIERS})\\s+)?(${NUM})(?!\\p{L})(?:\\s*(?:-|–|to)\\s*(${NUM}))?(?:\\s+(thousand|million|billion|trillion))?(?![\\p{N}\\p{L}\\-]|\\.\\d)(\\s*(?:%|per ?cent))?`,
  'giu',
);
/**
 * FIGURE's matches in a sentence, in order: what `sentence.matchAll(FIGURE)` gives. The pattern (a
 * look-behind, twenty qualifiers and thirty number words, case-folded) tried at every character was the
 * figures stage's main cost; here it is tried, anchored (flag y), only where a match can start: at a
 * character its first one can be (a digit, or the first letter of a qualifier or a number word, as the
 * flags fold them: FIRST_CHAR) that no ASCII letter or digit precedes (the look-behind rejects those).
 * Every other place the unanchored search would try fails there, so the first anchored match from
 * where the last one ended is the search's next match (tests/ingest/text-speed-equivalence.test.ts).
 */
export function figureMatches(sentence: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (let i = 0; i < sentence.length; i++) {
    if (!mayStartFigure(sentence.charCodeAt(i)) || (i > 0 && isAsciiLetterOrDigit(sentence.charCodeAt(i - 1)))) continue;
    FIGURE_AT.lastIndex = i;
    const m = FIGURE_AT.exec(sentence);
    if (!m) continue;
    found.push(m);
    // A match is never empty (NUM is not): the next one starts at or after its end.
    i = FIGURE_AT.lastIndex - 1;
  }
  return found;
}
const FIGURE_AT = new RegExp(FIGURE.source, 'iuy');
/** A character the first of a qualifier, a number word or a digit can be, as the flags "iu" fold letters. */
const FIRST_CHAR = new RegExp(`[${[...new Set([...QUALIFIERS.split('|'), ...Object.keys(WORD_NUMBERS)].map((w) => w[0]))].join('')}0-9]`, 'iu');
/** Whether each character of the Basic Multilingual Plane may start a match, as met: 0 unknown, 1 yes, 2 no. */
const FIRST_CHARS = new Uint8Array(0x10000);
function mayStartFigure(code: number): boolean {
  let known = FIRST_CHARS[code];
  if (!known) FIRST_CHARS[code] = known = FIRST_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}
const isAsciiLetterOrDigit = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
/** Words that end the noun phrase after a number. */
const STOP = new Set('enough only just up down nearly roughly of in on at to for from with by as that which who than and or but is are was were has have had will would be been since during between into over under about after before this its their his her the a an'.split(' '));
/** Counts of time are durations, not figures ("40 years of reform"). */
const TIME_UNITS = /^(?:years?|months?|days?|hours?|minutes?|seconds?|weeks?|decades?|centuries|century|times?-?|am|pm|a\.m|p\.m|o'clock)$/i;
/** "relations with 161 …", "users in 175 …": the noun the counted things belong to. */
export const CONTEXT = /(?:([\p{L}-]+)\s+)?([\p{L}-]+)\s+(with|in|to|for|from|among|across|covering)\s+$/u;
/** Words after a number that count nothing by themselves: parts of a text, not things in the world. */
const EMPTY_UNITS = /^(?:others?|ones?|of|times|aspects?|ways?|points?|parts?|sides?|things?|steps?|respects?|areas?|fields?|kinds?|types?|categories|reasons?|questions?|issues?|items?|pillars?|principles?|priorities|tasks?|goals?|phases?|stages?|rounds?)$/i;

/**
 * Could FIGURE match the sentence: has it a digit, or one of its number words? Most sentences have
 * neither, and the pattern (a look-behind, then twenty qualifiers and thirty number words tried at
 * every character) is the stage's main cost. The words are looked for in the lower-cased text; the
 * long s is the one character outside ASCII that the pattern's case folding reads as a letter of
 * them ("ſix"), so a sentence with one is always read by the pattern.
 */
export function mayHoldFigure(sentence: string): boolean {
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || c === 0x17f) return true;
  }
  return NUMBER_WORD_PART_ANY_CASE.test(sentence);
}
/** Every number word of NUM holds one of these. */
export const NUMBER_WORD_PARTS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirt', 'fift', 'twent', 'fort', 'hundred', 'dozen'];
/**
 * Any of NUMBER_WORD_PARTS, in one scan of the text instead of one per part (the body set's 18,425
 * sentences: ~27 → ~13 ms; tests/ingest/html-speed-equivalence.test.ts holds it to the list).
 */
export const NUMBER_WORD_PART = /t(?:wo|hree|en|welve|hirt|went)|f(?:our|ive|ift|ort)|s(?:ix|even)|eight|nine|eleven|hundred|dozen/;
/**
 * NUMBER_WORD_PART in any case, for the text as it is: no lower-cased copy of every sentence without a
 * digit. The same answer: "i" folds ASCII letters only, and lower-casing makes ASCII letters of only
 * two other characters, the Kelvin sign ("k", in no part) and "İ" ("i" and a combining dot, which no
 * part's letter follows "i" with); tests/ingest/html-speed-equivalence.test.ts holds the two equal.
 */
export const NUMBER_WORD_PART_ANY_CASE = new RegExp(NUMBER_WORD_PART.source, 'i');

/**
 * Could CONTEXT match: does the text end with one of its words ("with", "in", …) between
 * whitespace? The pattern, anchored at the end only, is tried from every character of the text.
 */
export function endsWithContextWord(text: string): boolean {
  let end = text.length;
  while (end > 0 && WHITESPACE.test(text[end - 1])) end--;
  if (end === text.length) return false;
  let start = end;
  while (start > 0 && end - start < LONGEST_CONTEXT_WORD && isAsciiLowerLetter(text.charCodeAt(start - 1))) start--;
  return start > 0 && WHITESPACE.test(text[start - 1]) && CONTEXT_WORDS.has(text.slice(start, end));
}
const WHITESPACE = /^\s$/u;
const CONTEXT_WORDS = new Set(['with', 'in', 'to', 'for', 'from', 'among', 'across', 'covering']);
const LONGEST_CONTEXT_WORD = 8;
const isAsciiLowerLetter = (c: number) => c >= 0x61 && c <= 0x7a;

/**
 * The figures of an article in `lang` (a BCP-47 tag; null or "und" when its language is not known).
 * The number words are English ("ten", "six"): in another language the same letters are other words
 * (Czech and Polish "ten" is "this", "that"), so there only numbers written in digits are read.
 */
export function findFigures(paragraphs: Paragraph[], quotes: Quote[], report: Report, lang: string | null = null): FigureFound[] {
  const wordsAreNumbers = readsNumberWords(lang);
  const figures: FigureFound[] = [];
  const speakerOf = new Map<string, string>(); // the first quote of a sentence, as a find() would give
  for (const q of quotes) {
    const key = `${q.paragraph}\n${q.sentence}`;
    if (!speakerOf.has(key)) speakerOf.set(key, q.person);
  }
  for (const p of paragraphs) {
    for (const sentence of p.sentences) {
      if (!mayHoldFigure(sentence)) continue;
      for (const m of figureMatches(sentence)) {
        if (!wordsAreNumbers && !isDigit(m[2].charCodeAt(0))) continue;
        if (wordsAreNumbers && !m[1] && partOfAName(sentence, m.index!)) continue;
        const figure = readFigure(m, sentence);
        if (!figure) continue;
        if (aloneOnItsLine(figure.text, sentence)) {
          report.add('figures', 'figure-without-a-claim', 'removed', figure.text, 'a number and its unit alone on their line (a recipe\'s "4 servings", an ingredient, a fact box\'s label): no sentence claims it');
          continue;
        }
        if (figures.length === MAX_FIGURES) {
          report.add('figures', 'figure-cap', 'removed', undefined, `figures after the first ${MAX_FIGURES} (from ${p.id} on) not recorded`);
          return figures;
        }
        const speaker = speakerOf.get(`${p.id}\n${sentence}`) ?? null;
        figures.push({ ...figure, paragraph: p.id, sentence, speaker });
        report.add('figures', 'figure', 'found', figure.text, figure.key);
      }
    }
  }
  return figures;
}

/**
 * Whether a figure is all its sentence says: "4 adag", "90 perc", "15 dkg liszt", "2 cups flour" on a
 * line of their own are a recipe card's servings and time, an ingredient list's items, a fact box's
 * labels, in any language; a figure worth charting is a claim some sentence makes about it ("The
 * recipe serves 4.", "Prices rose 15%."). Marks around it (a list's bullet, a closing stop) say nothing more.
 */
function aloneOnItsLine(figure: string, sentence: string): boolean {
  // The closing marks' match starts only where their run starts, so a long run inside the sentence is read once.
  const bare = sentence.replace(/^[\s\p{P}\p{S}]+/u, '').replace(/(?<![\s\p{P}\p{S}])[\s\p{P}\p{S}]+$/u, '');
  return bare.toLowerCase() === figure.toLowerCase();
}

/**
 * Words an English sentence writes a number after to name one thing of a numbered set, not to count:
 * "type 2 diabetes", "phase 3 trials", "version 2 rules", "article 5 powers".
 */
const NUMBERING_WORD = /(?:^|[^\p{L}\p{N}])(?:type|phase|level|grade|stage|version|model|class|category|number|no\.|article|chapter|section|part|step|room|flight|route|line|gate|platform|row|seat|tier)\s+$/iu;
/** A capitalised word right before the number: the number belongs to a name ("Fortune 500 companies", "Boeing 737 jets"). */
const CAPITALISED_WORD_BEFORE = /(?:^|[^\p{L}\p{N}'’-])\p{Lu}[\p{L}\p{N}'’-]*\s+$/u;
/**
 * Whether the number at `at` is part of a name or a numbering rather than a count, in an English
 * sentence: after a numbering word anywhere ("Type 2 diabetes"), or after a capitalised word that is
 * not the sentence's first ("Fortune 500 companies"; "Nine tips" and "Officials said 30 …" stay).
 */
function partOfAName(sentence: string, at: number): boolean {
  const before = sentence.slice(Math.max(0, at - 40), at);
  if (NUMBERING_WORD.test(before)) return true;
  const capitalised = CAPITALISED_WORD_BEFORE.exec(before);
  return !!capitalised && !startsSentenceAt(sentence, at - capitalised[0].trimStart().length);
}
/** Whether a word at `start` begins the sentence (only punctuation or quotation marks before it). */
const startsSentenceAt = (sentence: string, start: number) => /^[\s\p{P}]*$/u.test(sentence.slice(0, start));

/** Whether an article's number words are FIGURE's (English) ones: an English article, or one whose language is not known (as before languages were told). */
const readsNumberWords = (lang: string | null) => !lang || lang === 'und' || primarySubtag(lang) === 'en';
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

function readFigure(m: RegExpMatchArray, sentence: string) {
  const [whole, qualifier, first, second, scaleWord, percent] = m;
  const value = toNumber(first) * (scaleWord ? SCALE[scaleWord.toLowerCase()] : 1);
  if (!Number.isFinite(value)) return null;
  const isYear = /^\d{4}$/.test(first) && +first >= 1900 && +first <= 2100;
  if (isYear || /^one$/i.test(first)) return null;
  // Only the words just before the number matter; end-anchored patterns on a whole prefix are slow.
  const before = sentence.slice(Math.max(0, m.index! - 80), m.index);
  if (/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*$/i.test(before)) return null; // a date: "Oct. 30"
  const upper = second ? toNumber(second) * (scaleWord ? SCALE[scaleWord.toLowerCase()] : 1) : null;
  const rest = sentence.slice(m.index! + whole.length);
  const unitWords = percent ? ['per cent'] : nounPhrase(rest);
  // "18 de junio", "28 lutego", "30 October": a day of a month, not a count of anything.
  if (namesMonth(unitWords)) return null;
  if (!unitWords.length || TIME_UNITS.test(unitWords[0]) || (unitWords.length === 1 && EMPTY_UNITS.test(unitWords[0]))) return null;
  // "107.5 x 85 mm", "512 X 191": a size or a product, the number one side of it, not a count of "x".
  if (/^[x×]$/i.test(unitWords[0])) return null;
  const unit = unitWords.join(' ');
  const head = withoutDescriptors(unitWords).join(' ') || unit.toLowerCase();
  const found = endsWithContextWord(before) ? CONTEXT.exec(before) : null;
  // A share ("20% of the people") belongs to nothing before it.
  const context = percent ? null : found?.[2]?.toLowerCase() ?? null;
  // A verb ("participated in", "rose to") is not what the things belong to.
  const contextWord = context && !STOP.has(context) && !DESCRIPTORS.has(context) && !/(?:ed|ing)$/.test(context) && !CHANGE_VERBS.has(context) ? context : null;
  // The label keeps the words as written: "countries and regions (cooperation relations with …)".
  const modifier = found?.[1] && !STOP.has(found[1].toLowerCase()) && !/(?:ed|ing)$/.test(found[1]) ? found[1].toLowerCase() + ' ' : '';
  return {
    key: measureKey(unitWords, contextWord),
    label: contextWord ? `${head} (${modifier}${contextWord} ${found![3]} …)` : head,
    unit,
    value,
    upper,
    qualifier: qualifier ? qualifier.toLowerCase() : null,
    text: (whole + ' ' + (percent ? '' : unit)).trim(),
  };
}

/** A month's name, in any language the date readers know, first after a number or after "de", "of" ("24 de mayo"). */
function namesMonth(words: string[]): boolean {
  const first = words[0];
  if (!first) return false;
  if (isMonthName(first)) return true;
  return /^(?:de|del|of)$/i.test(first) && !!words[1] && isMonthName(words[1]);
}
/**
 * A month's name in the date readers' table or in English. A short form of three letters is a month
 * only capitalised ("30 Sep"): in lower case it is as often a word ("5 out of 10", "a 3 set").
 */
function isMonthName(word: string): boolean {
  if (word.length < 4 && !/^\p{Lu}/u.test(word)) return false;
  return !!monthOfName(word) || MONTHS.includes(word.toLowerCase());
}

/** The words after a number that say what it counts: "inter-governmental scientific … agreements". */
function nounPhrase(rest: string): string[] {
  // The loop reads at most the seven words it keeps and two after them: the rest is not split.
  const words = rest.trimStart().split(/\s+/, 10);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const raw = words[i];
    const w = raw.replace(/(?<![,.;:!?)"”’])[,.;:!?)"”’]+$/, '');
    const ended = w !== raw;
    // A short unit with its power is a word too: "km2", "m²" (an area, a volume).
    if (!/^[\p{L}][\p{L}&'-]*$/u.test(w) && !/^\p{Ll}{1,3}[23²³]$/u.test(w)) break;
    // "2 ч. в день", "500 approx. and …": a dot the sentence goes on after cuts a word short. What the
    // abbreviation stands for the page does not say, so it names no measure: the counted words end before it.
    if (isAbbreviation(raw, words[i + 1])) break;
    const lower = w.toLowerCase();
    // "countries and regions": keep "and" between two nouns.
    if (lower === 'and' && out.length && out.length <= 3 && joinsTwoNouns(words[i + 1], words[i + 2])) {
      out.push(w);
      continue;
    }
    if (STOP.has(lower)) break;
    // "4.6 out of 5", "30 people out of work": what follows is a scale or a state, not more of the counted words.
    if (lower === 'out' && words[i + 1]?.toLowerCase() === 'of') break;
    // "30 units last spring": when they were counted, not what (lib/facts/time-phrase.ts).
    if (out.length && startsTimePhrase(w, words[i + 1])) break;
    // "experts received", "institutions joined": a verb after the counted things ends them.
    if (/ed$/.test(lower) && /s$/i.test(out[out.length - 1] ?? '')) break;
    out.push(w);
    if (ended || out.length >= 7) break;
  }
  while (out.length && /^(?:and)$/i.test(out[out.length - 1])) out.pop();
  return out;
}

/**
 * A word written with a dot ("ч.", "approx.", "кв.", "Jr.") that the sentence runs on after in lower
 * case or with a number: an abbreviation, not a full stop ("5 дней. Новая неделя …" is two sentences).
 */
function isAbbreviation(raw: string, next: string | undefined): boolean {
  return /\p{L}\.$/u.test(raw) && !!next && /^[\p{Ll}\p{N}]/u.test(next);
}

/** "countries and regions": one more plain word after "and", and the phrase ends there. */
function joinsTwoNouns(next: string | undefined, after: string | undefined): boolean {
  if (!next || !/^[\p{L}-]+[,.;:]?$/u.test(next)) return false;
  const word = next.replace(/[,.;:]$/, '').toLowerCase();
  if (DESCRIPTORS.has(word)) return true; // "scientific and technological cooperation agreements"
  if (word in WORD_NUMBERS || /(?:ed)$/.test(word) || STOP.has(word)) return false;
  return next !== word || !after || STOP.has(after.toLowerCase().replace(/[,.;:]$/, ''));
}

function toNumber(text: string): number {
  const lower = text.toLowerCase();
  if (/^[\d,.]+$/.test(lower)) return Number(lower.replace(/,/g, ''));
  const [tens, ones] = lower.split('-');
  return (WORD_NUMBERS[tens] ?? NaN) + (ones ? WORD_NUMBERS[ones] ?? NaN : 0);
}
