/**
 * The article's stamp above its first paragraph, in a shape the date-line test (`dateLine`, a day with
 * at most three words beside it) does not read: the day with its time and zone ("9/26/2023 8:59 AM PT"),
 * the day written twice ("Saturday December 23, 2023 09:30 PM EST 12/23/2023 9:30 PM"), its label and
 * the day in figures ("Published: 10-30-2025"), or a writer's name or a reading time run into the day, as
 * a template's fields lose their spaces ("Jane RoeDecember 20, 2023", "5 min readDec 31, 2023"), or the
 * reading time run into the article's age with no day ("6 min read5 days ago"). It dates
 * and signs the article; no sentence of it. Found with html-kept-chrome.ts on the aed set's dev pages
 * (paragraphs before the first true one): no dev truth of the aed, metadata, fundus or utomo sets keeps one.
 *
 * What keeps the article's own short lines: only above the first paragraph of prose (a heading of a
 * timeline inside the story stays), a whole day (a month and year alone, "2023 Year in Review", is
 * none), no sentence's end (a standfirst that names a day is a sentence), and beside the day, its time,
 * its zone and its label nothing but a name (at most three words, each opening on a capital) or a
 * reading time: a heading or a kicker that tells what happened that day has words in lower case ("On
 * December 7, 1941, Japan attacked Pearl Harbor", "Wordle answer for December 22, 2023").
 */
import { findFusedDates, findStampDate } from '../../dates/dates.ts';
import { STAMP_ZONE } from '../../dates/zone-order.ts';
import { STAMP_LABEL } from '../../dates/date-labels.ts';
import { countWords } from '../../page-text/language/text.ts';
import { furnitureFeatures } from '../../page-text/lines/block-features.ts';

export const STAMP_ABOVE_ARTICLE_WHY = "the article's stamp above its first paragraph: its day with a time, a label or a name beside it";

/** Longer than any stamp of one line: a line this long is not read. */
const STAMP_CHARS = 120;
/** A stamp's words at most: its day twice with their times and zones, a weekday, a label and a name. */
const STAMP_WORDS = 16;
/** Words a stamp writes beside its day at most: a writer's name ("Jane Q. Roe"). */
const WORDS_BESIDE = 3;
/** A reading time run into the day or beside it ("5 min read", "3 minute read"): the stamp's. */
const READING_TIME = /\b\d{1,3}\s?min(?:ute)?s?\.?\s?read(?![\p{L}])/giu;
/** Words of an age at most, in the languages `age` reads ("5 days ago", "il y a 3 heures"). */
const AGE_WORDS = 5;
/** A word in lower case, or a figure, left beside the day: a heading's, not a name's. */
const NOT_A_NAME = /(?<![\p{L}\p{N}])[\p{Ll}\p{N}]/u;
/** A clock time with its half of the day and its zone: "8:59 AM PT", "23:30 EST", "9:30 p.m.". */
const CLOCK = new RegExp(String.raw`\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s?\(?(?:${STAMP_ZONE})\)?(?![\p{L}\p{N}]))?`, 'gu');
/** A zone or a weekday left beside the day ("Saturday", "EST"): the stamp's, no word of a heading. */
const STAMP_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${STAMP_ZONE}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|on|at)(?![\p{L}\p{N}])`, 'giu');
const DIGIT = /\d/;
const LETTER_OR_FIGURE = /[\p{L}\p{N}]/u;
const BY = /(?<![\p{L}\p{N}])by(?![\p{L}\p{N}])/iu;

/**
 * "6 min read5 days ago": the reading time run into the article's age, as a template's two fields lose
 * the space between them; either alone is a counter (`counter`, which reads them with word bounds the
 * run-in figure defeats). Once the reading time is out, what is left must be an age of a few words
 * (AGE_WORDS) and no sentence: "6 min read5 days ago the council voted" is none.
 */
function isReadingTimeAndAge(line: string): boolean {
  if (!line.includes('read') && !line.includes('READ')) return false;
  const rest = line.replace(READING_TIME, ' ').trim();
  if (rest.length === 0 || rest.length === line.length) return false;
  const age = furnitureFeatures(rest);
  return age.age && age.words <= AGE_WORDS && !age.sentenceEnd;
}

/**
 * Whether a line above the article's first paragraph is its stamp: a whole day as a stamp reads it,
 * something beside it, and once its other dates, clock times, zones, weekdays, reading time and label
 * are taken out, a name of at most WORDS_BESIDE words or nothing. Cheap checks first (no sentence's end,
 * a figure, a length): the date readers run on few lines. `words` and `sentenceEnd` as the line's
 * features count them.
 */
export function isStampAboveArticle(text: string, words: number, sentenceEnd: boolean): boolean {
  if (sentenceEnd || text.length > STAMP_CHARS || !DIGIT.test(text)) return false;
  if (words > STAMP_WORDS) return false;
  const line = text.trim();
  const day = findStampDate(line);
  if (!day) return isReadingTimeAndAge(line);
  let rest = line.replace(day.text, ' ');
  // The day alone ("📅Jul. 11. 2025") is the date-line test's to read: a page may show its day as the
  // article's first line (a truth of the metadata set keeps one); this rule is for what stands beside it.
  if (!LETTER_OR_FIGURE.test(rest)) return false;
  for (const d of findFusedDates(line)) rest = rest.replace(d.text, ' ');
  // A byline beside the day ("… 7:11 AM PST BY JANE ROE") is the byline rules' to judge: the body set's
  // Readability truths keep that line above the article (a dev page's truth opens on one).
  if (BY.test(rest)) return false;
  rest = rest.replace(READING_TIME, ' ').replace(CLOCK, ' ').replace(STAMP_WORD, ' ').trim().replace(STAMP_LABEL, '');
  return countWords(rest, WORDS_BESIDE + 1) <= WORDS_BESIDE && !NOT_A_NAME.test(rest);
}
