/**
 * The byline a saved page shows in the first texts under its headline, read as the text path reads
 * its header (stages/segment.ts): "By Anna Berg", "By" then "Anna Berg", "Anna Berg" over or under the
 * stamp or her role, a name among the parts of the stamp's row, "Anna Berg, Li Wei & Jo Park" over the
 * stamp. For a page whose byline element carries no name a byline is known by (lib/html/metadata/html-meta.ts).
 * Past the first stamp the texts are the article's or another story's: only the stamp's neighbours
 * are read after it.
 */
import { writersLabelledApart } from './writers-labelled-apart.ts';
import { findFusedDates } from '../dates/dates.ts';
import { countWords, endsLikeSentence } from '../page-text/language/text.ts';
import { cleanAuthor, isRole, withoutClosingAbbreviation } from './author.ts';
import { SEPARATOR_LINE } from './byline-labels.ts';
import { caselessNamesOverStamp } from './caseless-labelled-byline.ts';
import { firstPartOfRow, namesAPerson, readLabelledLine, readsOtherLanguages } from './labelled-line.ts';
import { NAME_JOINER } from './name-shape.ts';
import { bareName, CALL_TO_ACT, listsMoreNamesAfter, READING_TIME, lowerCaseWords, nameInStampRow, namesList, wordsOfNamesOnly } from './name-lines.ts';

/** How many words a line under the headline may hold to be a date line ("Updated on September 6, 2025 · 8 min read"). */
const DATE_LINE_WORDS = 12;

const isDateLine = (line: string) => countWords(line) <= DATE_LINE_WORDS && findFusedDates(line).length > 0;

/** How many texts past the stamp the header may go on with short ones (a photo credit, "By", the name). */
const HEADER_PAST_STAMP = 6;

/** A text of the article: a sentence of some length. */
const isSentence = (line: string) => countWords(line) >= 8 && endsLikeSentence(line);

/** A labelled byline's name, when the name after the label is shaped as one ("By 2030, …" names nobody). */
function labelledName(line: string, previous: string, lang: string): string | null {
  const read = readLabelledLine(line, previous, { english: true, otherLanguages: readsOtherLanguages(lang), barePrepositionAlone: true });
  if (!read) return null;
  const name = firstPartOfRow(read.words);
  if (endsLikeSentence(withoutClosingAbbreviation(name)) || countWords(name) > 12) return null;
  const cleaned = cleanAuthor(name);
  return cleaned && namesAPerson(cleaned) ? name : null;
}

/**
 * The labelled byline of the texts right under the headline ("By Anna Berg", "By" then "Anna Berg"),
 * before the stamp's next line, as written, or null: the byline the page shows its reader with its label.
 */
export function labelledBylineUnderHeadline(lines: readonly string[], lang: string): string | null {
  return labelledBylineAroundStamp(lines, lines.findIndex(isDateLine), lang);
}

/** labelledBylineUnderHeadline, where the stamp's line (`stamp`, -1 for none) is known already. */
function labelledBylineAroundStamp(lines: readonly string[], stamp: number, lang: string): string | null {
  // Past the stamp and its next line, texts are the article's: a labelled byline there is a quote's or
  // a teaser's. But a few short texts past it (a photo credit, "By" over the name) are still the
  // header; the article's first sentence ends it.
  let reach = stamp === -1 ? lines.length : Math.min(lines.length, stamp + 2);
  while (stamp !== -1 && reach < Math.min(lines.length, stamp + HEADER_PAST_STAMP) && !isSentence(lines[reach - 1])) reach++;
  for (let i = 0; i < reach; i++) {
    const name = labelledName(lines[i], i > 0 ? lines[i - 1] : '', lang);
    // "By —" / "Anna Berg" / "By —" / "Li Wei": each writer on a labelled byline of their own, one block after the other: all of them.
    if (name) return writersLabelledApart(lines, i) ?? name;
  }
  return null;
}

/**
 * The byline of the texts right under the headline (`lines`, in page order), as written (the caller
 * cleans it), or null. `lang` is the page's language: other languages' labels are read only on a page
 * in another language than English.
 */
