/**
 * A byline with no label, as the text path's header shows it (stages/segment.ts): a name alone on its
 * line, a list of names or a name with its credentials, one word over the stamp, a name among the
 * parts of the stamp's row. Nothing here says where the line stands: the caller reads these only
 * beside the headline or the article's stamp, where a name is the byline.
 */
import { findFusedDates, findStampDate, type NumericOrder } from '../dates/dates.ts';
import { BARE_LABEL, PUBLICATION_OR_UPDATE_WORDS } from '../dates/date-labels.ts';
import { countWords, endsLikeSentence } from '../page-text/language/text.ts';
import { cleanAuthor, commaParts, isCredential, isHandle, isRole, joinNames } from './author.ts';
import { BY_LABELS } from './byline-labels.ts';
import { CATEGORY_WORD, NAME_JOINER, NAME_PARTICLE, nameShaped } from './name-shape.ts';
import { literalPattern } from '../literal-pattern.ts';
import { isStreetName } from '../facts/places.ts';

/** The verbs a button or a menu's link opens with, unanchored so other patterns can place them (NEWSROOM_BYLINE). */
const CALL_TO_ACT_WORDS = String.raw`(?:Get|Find|Start|Try|Buy|Book|Join|Learn|Read|Watch|Download|Request|Call|Contact|Shop|Explore|Discover|View|See|Sign|Log|Apply|Order|Schedule|Visit|Meet|Ask|Go)\b`;

/** A line that opens on a button's or a menu link's verb ("Get Started", "Find A Location", "Book Now"): no name's first word. */
export const CALL_TO_ACT = new RegExp(`^${CALL_TO_ACT_WORDS}`);

/** "8 min", "5 min read", "11 minutes read": the reading time a byline's row shows. */
export const READING_TIME = /^\d+\s*(?:min(?:ute)?s?|hrs?)\.?(?:\s*read(?:ing)?)?$/i;

/** "· 5 min read", "— 8 minutes", "| 3 min": READING_TIME after the separator that sets it off from the name. */
const READING_TIME_AFTER_SEPARATOR = new RegExp(String.raw`^[|·•–—-]\s*` + READING_TIME.source.slice(1), READING_TIME.flags);

/**
 * A trimmed line of two to four runs of what no white space is: what `text.split(/\s+/)` gives two to four
 * parts of. Read from the line's start and given up at its fifth word, where the split cut every
 * paragraph it was asked about into all its words (~0.8 % of a text seed's sampled CPU; tests/ingest/text-speed-name-words.test.ts).
 */
export const TWO_TO_FOUR_WORDS = /^\S+(?:\s+\S+){1,3}$/;

/**
 * "Anna Berg Jr.", "Li Wei Sr.": a generation's suffix after the surname, whose full stop ends the
 * abbreviation, not a sentence. The name without it, for the sentence test alone (read only when the
 * line ends in "r.": most lines skip the pattern).
 */
const GENERATION_SUFFIX = /(?<=\p{L})\s+[JS]r\.$/u;
function withoutGenerationSuffix(text: string): string {
  return text.endsWith('r.') ? text.replace(GENERATION_SUFFIX, '') : text;
}

/**
 * A line that is a person's name and nothing else: two to four capitalised words, nothing a byline
 * cleaner would take away (a label, a date, a role), no digit, no sentence, no street's name.
 */
