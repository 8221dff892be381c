/**
 * Which header line is the headline. Scraped headers hold page titles with the site name
 * appended, kickers and promotions beside the real headline; the headline is the line whose words
 * the article's first paragraphs use most, and a line that is another candidate plus " - Site"
 * is that candidate's page-title form (the suffix names the outlet).
 */
import { countWords, endsLikeSentence } from '../language/text.ts';
import { splitSentences } from '../language/sentences.ts';
import { asciiDigits as inAsciiDigits, MONTH_PATTERN } from '../../dates/dates.ts';
import { BYLINE, BYLINE_OTHER_LANGUAGE, LINE_OPENING_BYLINE, titleAfterBylineLabel } from '../../bylines/byline-labels.ts';
import { bareName, listOfFullNames, lowerCaseWords, wordsOfNamesOnly } from '../../bylines/name-lines.ts';
import { caselessLabelledByline } from '../../bylines/caseless-labelled-byline.ts';
import { cjkBylineLine } from '../../bylines/cjk-labelled-byline.ts';
import { signedReporter } from '../../bylines/reporter-sign-off.ts';
import { lineRecord, REMEMBERED_LINE_CHARS } from '../lines/line-record.ts';
import { captionByPosition, courtesyCredit } from './picture-credit-marks.ts';

export interface TitleChoice {
  title: string;
  /** Other header lines that are the same headline with a site name attached. */
  variants: { line: string; suffix: string }[];
  /** Header lines that are not the headline. */
  others: string[];
}

/** What follows a headline in a page title: " - Site", " | Site", "-Site", ": Site". */
const SUFFIX = /^\s*(?:[|–—:]|\s-\s|-(?=\p{Lu}))\s*([^|–—:]{2,40})$/u;
/** ": a Complete Guide for 2026": a colon right after the headline's words, then a subtitle. */
const SUBTITLE_AFTER = /^:\s/u;