export function bylineUnderHeadline(lines: readonly string[], lang: string): string | null {
  const stamp = lines.findIndex(isDateLine);
  const labelled = labelledBylineAroundStamp(lines, stamp, lang);
  if (labelled) return labelled;
  // "राहुल शर्मा" / "नई दिल्ली, 14 मार्च 2025": names alone in a script without capitals, over the stamp.
  const caseless = caselessUnderHeadline(lines);
  if (caseless) return caseless;
  // "Anna Berg" / "|" / "Content Administrator" right under the headline: the name over the author's role.
  const first = lines[0]?.trim() ?? '';
  const next = withDropCap(lines, nextPast(lines, 0, 1));
  const nameShown = bareName(first) && /\p{Ll}/u.test(first) && !CALL_TO_ACT.test(first) && wordsOfNamesOnly(first, lowerCaseWords(lines));
  // Or "Anna Berg" alone right under the headline, over the article's first sentence, its stamp or its
  // reading time, as the text path reads it (stages/segment.ts). Over a link, a list's comma or a
  // section ("Stay Connected" / "Continue Shopping", "Essays" / ","), the words are a menu's.
  const opensArticle = isSentence(next) || isDateLine(next) || READING_TIME.test(next.trim());
  if (nameShown && (isRole(next.trim()) || (opensArticle && !first.includes('&')))) return first;
  if (stamp === -1) return null;
  // A name with no label is one whose words these texts never write in lower case ("Climate Policy"
  // over the stamp is a section when the standfirst speaks of climate).
  const lower = lowerCaseWords(lines);
  const inRow = nameInStampRow(lines[stamp]);
  if (inRow && wordsOfNamesOnly(inRow, lower)) return inRow;
  // "Anna Berg" over the stamp (or over her role over it), or under it; a separator in an element of
  // its own ("2025-12-17" / "·" / "Anna Berg") stands between.
  const over = nextPast(lines, stamp, -1);
  for (const j of [over, nextPast(lines, over, -1), nextPast(lines, stamp, 1)]) {
    // "Anna Berg in" / "Project Management": the word that leads to the section the byline files the article under.
    const text = (lines[j]?.trim() ?? '').replace(/(?<!\s)\s+in$/u, '');
    if (j < over && !isRole(lines[over] ?? '')) continue;
    if (!text || !/\p{Ll}/u.test(text) || CALL_TO_ACT.test(text) || !wordsOfNamesOnly(text, lower)) continue;
    if ((bareName(text) && !text.includes('&')) || namesList(text)) return text;
  }
  return null;
}

/**
 * The text at `i`, with the paragraph it opens when it is a drop cap in an element of its own ("I" /
 * "N the spring the two ministries agreed …"): the first sentence, its first letter set apart for its size.
 */
function withDropCap(lines: readonly string[], i: number): string {
  const text = lines[i]?.trim() ?? '';
  return /^\p{Lu}$/u.test(text) && i + 1 < lines.length ? text + lines[i + 1].trim() : text;
}

/** The names of the first line under the headline, names alone in a script without capitals over the stamp (caseless-labelled-byline.ts). */
function caselessUnderHeadline(lines: readonly string[]): string | null {
  const first = lines[0]?.trim() ?? '';
  const under = lines[nextPast(lines, 0, 1)];
  if (!first || under === undefined) return null;
  return caselessNamesOverStamp(first, under, isDateLine(under), () => lines.some((l, j) => j !== 0 && l.includes(first)));
}

/** The index of the next text from `i` in direction `step` that is more than a separator alone ("·", "|"). */
function nextPast(lines: readonly string[], i: number, step: 1 | -1): number {
  let j = i + step;
  while (j >= 0 && j < lines.length && SEPARATOR_LINE.test(lines[j])) j += step;
  return j;
}

/** A text that only joins two names ("," "&" "and"), between the names' own elements. */
const JOINER = /^(?:,|&|and)$/;

/** The texts with the names a list's elements split apart joined again: "Bao Xu", ",", "Li Wei" → "Bao Xu, Li Wei". */
function withListsJoined(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const joiner = lines[i].trim();
    if (JOINER.test(joiner) && out.length && i + 1 < lines.length) {
      out[out.length - 1] += `${joiner === ',' ? ',' : ` ${joiner}`} ${lines[++i].trim()}`;
    } else out.push(lines[i].trim());
  }
  return out;
}

/** A comma, "&", or a joining word between spaces ("and", "und", "et" …: lib/bylines/name-shape.ts). */
const LIST_MARK = new RegExp(`,|&|\\s${NAME_JOINER}\\s`, 'u');
const mayListNames = (line: string) => LIST_MARK.test(line);

/**
 * The list of authors under the headline that names `name` first and more after it ("Bao Xu, Lina
 * Adwan & Li Wei" for "Bao Xu"), or null: where a page's field gives its first author only.
 */
export function namesListUnderHeadline(lines: readonly string[], name: string): string | null {
  for (const line of withListsJoined(lines)) {
    // A list sets its names apart with a comma, "&" or a joining word (listsMoreNamesAfter), and cleanAuthor
    // only cuts a line, it writes none of those in: a line without any lists nobody, and is not
    // cleaned (every line under the headline of every page whose field names one author).
    if (!mayListNames(line)) continue;
    const cleaned = cleanAuthor(line);
    if (cleaned && listsMoreNamesAfter(cleaned, name)) return cleaned;
  }
  return null;
}