export function bareName(line: string): boolean {
  const text = line.trim();
  if (!TWO_TO_FOUR_WORDS.test(text) || /[\d@#:;!?,/]/.test(text) || endsLikeSentence(withoutGenerationSuffix(text))) return false;
  // "Sponsored By": a label that ends in "by" names the one after it. "Publié le", "Mis à jour le": a
  // stamp's label left alone once its date is read off the line (a particle makes it name-shaped).
  // "Baker Street", "Oak Avenue": a street's name (a venue's, an office's) is a place, no person.
  return cleanAuthor(text) === text && nameShaped(text) && !isRole(text) && !isHandle(text) && !CATEGORY_WORD.test(text) && !/\S&\S/.test(text) && !/\bby$/i.test(text) && !BARE_LABEL.test(text) && !isStreetName(text);
}

/**
 * The bar between two names, or a slash after a name's last letter ("Anna Berg/Li Wei", "Anna Berg /
 * Li Wei"): the slash only between a letter in lower case and a capital, so a date ("4/3/2025"), a
 * web address or a name in capitals with its outlet ("ANNA BERG/HARBOR") is never split.
 */
const BAR_BETWEEN_NAMES = /(?<!\s)\s+\|\s+|(?<=\p{Ll})\s?\/\s?(?=\p{Lu})/u;

/**
 * "Anna Berg | Li Wei", "Anna Berg/Li Wei": two writers set apart by a bar or a slash, as "Anna Berg and Li Wei" (joinNames); or null. The same shape
 * as "Anna Berg | Example Journal" (the name, then the outlet: nameBeforeItsTail), told apart by the
 * second part: a bare name in mixed case that the page writes nowhere else (`writtenElsewhere`), where
 * an outlet's name comes back in its menu, its title or its copyright line.
 */
export function namesAcrossBar(line: string, writtenElsewhere: (text: string) => boolean): string | null {
  const parts = line.trim().split(BAR_BETWEEN_NAMES);
  if (parts.length !== 2 || !parts.every((p) => bareName(p) && /\p{Ll}/u.test(p))) return null;
  return writtenElsewhere(parts[1]) ? null : joinNames(parts);
}

/** A line's first two words (runs of what no space is), as a name's words are split. */
const FIRST_TWO_WORDS = /^(\S+)\s+(\S+)/u;
/** A word nameShaped takes in a name: capitalised, or a joining word or a particle whole. */
const NAME_WORD = new RegExp(`^(?:\\p{Lu}|${NAME_JOINER}$|${NAME_PARTICLE}$)`, 'u');
/**
 * What a word a name's second word is the start of may be: capitalised, a bracket (a site's name in
 * brackets after a one-word name: name-shape.ts), or opening with a joining word or a particle (the
 * name's word may be cut off inside the line's word, "Anna BergFounder").
 */
const NAME_WORD_START = new RegExp(`^(?:[\\p{Lu}(]|${NAME_JOINER}|${NAME_PARTICLE})`, 'u');

/**
 * Could the (trimmed) line open with a name bareName takes, the rest after it? That name runs to two words
 * at least, so the line's first word is its first word whole, and its second word starts the line's
 * second; nameShaped takes each. A necessary test only (false: no such name), in one short scan: most
 * lines asked are a headline's or a paragraph's, whose second word is in lower case.
 */
export function mayOpenWithName(text: string): boolean {
  const words = FIRST_TWO_WORDS.exec(text);
  return !!words && NAME_WORD.test(words[1]) && NAME_WORD_START.test(words[2]);
}

/**
 * "Anna BergFounder at Example Labs", "Anna Berg Founder & Lead Reviewer", "Anna Berg@annaberg", "Anna
 * Berg | Example Journal", "ANNA BERGLAST UPDATED": the bare name that opens a line whose rest is no
 * name (a role or a stamp's label, run into the name or not; a handle; the outlet after a bar), or
 * null. The byline cleaner (cleanAuthor) finds where the name ends; here the rest must be one of those.
 */
export function nameBeforeItsTail(line: string): string | null {
  const text = line.trim();
  // The byline cleaner is asked only of a line that may open with a bare name (mayOpenWithName): it was
  // ~5 % of the text path's CPU, asked of every header line under the headline, its standfirst's prose too.
  if (!mayOpenWithName(text)) return null;
  const name = cleanAuthor(text);
  if (!name || name === text || !text.startsWith(name) || !bareName(name)) return null;
  const rest = text.slice(name.length).trim();
  // After a separator, no digit: a date or a reading time there makes the line a stamp row (nameInStampRow reads those).
  // The separator may end the text ("Anna Berg|" over "February 5, 2026 |": the row's parts on lines
  // of their own), after a name in mixed case ("PRESS RELEASE ·" before the date is a label); a dash
  // sets off the outlet as a bar does ("Anna Berg - Example Journal").
  if (/^[|·•]$/u.test(rest)) return /\p{Ll}/u.test(name) ? name : null;
  // "Anna Berg — 5 min read": the row's reading time, with no stamp on the line (nothing for nameInStampRow to read).
  if (READING_TIME_AFTER_SEPARATOR.test(rest)) return name;
  return /^(?:[|@·•]\D+|[–—-]\s\D+)$/u.test(rest) || isRole(rest) ? name : null;
}

/**
 * A relative age after the name, its stamp's label before it or not: "| Published 1 day ago", "5 hours
 * ago", "· 7 hours" (an age with no "ago" only right after the name: a row's age, no count of anything).
 */
const AGE_AFTER_NAME = new RegExp(
  String.raw`^(?:[|·•–—-]\s*)?(?:(?:${PUBLICATION_OR_UPDATE_WORDS})\s*:?\s*)?(?:\d{1,2}|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)(?:\s+ago)?$`,
  'iu',
);

/** The longest line a name and its age are read from. */
const MAX_NAME_AND_AGE_CHARS = 120;

/**
 * "Anna Berg|Published 1 day ago", "Anna Berg 7 hours": a bare name, then the article's age on the same
 * line, as a stamp row gives its date; the name, or null.
 */
export function nameBeforeItsAge(line: string): string | null {
  const text = line.trim();
  // A name, a separator and an age run to a few dozen characters; a longer line is none, and is not scanned.
  // The name bareName takes opens the line: a line that cannot open with one (a paragraph's second word
  // is in lower case) is not scanned either (mayOpenWithName; the name is the line's start, so its two
  // first words are the line's, the second cut short at most).
  if (text.length > MAX_NAME_AND_AGE_CHARS || !mayOpenWithName(text)) return null;
  return nameAndAgeIn(text);
}

/** nameBeforeItsAge without its test of the line's first words, for the test that holds the one to the other (tests/ingest/text-speed-header-readers.test.ts). */
export function nameBeforeItsAgeReadForTests(line: string): string | null {
  const text = line.trim();
  return text.length > MAX_NAME_AND_AGE_CHARS ? null : nameAndAgeIn(text);
}

/** nameBeforeItsAge's reading of a trimmed line of a row's length. */
function nameAndAgeIn(text: string): string | null {
  const m = /^(.+?)\s*(?=[|·•–—]|(?<=\S)\s(?:\d|an?\s|one\s))/u.exec(text);
  if (!m) return null;
  const name = m[1].trim();
  return bareName(name) && AGE_AFTER_NAME.test(text.slice(m[0].length).trim()) ? name : null;
}

/** The most words a row may hold from its stamp on when a name opens it (a reading time, the categories). */
const ROW_WORDS_FROM_STAMP = 10;

/**
 * "Anna Berg July 13, 2025 — 7 min read", "ANNA BERGLAST UPDATED NOV 6, 2025": the name, then the stamp
 * on the same line, then a few words; the name (bare, or before its tail), or null. The name opens
 * the line, so a line that cannot open with one (mayOpenWithName: a paragraph, a stamp) is not searched
 * for its date: under every headline, the lines asked are mostly the standfirst's and the article's.
 */
export function nameBeforeItsStamp(text: string, lang: string, order?: NumericOrder | null): string | null {
  return mayOpenWithName(text) ? nameThenStamp(text, lang, order) : null;
}

/** nameBeforeItsStamp without its test of the line's first words, for the test that holds the one to the other (tests/ingest/text-speed-header-readers.test.ts). */
export const nameBeforeItsStampReadForTests = (text: string, lang: string, order?: NumericOrder | null): string | null => nameThenStamp(text, lang, order);

/** A name's last letter with the stamp's day run into it ("Anna Berg19 Nov 2019", "Anna Berg4. März 2025"): the row's elements lost their gap. */
const DAY_RUN_INTO_NAME = /(?<=\p{Ll})(?=\d{1,2}\.?\s)/u;

/** A separator at the end of the words before a stamp ("Anna Berg -", "Anna Berg|"); the words come trimmed, so the spaces before it go with trimEnd (a `\s*` here would be quadratic). */
const TRAILING_SEPARATOR = /[-–—|·•]$/u;

function nameThenStamp(line: string, lang: string, order?: NumericOrder | null): string | null {
  let text = line;
  let d = findStampDate(text, lang, order);
  // The date reader wants its day to start a word: set it apart once and read again. Only where no
  // date was found, so every other line reads as before.
  if (!d && DAY_RUN_INTO_NAME.test(text)) {
    text = text.replace(DAY_RUN_INTO_NAME, ' ');
    d = findStampDate(text, lang, order);
  }
  if (!d || d.index === 0) return null;
  // "Anna Berg - 2025/4/29": a dash or a bar left hanging after the name sets it apart from the stamp.
  // Not after words all in capitals: "PRESS RELEASE · March 4 2026" is a label before the row's date.
  const words = text.slice(0, d.index).trim();
  const beforeDate = /\p{Ll}/u.test(words) ? words.replace(TRAILING_SEPARATOR, '').trimEnd() : words;
  const name = bareName(beforeDate) ? beforeDate : nameBeforeItsTail(beforeDate);
  return name && countWords(text.slice(d.index)) <= ROW_WORDS_FROM_STAMP ? name : null;
}

/**
 * How many words a byline's words hold up to the stamp they carry ("Anna Berg Jan. 31, 2026 7:47 am
 * EST": two), all of them when they carry none or open with it: a byline's length is its name's, not its date's.
 */
export function wordsBeforeItsStamp(words: string, order?: NumericOrder | null): number {
  const d = findFusedDates(words, order)[0];
  return countWords(d && d.index > 0 ? words.slice(0, d.index) : words);
}

/** The joining word between two names ("and", "&", "und", "et" …: lib/bylines/name-shape.ts), and opening a part after a comma. */
const JOIN_WORD_BETWEEN = new RegExp(`(?<!\\s)\\s+${NAME_JOINER}\\s+`, 'u');
const JOIN_WORD_OPENING = new RegExp(`^${NAME_JOINER}\\s+`, 'u');

/**
 * "Anna Berg, Li Wei & Jo Park", "Anna Berg, MS, RD", "Anna B. Berg CPP, PSP": names a comma or "and"
 * / "&" join, each a bare name, or one name and the credentials after it. The first part is a name, so
 * a list of places or topics ("Research, Science & Technology", "Berlin, Paris and Rome") is none.
 */
export function namesList(line: string): boolean {
  const text = line.trim();
  if ((!text.includes(',') && !JOIN_WORD_BETWEEN.test(text)) || /[\d@#:;!?]/.test(text) || endsLikeSentence(text.replace(/\.$/, ''))) return false;
  const parts = commaParts(text);
  // "Anna Berg und Li Wei": the first part may itself be names the joining word sets apart.
  if (!parts[0].split(JOIN_WORD_BETWEEN).every((n) => bareName(n))) return false;
  for (const part of parts.slice(1)) {
    if (isCredential(part)) continue;
    const names = part.replace(JOIN_WORD_OPENING, '').split(JOIN_WORD_BETWEEN);
    if (!names.every((n) => bareName(n) && !CALL_TO_ACT.test(n))) return false;
  }
  const first = parts[0].split(JOIN_WORD_BETWEEN);
  return first.every((n) => bareName(n)) && !!cleanAuthor(text);
}

/**
 * A newsroom's byline where no person signs ("Staff", "Newsdesk", "News Desk", "Editorial Team", "Staff
 * Reporter", the outlet's staff or team: "Harbor Staff", "Example Labs Team"): the whole line, read only
 * where a byline stands (beside the article's stamp, right under the headline). After "Staff", one word
 * that names a person by their work ("-er", "-or", "-ist", "-ian", "-ant", "-ent": "Writer", "Editor",
 * "Journalist", "Consultant"); "Staff Picks", "Staff Directory" are links, and so are "Our Team", "Contact Staff" (a call to act: CALL_TO_ACT).
 */
export const NEWSROOM_BYLINE = new RegExp(
  String.raw`^(?:(?!(?:Our|Your|My|The)\s)(?!${CALL_TO_ACT_WORDS})(?:\p{Lu}[\p{L}\p{N}.'’-]*\s+){1,2}(?:Staff|Team)|Staff(?:\s+\p{Lu}\p{Ll}*(?:er|or|ist|ian|ant|ent))?|News\s?[Dd]esk|Editorial\s+(?:Desk|Board))$`,
  'u',
);

/**
 * A user name standing as the byline ("kestrelwrites", "anna.kestrel"): one word in lower case (dots,
 * underscores, hyphens, digits allowed) that no other line of the page writes, so no section, tag or
 * word of the text ("research" twice on the page is the page's subject). `lines` is the whole page.
 */
export function handleOnlyHere(line: string, lines: readonly string[]): boolean {
  const text = line.trim();
  if (!/^\p{Ll}[\p{Ll}\p{N}._-]{3,38}$/u.test(text) || !isHandle(text)) return false;
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${literalPattern(text)}(?![\\p{L}\\p{N}])`, 'iu');
  return lines.filter((l) => word.test(l)).length === 1;
}

/**
 * One word alone that may be a person's name (a first name or a pen name: "Stefan", "Kev"): a
 * capitalised word, no section or category, role, stamp's label or button (cleanAuthor names none).
 */
export function oneWordName(line: string): boolean {
  const text = line.trim();
  return /^\p{Lu}\p{Ll}{2,}$/u.test(text) && cleanAuthor(text) === text && !isRole(text) && !CATEGORY_WORD.test(text) && !CALL_TO_ACT.test(text);
}

/**
 * A word of the stamp's own in the row ("Released Wednesday", "Last Modified", "Admin Only:" after a
 * "Published"): the part is the stamp's label, no name.
 */
const STAMP_WORD = new RegExp(`(?:^|\\s)(?:${PUBLICATION_OR_UPDATE_WORDS}|released?|modified|reviewed|edited|revised|date|time|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![\\p{L}])`, 'iu');

/** What sets a stamp row's parts apart: a bar, a dot, a bullet, a dash or a slash between spaces ("… 15:46 Uhr / Anna Berg"). */
const ROW_PART = /(?:(?<!\s)\s+)?[|·•⋅]\s*|(?<!\s)\s+[–—/-]\s+/u;

/** A slash the date touches ("September 29, 2025/Anna Berg"): a separator there, where the date was replaced by a bar. */
const SLASH_BY_DATE = /(?:(?<!\s)\s+)?\/\s*\|\s*|(?:(?<!\s)\s+)?\|\s*\/\s*/gu;

/**
 * A byline's label opening a part of the row ("by Anna Berg", "Written by Anna Berg", "von Anna Berg"):
 * the row's date says it is the article's header, so every language's `by` labels are read.
 */
const LABEL_OPENING_PART = new RegExp(`^(?:${BY_LABELS})\\s*[:：]?\\s+(?=\\S)`, 'iu');

/**
 * The time the row gives after its date, before the byline's label ("at 11:30 pm by Anna Berg", "11:30
 * EST by Anna Berg", "um 14.05 Uhr von Anna Berg"): the stamp's, no part of the name. Anchored, and a
 * digit opens the time after a short word: a part fails it at its first characters.
 */
const TIME_OPENING = /^(?:(?:at|um|à|a las|às|alle|om)\s+|@\s*)?\d{1,2}[:.h]\d{2}(?:\s*[aApP]\.?[mM]\.?)?(?:\s+(?:Uhr|\p{Lu}{2,4}(?=\s|$)))?\s*/u;

/**
 * The name among the parts of the article's stamp row: "December 15, 2025 · 30 min · Anna Berg",
 * "Anna Berg | Senior Writer | July 2, 2025", "Dec 26, 2025 • Anna Berg in Research", "Anna Berg
 * October 14, 2025", "0 · by Anna Berg · Updated on 8 January 2026", "September 29, 2025/Anna Berg".
 * The dates set parts apart as a separator does (a slash beside a date too); the first part whose
 * name, once cleaned, is a bare name and opens the part (after its label, if any) is the byline. A
 * section, a reading time, a counter, a call to act is no name.
 */
export function nameInStampRow(line: string, order?: NumericOrder | null): string | null {
  let text = line;
  for (const d of findFusedDates(line, order).reverse()) text = `${text.slice(0, d.index)} | ${text.slice(d.index + d.text.length)}`;
  if (text === line) return null;
  for (const rawPart of text.replace(SLASH_BY_DATE, ' | ').split(ROW_PART)) {
    // The time before a label only: a time before capitalised words ("10:30 Harbor Road") names no one.
    const trimmed = rawPart.trim();
    const untimed = trimmed.replace(TIME_OPENING, '');
    const labelled = LABEL_OPENING_PART.exec(untimed)?.[0];
    const label = labelled ?? LABEL_OPENING_PART.exec(trimmed)?.[0] ?? '';
    const part = (labelled ? untimed : trimmed).slice(label.length);
    const name = cleanAuthor(part);
    // A name in mixed case with no "&" ("PRESS RELEASE", "Wellness & Prevention" are a label and a section),
    // or writers the row lists ("Anna Berg and Li Wei, Harbor Times - Dec 20, 2023": each a bare name).
    if (!name || !part.startsWith(name) || !/\p{Ll}/u.test(name) || !((bareName(name) && !name.includes('&')) || namesList(name))) continue;
    // A part that ends in a colon labels what follows it ("Admin Only:").
    if (!CALL_TO_ACT.test(name) && !STAMP_WORD.test(part) && !/[:：]\s*$/.test(part)) return name;
  }
  return null;
}

/**
 * The words a text writes in lower case ("customer", "safety", "trends"), for wordsOfNamesOnly and
 * commonWordsOnly. An address's or a handle's words ("example.com/anna-berg", "@annaberg") are left
 * out: a name is written there in lower case too.
 */
export function lowerCaseWords(lines: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    for (const token of line.split(/\s+/)) {
      if (/[./@_]\p{L}/u.test(token)) continue;
      for (const w of token.match(/\p{L}+/gu) ?? []) if (w === w.toLowerCase() && w !== w.toUpperCase()) words.add(w);
    }
  }
  return words;
}

/** A name's capitalised words ("Anna", "Berg"; not "MS", "B.", "van"): the ones a page may also write in lower case. */
const capitalisedWords = (name: string) => name.split(/[\s,]+/).filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w));

/**
 * Whether none of a name's capitalised words is one the page writes in lower case elsewhere: a person's
 * name ("Kira Vu", "Stefan") is not, a heading's or a section's words are ("Customer Success" beside
 * "our customer", "Tech Trends" beside "trends"). `lower` is lowerCaseWords of the page.
 */
export function wordsOfNamesOnly(name: string, lower: ReadonlySet<string>): boolean {
  return capitalisedWords(name).every((w) => !lower.has(w.toLowerCase()));
}

/**
 * A line that is a person's name alone, as a byline or a signature with no label stands: a name in
 * shape (bareName) in mixed case, no call to act, none of its capitalised words one the page writes in
 * lower case (`lower`, asked only when the shape holds: lowerCaseWords of the page).
 */
export function personNameAlone(text: string, lower: () => ReadonlySet<string>): boolean {
  return bareName(text) && /\p{Ll}/u.test(text) && !CALL_TO_ACT.test(text) && wordsOfNamesOnly(text, lower());
}

/**
 * Whether every capitalised word of a line is one the page writes in lower case elsewhere ("Backup
 * Strategy", "Nutritional Myths Debunked"): a heading's words, not a name's, even beside the stamp,
 * where a name may hold a common word ("Austin Gray", "The Northwind Team").
 */
export function commonWordsOnly(name: string, lower: ReadonlySet<string>): boolean {
  // Every word counts here: one the page never writes in lower case ("SimplyThrilled", "DianaHR") is a name's.
  const words = name.split(/[\s,&]+/).filter((w) => /\p{L}/u.test(w));
  return words.length > 0 && words.every((w) => lower.has(w.toLowerCase()));
}

/** How a list of authors sets its names apart: a comma, "and", "&". */
const NAME_LIST_BREAK = new RegExp(String.raw`(?:(?<!\s)\s+)?,\s*(?:${NAME_JOINER}\s+)?|(?<!\s)\s+${NAME_JOINER}\s+`, 'u');

/**
 * Whether `list` names `name` first and more people after it ("Dr Elsa van der Hoven, Dr Gerrit
 * Kloppers, Joost van Dalen" for "Elsa van der Hoven"): two words or more each, shaped as a name,
 * no credential, role or section among them. A page's field may give the first author only.
 */
export function listsMoreNamesAfter(list: string, name: string): boolean {
  if (!listOfFullNames(list)) return false;
  const first = list.trim().split(NAME_LIST_BREAK)[0];
  const same = sameNameForm;
  // The first name as the field gives it, or with a title before it ("Dr", "Prof.").
  return same(first) === same(name) || same(first).endsWith(` ${same(name)}`);
}

/**
 * A byline element that sets each author in an element of its own ("Anna Berg" / "Li Wei" / "Jo Ma",
 * one a line), as a list written out ("Anna Berg, Li Wei, Jo Ma"), or null when its lines are not
 * such a list. Only three names or more, each full (listOfFullNames): two lines with no joining word
 * are as often a name and an outlet or a caption's credit as two authors.
 */
export function namesOneALine(byline: string): string | null {
  const lines = byline.split('\n').map((line) => line.trim()).filter(Boolean);
  if (lines.length < 3 || new Set(lines).size < lines.length) return null;
  const list = lines.join(', ');
  return listOfFullNames(list) ? list : null;
}

/**
 * Where the writers file from, after their names: "in New York", "en Madrid", "à Paris", "aus Berlin",
 * "em Lisboa", "a Roma", "da Roma", Polish "w Warszawie", Russian "в Москве". One to three capitalised
 * words to the line's end, so "in The Changeling Tonight" (four) or "in the harbour" (lower case) is no place.
 */
const PLACE_AFTER_NAMES = /(?<!\s)\s+(?:in|en|à|aus|em|a|da|w|в)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u;

/** The longest line read as names before a place: a few names and the place. */
const MAX_NAMES_BEFORE_PLACE_CHARS = 120;

/**
 * "Joanna Walters and Edward Helmore in New York", "Anna Berg in Kyiv", "Ana Gil y Luis Paz en Madrid":
 * the writers, then where they file from (a newspaper's dateline beside its stamp). The names only, or
 * null: a bare name, or a list of full names (listOfFullNames: two words or more each, so "Bowers and
 * Wilkins in London", a firm, is none). The caller reads it only beside the article's stamp, where a
 * name is the byline; a headline ("Smith and Jones in Paris") is never read here.
 */
export function namesBeforePlace(line: string): string | null {
  const text = line.trim();
  // A character test first: the place's preposition is lower case, the line short (most lines are neither).
  if (text.length > MAX_NAMES_BEFORE_PLACE_CHARS || !text.includes(' ')) return null;
  const place = PLACE_AFTER_NAMES.exec(text);
  if (!place) return null;
  const names = text.slice(0, place.index);
  // Names a joining word sets apart are full names each: "Bowers and Wilkins" is one firm's name.
  return (JOIN_WORD_BETWEEN.test(names) ? listOfFullNames(names) : bareName(names)) ? names : null;
}

/**
 * "Dr Elsa van der Hoven, Dr Gerrit Kloppers, Joost van Dalen", "Anna Berg and Li Wei": two full
 * names or more (two to six words each, shaped as a name), no credential, role or section among them.
 * "Anna Berg, Example Times" is none: after one name, a comma alone sets off the outlet.
 */
export function listOfFullNames(list: string): boolean {
  return fullNamesListed(list) !== null;
}

/** The names of a list of full names (listOfFullNames), each as written, or null when `list` is no such list. */
export function fullNamesListed(list: string): string[] | null {
  const parts = list.trim().split(NAME_LIST_BREAK);
  if (parts.length < 2 || (parts.length === 2 && !JOIN_WORD_BETWEEN.test(list))) return null;
  return parts.every(fullName) ? parts : null;
}

/** A full name in a list: two to six words, shaped as a name, no credential, role or section. */
function fullName(part: string): boolean {
  const words = part.split(/\s+/);
  return words.length >= 2 && words.length <= 6 && nameShaped(part) && !isCredential(part) && !isRole(part) && !CATEGORY_WORD.test(part);
}

/**
 * Whether `list` names `name` after one or more full names ("Sarah Berg, Anna Berg" for "Anna Berg"),
 * each of them full (fullName). Two names set apart by a comma alone are as often a name and its outlet
 * ("Anna Berg, Example Times"), but a part a page's field names is a person, so a comma is enough here.
 */
export function listsNameAfterOthers(list: string, name: string): boolean {
  const parts = list.trim().split(NAME_LIST_BREAK);
  const at = parts.findIndex((p) => sameNameForm(p) === sameNameForm(name));
  return at > 0 && parts.every(fullName);
}

/** A name as two lists compare it: case and runs of white space aside. */
const sameNameForm = (name: string) => name.toLowerCase().replace(/\s+/g, ' ');

/** Where a row's words run into the next field: a capital after a lower-case letter ("lifestyle|Anna"), a lower-case letter after capitals ("MAINTENANCE|anna"). */
const CASE_CHANGE = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu}{2})(?=\p{Ll})/u;

/**
 * "lifestyleAnna BergFebruary 3, 2026Comment", "GARDEN MAINTENANCEanna bergJune 17, 2021…", "Field
 * Notes, GuidesAnna McInnesApril 10, 2017…": the author's name in a row of a post's fields whose
 * spaces the page lost, between its categories and its date (`dateAt`, where the date starts), or
 * null. The name starts at the first change of case (a name's own, "McInnes", comes later); one to
 * four words, each capitalised or all in lower case, no role, no section's words.
 */
export function nameInFieldRow(line: string, dateAt: number): string | null {
  const before = line.slice(0, dateAt);
  const cut = CASE_CHANGE.exec(before);
  if (!cut) return null;
  const name = before.slice(cut.index).trim();
  const words = name.split(/\s+/);
  if (words.length > 4 || !/^[\p{L}'’.\s-]+$/u.test(name)) return null;
  const capitalised = words.every((w) => /^\p{Lu}[\p{Ll}'’.-]/u.test(w) || /^\p{Lu}\.?$/u.test(w));
  const lower = words.every((w) => /^\p{Ll}+$/u.test(w));
  if (!capitalised && !lower) return null;
  return cleanAuthor(name) === name && !isRole(name) && !CATEGORY_WORD.test(name) && !CALL_TO_ACT.test(name) ? name : null;
}

/** The marks after an author's name that point to an affiliation or a note: "1", "2,*", "1,✉", "†"; run into the name or not. */
const AFFILIATION_MARKS = /(?<![\s\d*†‡§¶✉#])[\s\d*†‡§¶✉#]+$/u;

/** A character one of those marks holds (`\d` is ASCII in JavaScript patterns, whatever their flags). */
const AFFILIATION_MARK_CHAR = /[0-9*†‡§¶✉]/;

/** What sets a paper's authors apart: a comma or a semicolon. */
const PAPER_LIST_BREAK = /(?:(?<!\s)\s+)?[,;]\s*/;

/**
 * "Anna Berg 1, Li Wei 2, Jo Park 1,*", "Anna Berg1 ; Li Wei2": a paper's authors, each with the
 * marks that point to their affiliations, as "Anna Berg, Li Wei and Jo Park" (joinNames); or null. Two full names or
 * more, each a bare name once its marks are off, and every one of them marked: a list without marks is
 * namesList's, and a mark after each name says the line is a paper's authors, not a list of places.
 */
export function namesWithAffiliationMarks(line: string): string | null {
  // A mark's character first (one pass, no backtracking): most lines hold none, and the marked-name
  // pattern is tried from every capital letter.
  if (!/[;,]/.test(line) || !AFFILIATION_MARK_CHAR.test(line)) return null;
  const text = line.trim();
  // The first part decides most lines that pass (a paragraph's "In 2018, …"): it is read alone first,
  // before a marked name is looked for along the whole line, and the line split whole only when it is one.
  const [first] = text.split(PAPER_LIST_BREAK, 1);
  if ((first && !markedName(first)) || !/\p{Lu}\p{Ll}*\s*(?:\d|[*†‡§¶✉])/u.test(line)) return null;
  const names: string[] = [];
  for (const part of text.split(PAPER_LIST_BREAK)) {
    if (!part) continue;
    const name = part.replace(AFFILIATION_MARKS, '').trim();
    // A part of marks only ("*" after "Jo Park 1,"): it belongs to the name before it.
    if (!name) {
      if (!names.length) return null;
      continue;
    }
    if (name === part.trim() || !bareName(name)) return null;
    names.push(name);
  }
  return names.length >= 2 ? joinNames(names) : null;
}

/** Is a part of a paper's list a bare name with its marks ("Anna Berg 1", "Li Wei2,*")? */
function markedName(part: string): boolean {
  const name = part.replace(AFFILIATION_MARKS, '').trim();
  return !!name && name !== part.trim() && bareName(name);
}

/**
 * "Jane Roe 1, John Doe 2, Ann Lee 1,*": a paper's authors, each name with the numbers of its
 * affiliations or the corresponding author's star. Two names at least bear a mark; without the marks
 * the line is a list of full names (listOfFullNames). Looser than namesWithAffiliationMarks, which
 * reads the names off a line (every name marked, no "and"): this one only tells a header's author line
 * from a headline.
 */
export function isMarkedAuthorsLine(line: string): boolean {
  // Every headline-shaped line is asked: one with no mark at all (no digit, no star) marks no name.
  if (line.length > AUTHOR_LIST_CHARS || !AUTHOR_MARK.test(line)) return false;
  let marked = 0;
  const names = line.replace(MARK_AFTER_NAME, (_, letter: string) => {
    marked++;
    return letter;
  });
  // The last name's comma before its star ("Ann Lee 1,*") stays behind: cut from the end, character by character.
  let last = names.length;
  while (last > 0 && (names[last - 1] === ',' || names[last - 1].trim() === '')) last--;
  return marked >= 2 && listOfFullNames(names.slice(0, last));
}
/** A name's last letter, then its affiliations' numbers ("1", "1,2", "2–4") or a star, before a comma, "and" or the line's end. */
const MARK_AFTER_NAME = /(\p{L})\s?(?:\d{1,2}(?:[,–-]\d{1,2})*(?:,?[*†])?|[*†])(?=\s*,|\s+(?:and|&)\s|\s*$)/gu;
/** A character MARK_AFTER_NAME's marks hold (`\d` is ASCII in JavaScript patterns, whatever their flags). */
const AUTHOR_MARK = /[0-9*†]/;
/** How long a line of a paper's authors is at most. */
const AUTHOR_LIST_CHARS = 400;

/**
 * Where an author works, after their name and a comma ("Anna Berg, Example University", "Li Wei,
 * Institute of Soil Science"): a few capitalised words, one of them a university's, a college's, an
 * institute's or a hospital's noun, in a few languages.
 */
export function isAffiliation(part: string): boolean {
  const text = part.trim();
  return countWords(text) <= 8 && /^\p{Lu}/u.test(text) && /(?<![\p{L}])(?:University|College|Institute|Hospital|Universit(?:é|à|y|ät|at|eit|ario|idad|ade)|Universidad|Instituto|Institut)(?![\p{L}])/u.test(text) && !endsLikeSentence(text);
}

/**
 * The outlet a writer works for given as its web address, after the name's comma: "Anna Berg,
 * harbor-news.com", "Anna Berg, Example.org". One word with a dot before a top-level domain's letters,
 * no space: a role or a place after the comma has none.
 */
export const isSiteAddress = (part: string): boolean => /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{Ll}{2,6}$/u.test(part.trim());