export function chooseTitle(candidates: string[], body: string[], preferred?: string, notHeadlines: readonly string[] = []): TitleChoice | null {
  // Two sentences, or a long line ending in a full stop, is text, not a headline.
  const isText = (c: string) => splitSentences(c).length > 1 || (countWords(c) >= 8 && /\.["'”’]?$/.test(c));
  // The headline main-text found is taken as it is: a headline may hold a full stop ("The Zeta GT.
  // Tourer…", "‘Smog. We’ve got it.’") or a question ("Looking for a lab? Here are nine").
  const given = (c: string) => !!preferred && c === preferred;
  // Lines the caller knows to have no headline's shape (main-text's judgement of a text page) are furniture too.
  // A byline of full names the article never writes in lower case is no headline either (unlabelledNames).
  let lower: Set<string> | undefined;
  const bodyLower = () => (lower ??= lowerCaseWords(body));
  const notOne = (c: string) => notAHeadline(c) || notHeadlines.includes(c) || unlabelledNames(c, bodyLower);
  // A header of one line is the page's title however short it is ("Ω", "🚀"): a headline of one word
  // is no less the page's own than one of two, and the line was otherwise lost. (main-text's
  // notHeadlines judge a headline's shape, which one word never has: only furniture rules it out.)
  const sole = candidates.length === 1 && shortTitle(candidates[0]) && !notAHeadline(candidates[0]) ? candidates[0] : null;
  const lines = candidates.filter((c) => given(c) || c === sole || (countWords(c) >= 2 && !isText(c) && !notOne(c)));
  const text = candidates.filter((c) => !given(c) && countWords(c) >= 2 && isText(c));
  const furniture = candidates.filter((c) => !given(c) && countWords(c) >= 2 && !isText(c) && notOne(c));
  // A line under two words that is not the title ("Ω" under the headline, a lone "Updated") leaves the
  // article like any other header line, and is reported as such, not dropped without a trace.
  const short = candidates.filter((c) => !given(c) && c !== sole && countWords(c) < 2);
  furniture.push(...short);
  if (!lines.length) return text.length || furniture.length ? { title: '', variants: [], others: [...furniture, ...text] } : null;
  const bodyWords = contentWords(body.slice(0, 3).join(' '));
  let best = -1;
  let bestScore = -Infinity;
  lines.forEach((line, i) => {
    const words = [...contentWords(line)];
    const overlap = words.length ? words.filter((w) => bodyWords.has(w)).length / words.length : 0;
    const shape = countWords(line) >= 3 && countWords(line) <= 30 && !endsLikeSentence(line) ? 0.3 : 0;
    // The headline sits just above the article; what is further up is more likely navigation or
    // another story's headline.
    const near = (0.15 * (i + 1)) / lines.length;
    const score = overlap + shape + near;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  let title = preferred && lines.includes(preferred) ? preferred : lines[best];
  const variants: TitleChoice['variants'] = [];
  const others: string[] = [];
  for (const line of lines) {
    if (line === title) continue;
    const suffixOfLine = suffixAfter(line, title);
    // The headline main-text chose keeps what follows its colon: a subtitle ("…: a Complete Guide"),
    // where a site's name follows a dash or a bar.
    const suffixOfTitle = given(title) && SUBTITLE_AFTER.test(title.slice(line.length)) ? null : suffixAfter(title, line);
    if (suffixOfLine) variants.push({ line, suffix: suffixOfLine });
    else if (suffixOfTitle) {
      // The chosen line is the page-title form of a cleaner candidate: take the clean one.
      variants.push({ line: title, suffix: suffixOfTitle });
      title = line;
    } else others.push(line);
  }
  return { title, variants, others: [...others, ...furniture, ...text] };
}

/** Under two words, with a letter or a pictograph: "Ω", "Fusion", "🚀"; not a number or marks alone ("42", "•"). */
function shortTitle(line: string): boolean {
  return countWords(line) < 2 && SHORT_TITLE_SIGN.test(line);
}
const SHORT_TITLE_SIGN = /[\p{L}\p{Extended_Pictographic}]/u;

/** " | Daily Planet", " – Planet": a separator, then a name of one to three capitalised words, at the line's end. */
const SITE_AFTER = /^(.{12,}?)\s+[|–—-]\s+(\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+[\p{Lu}\p{N}&][\p{L}\p{N}'’.&-]*){0,2})$/u;
/** A copyright line: "© Planet 2025", "Copyright 2025 Daily Planet". */
const COPYRIGHT_LINE = /^(?:©|\(c\)|copyright\b)/i;

/**
 * The headline without its site's name: "Rice Farmers Harvest Twice | Daily Planet", when the page
 * shows "Daily Planet" again on a line of its own (its logo's text, a menu's entry) or in its
 * copyright line. The site's name, or null when the headline ends on none.
 */
export function siteNameAfter(headline: string, lines: readonly string[]): { headline: string; site: string } | null {
  const m = SITE_AFTER.exec(headline);
  if (!m) return null;
  const site = m[2].toLowerCase();
  const named = (line: string) => {
    const t = line.trim().toLowerCase();
    if (t === site) return true;
    if (!COPYRIGHT_LINE.test(t) || t.length > site.length + COPYRIGHT_EXTRA) return false;
    // The name as words of the line, not part of a longer word.
    const at = t.indexOf(site);
    return at !== -1 && !LETTER.test(t.charAt(at - 1)) && !LETTER.test(t.charAt(at + site.length));
  };
  return lines.some(named) ? { headline: m[1], site: m[2] } : null;
}
/**
 * "Flood inquiry Two resign, many questions" over its byline, "Flood inquiry: Two resign, many
 * questions" elsewhere on the page: innerText ran the kicker's element into the headline's with a
 * space. The other line, the same words with one colon between kicker and headline (a word before it
 * at least, two after it), is the headline as the page writes it. null if no line is.
 */
export function colonFormOf(headline: string, lines: readonly string[]): string | null {
  const h = headline.trim();
  if (h.split(/\s+/).length < 3) return null;
  for (const line of lines) {
    const t = line.trim();
    if (t.length !== h.length + 1 || !COLON_FORM.test(t)) continue;
    if (t.replace(/[:：](?=\s)/u, '') === h) return t;
  }
  return null;
}
/** One colon, after a word and before two: "Kicker: Headline words". */
const COLON_FORM = /^[^:：]*\S[:：]\s+\S+\s+\S[^:：]*$/u;

/**
 * The headline without the post's date written after it: "Our Canal Planner, Week Three / Dec 2025",
 * "Rice Farmers Harvest Twice | March 4, 2025". A separator, then a month and its year (a day
 * perhaps) and nothing else: the date the post went up, no words of its headline. The date, or null
 * when the headline ends on none. (A series' issue date in figures stays: nameWithItsDate.)
 */
export function dateAfterHeadline(headline: string): { headline: string; date: string } | null {
  const m = DATE_AFTER.exec(headline);
  if (!m || m.index < HEADLINE_BEFORE_DATE) return null;
  return { headline: headline.slice(0, m.index), date: m[1] };
}
/**
 * A slash, a bar or a dot, then "Dec 2025", "December 4, 2025", "4 December 2025", "Dec. 4 2025" at
 * the line's end. Not after a dash: "Best Rice Cookers – March 2025" names the month the list is for.
 */
const DATE_AFTER = new RegExp(`(?<!\\s)\\s+[/|·•]\\s+((?:\\d{1,2}\\s+)?${MONTH_PATTERN}\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+(?:19|20)\\d{2})$`, 'iu');
/** How long the headline before such a date is at least. */
const HEADLINE_BEFORE_DATE = 12;

/** How much a copyright line says besides the site's name ("© 2025 … All rights reserved."). */
const COPYRIGHT_EXTRA = 40;
const LETTER = /\p{L}/u;

/** A byline: "By Jane Roe", "Von Anna Berg", "Автор Иван Петров" (lib/bylines/byline-labels.ts holds the labels). */
const LINE_OPENING = new RegExp(`^${LINE_OPENING_BYLINE}`, 'iu');

/**
 * Lines a headline never is: a byline, a date or time line, a count, navigation the page gives
 * its reader ("Skip to main content"), a consent prompt, a section path.
 */
export function notAHeadline(line: string): boolean {
  if (line.length > REMEMBERED_LINE_CHARS) return readNotAHeadline(line);
  // The headline chooser's readers ask this of the same lines again and again (each candidate's
  // shape, its neighbours', a site's header on every page): ~2.7 times per distinct line on generator
  // seeds, and the photo-credit patterns make it cost. The answer depends on the line only: remembered
  // on the line's record (lines/line-record.ts), which the other readers of the line share.
  const record = lineRecord(line);
  return (record.notHeadline ??= readNotAHeadline(line));
}

/** notAHeadline's reading without the memory, for the test that holds the one to the other (tests/ingest/text-speed-remembered-readers.test.ts). */
export const notAHeadlineReadForTests = (line: string): boolean => readNotAHeadline(line);

function readNotAHeadline(line: string): boolean {
  const t = line.trim();
  // Cut at an opening bracket: the line goes on under it ("… in Lyon County, Kentucky (" over
  // "Image: Agency)", a caption broken before its credit); a headline is whole on its line.
  if (t.endsWith('(')) return true;
  if (LINE_OPENING.test(t) && countWords(t) <= 20 && !titleAfterBylineLabel(t)) return true;
  if (labelledNameLine(t)) return true;
  // A byline in a script without capitals: "记者 张三", "홍길동 기자", "بقلم: محمد أحمد", "लेखक: राम शर्मा".
  if (caselessByline(t)) return true;
  if (/^(?:skip|jump|go) to\b|^(?:menu|search|sign in|log in|subscribe|home|close|open menu|toggle navigation)$/i.test(t)) return true;
  if (/\bcookies?\b|\bprivacy policy\b|\bconsent\b/i.test(t)) return true;
  if (/^(?:published|updated|posted|last updated|modified)\b/i.test(t)) return true;
  // Mostly digits and separators: a date, a time, a count; in any script's digits ("| শনিবার, আগস্ট ২৯,
  // ২০২০ | ১০:৪৬", a Bengali stamp row, is a date line as "| Saturday, August 29, 2020 | 10:46" is).
  // (Letters are counted only when there are digits enough: most lines have none.)
  const figures = inAsciiDigits(t);
  const digits = asciiDigits(figures);
  if (digits >= 4 && digits >= (t.match(/\p{L}/gu)?.length ?? 0) * 0.5 && !nameWithItsDate(t) && !wordsAroundFigures(figures)) return true;
  // A day without its year ("Nov 18", "18 November"): a date line all the same.
  if (DAY_WITHOUT_YEAR.test(t)) return true;
  if (/\b(?:\d+|an?)\s+(?:minutes?|hours?|days?|weeks?)\s+ago\b|\b\d+\s*min(?:ute)?s?\s+(?:to\s+)?read\b/i.test(t)) return true;
  if (/^(?:[\p{L}][\p{L} &'-]{0,25}\s*[/>»›|]\s*){2,}[\p{L}][\p{L} &'-]{0,25}$/u.test(t)) return true;
  // "(L-R) Jane Roe, …", "From left: …": a caption naming the people in its picture (picture-credit-marks.ts).
  if (captionByPosition(t)) return true;
  return isPhotoCredit(t, countWords(t));
}

/**
 * A byline the opening labels above leave: the author or text noun and its colon, then a name
 * ("Autrice : Claire Dubois", "Texte : Claire Dubois", "Autorin/Autor: Anna Berg", "Author: Jane
 * Roe"). The chooser scores a line by the words it shares with the opening and by how near it stands
 * to the article, and a byline stands nearer than the headline over it: where the opening shares no
 * word with the headline, the byline won. What follows the label must be a name or a list of them
 * (lib/bylines/name-lines.ts): "Reporter: I was held at the border", "Autor: Wie ich …" stay headlines.
 */
function labelledNameLine(t: string): boolean {
  if (countWords(t) > NAMED_BYLINE_WORDS) return false;
  const name = (BYLINE.exec(t) ?? BYLINE_OTHER_LANGUAGE.exec(t))?.[1];
  // The label's colon is the mark: a preposition alone is a word of headlines too ("Door Hinges
  // Explained", Dutch "door" = by), and LINE_OPENING above already reads "By …", "Von …".
  return name !== undefined && LABEL_COLON.test(t.slice(0, t.lastIndexOf(name))) && (bareName(name) || listOfFullNames(name));
}
/** A label's colon, before the name. */
const LABEL_COLON = /[:：]/;
/** How many words a byline of names has at most (six names of three words and their joins). */
const NAMED_BYLINE_WORDS = 24;

/**
 * "Anna Berg and Li Wei", "Anna Berg, Li Wei and Jan Roe": full names with no label, none of whose
 * words the article writes in lower case. The shape alone is also a title-case headline's ("Rice
 * Prices & Harvest Plans", "Garden Tools and Winter Care"), whose words the article writes in lower
 * case ("prices", "harvest"); a person's name it never does (name-lines.ts
 * wordsOfNamesOnly). `lower` gives the article's lower-case words, read once and only when asked.
 */
function unlabelledNames(line: string, lower: () => ReadonlySet<string>): boolean {
  return countWords(line) <= NAMED_BYLINE_WORDS && listOfFullNames(line) && wordsOfNamesOnly(line, lower());
}

/** The shortest line that may be a byline in a script without case, and the longest ("张三" is a label and a name short of it). */
const CASELESS_BYLINE_CHARS = { min: 4, max: 160 };
/** A letter of a script without case: Han, kana, Hangul, Arabic, Hebrew, Devanagari. */
const CASELESS_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}]/u;

/** Whether a line is a byline in a script without case (lib/bylines: the CJK labels, a Korean sign-off, the Arabic, Hebrew and Hindi labels). */
function caselessByline(t: string): boolean {
  if (t.length < CASELESS_BYLINE_CHARS.min || t.length > CASELESS_BYLINE_CHARS.max || !CASELESS_LETTER.test(t)) return false;
  return cjkBylineLine(t) || signedReporter(t) !== null || caselessLabelledByline(t) !== null;
}

/** German names the kind of picture in a compound: "Symbolfoto:", "Archivbild:" (case-insensitive patterns only). */
export const PICTURE_KIND = '(?:symbol|archiv|titel|beitrags|presse)';
const PHOTO_LABEL = new RegExp(`^(?:photo(?:graph)?s?|image|picture|credit|${PICTURE_KIND}?(?:foto|bild)|фото)\\s*(?:by\\b|[:：])`, 'iu');

/** A line that opens with a picture credit's label ("Foto: REUTERS/Jane Roe", "Photograph by …", "Bild: …"). */
export const opensWithPhotoLabel = (line: string) => PHOTO_LABEL.test(line.trim());

/**
 * A photo's credit, alone or after its caption: "(Jane Roe / Agency)", "…in Paris Jane Roe/The Daily
 * Planet", "…in New York.Agency" (the credit run into the caption's full stop), "Photo: Jane Roe".
 */
export function isPhotoCredit(line: string, words: number): boolean {
  if (words <= 12 && /^\(.*\)$/u.test(line)) return true;
  if (PHOTO_LABEL.test(line)) return true;
  // "Courtesy of Harbor Films", "Photo courtesy Jane Roe" (picture-credit-marks.ts).
  if (courtesyCredit(line, words)) return true;
  // A name (first and last, perhaps an initial), a slash, and an outlet of a few capitalised words
  // ("… / Agency file").
  if (line.includes('/') && /(?:^|\s|\p{Ll}\.)\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+\s*\/\s*\p{Lu}[\p{L}&'’.-]*(?:\s+[\p{Lu}&][\p{L}&'’.-]*){0,4}(?:\s+\p{Ll}+)?$/u.test(line)) return true;
  // "Jane Roe in her laboratory / John Doe": a caption, then its photographer's name after a spaced slash.
  if (words >= 6 && CAPTION_THEN_PHOTOGRAPHER.test(line)) return true;
  return words >= 5 && /\p{Ll}[.!?]\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,3}$/u.test(line);
}
/** Four words at least, the last in lower case, then " / " and a name of two or three capitalised words. */
const CAPTION_THEN_PHOTOGRAPHER = /^(?:\S+\s+){3,}\p{Ll}[\p{Ll}'’-]*\s+\/\s+\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/**
 * "Weekly Wrap-Up 12/19/2025", "Morning Ledger 04.07.22": a series' name of two capitalised words or
 * more (no month, no stamp label), then the issue's date in figures and nothing else. A headline, for
 * all its digits; a date line names a month or a label, a table's row has figures that are no date.
 */
export function nameWithItsDate(line: string): boolean {
  const m = NAME_THEN_NUMERIC_DATE.exec(line);
  if (!m) return false;
  const words = m[1].split(/\s+/);
  return words.length >= 2 && words.every((w) => /^\p{Lu}[\p{L}'’-]+$/u.test(w) && !MONTH_WORD.test(w)) && !STAMP_WORD.test(m[1]);
}
const NAME_THEN_NUMERIC_DATE = /^(.+?)\s+\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/u;
const MONTH_WORD = new RegExp(`^(?:${MONTH_PATTERN})\\.?$`, 'iu');
const STAMP_WORD = /\b(?:published|updated|posted|modified|date|dated|created|issued)\b/iu;

/** A headline's words of letters besides its figures: a date or a count has a weekday, a month or a unit, a few at most. */
const HEADLINE_LETTER_WORDS = 5;

/**
 * "Which Boards Fit the 2040, 2050 or 2060 Chips": many words of letters, twice as many as the runs
 * of figures at least. A date ("Monday 4 May 2020 10.45 BST") has a word or three besides its figures.
 */
function wordsAroundFigures(text: string): boolean {
  // A word runs on through its vowel signs and other marks ("শনিবার" is one word, not three runs of letters).
  const letterWords = text.match(/\p{L}[\p{L}\p{M}]*/gu)?.length ?? 0;
  const figures = text.match(/\d+/g)?.length ?? 0;
  return letterWords >= HEADLINE_LETTER_WORDS && letterWords >= 2 * figures;
}

/** How many of 0–9 a text has: what `/\d/g` finds (other scripts' digits made ASCII first: dates.ts asciiDigits). */
function asciiDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) n++;
  }
  return n;
}

const DAY_WITHOUT_YEAR = new RegExp(`^(?:${MONTH_PATTERN}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}\\.?\\s+${MONTH_PATTERN}\\.?)$`, 'iu');

/** If `line` is `base` plus a site-name suffix, return the suffix. */
function suffixAfter(line: string, base: string): string | null {
  if (!line.startsWith(base) || line === base) return null;
  return SUFFIX.exec(line.slice(base.length))?.[1].trim() ?? null;
}

function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !COMMON.has(w)));
}
const COMMON = new Set(['that', 'with', 'from', 'this', 'will', 'have', 'said', 'says', 'been', 'were', 'they', 'their', 'also', 'more', 'than', 'into', 'about', 'which']);

/**
 * A title fused onto the first sentence: "…says officialChina will…". The headline has no
 * sentence end and meets the body where a lowercase word runs into a capitalised one.
 */
export function splitFusedTitle(paragraph: string): { title: string; rest: string } | null {
  const dateline = splitAtFusedDateline(paragraph);
  if (dateline) return dateline;
  const m = /^(.{15,200}?\p{Ll}{2})(\p{Lu}\p{Ll}.*)$/u.exec(paragraph);
  if (!m) return null;
  const [, title, rest] = m;
  if (/[.!?]/.test(title) || countWords(title) < 3) return null;
  // The junction must be inside one "word": lowercase letters run straight into a capital.
  if (!/\s\p{Ll}+$/u.test(title) && !/^\p{Ll}+$/u.test(title.split(/\s+/).pop()!)) return null;
  return { title: title.trim(), rest: rest.trim() };
}

/**
 * "…science planBEIJING -- China has launched…": a headline run into a dateline, a place in
 * capitals followed by the dateline's own marks (a dash, an agency in brackets, a date).
 */
function splitAtFusedDateline(paragraph: string): { title: string; rest: string } | null {
  const m = new RegExp(
    `^(.{15,200}?[\\p{Ll}\\d)'’”"])(\\p{Lu}{3,}(?:[ -]\\p{Lu}{2,}){0,3}(?:,\\s*\\p{Lu}[\\p{L} .'-]{1,30})?(?:,?\\s+${MONTH_PATTERN}\\s+\\d{1,2})?\\s*(?:\\([^)]{2,40}\\)\\s*)?(?:--|[-–—]|:)\\s.*)$`,
    'u',
  ).exec(paragraph);
  if (!m) return null;
  const [, title, rest] = m;
  if (/[.!?]$/.test(title) || countWords(title) < 3) return null;
  return { title: title.trim(), rest: rest.trim() };
}
