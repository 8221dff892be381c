/**
 * A byline read away from the article's header: a page with no byline in its header gets the labelled
 * one nearest the article (labelledBylineAway). The text path's header (stages/segment.ts) asks for it
 * last; the HTML path reads the same in its article's blocks when the page's fields name nobody.
 */
import { writersLabelledApart } from './writers-labelled-apart.ts';
import { cleanAuthor, joinNames } from './author.ts';
import { AUTHOR_BOX_HEADING, AUTHOR_NOUN_UNDER_NAME, NAMES_LIST_LABEL, WRITTEN_BY_SENTENCE } from './byline-labels.ts';
import { BARE_PREPOSITION, firstPartOfRow, namesAPerson, readLabelledLine, readsOtherLanguages } from './labelled-line.ts';
import { countWords, endsLikeSentence } from '../page-text/language/text.ts';
import { literalPattern } from '../literal-pattern.ts';
import { bareName, CALL_TO_ACT, lowerCaseWords, nameBeforeItsTail, wordsOfNamesOnly } from './name-lines.ts';
import { caselessName } from './name-shape.ts';
import { PUBLICATION_LABEL } from '../dates/date-labels.ts';

/**
 * A labelled byline away from the article's header ("By Anna Berg" over a gallery far above the first
 * paragraph, "Written by Anna Berg" in the author's box under the article), for a page whose header
 * names nobody: the one nearest above the article's text first, then inside it, then under it. Under
 * the article a bare preposition ("By Li Wei") is as often another story's byline in a list of teasers:
 * there only a phrase or a noun labels the article's author ("Written by", "Posted by", "Author:"),
 * and on the name's line only in the author's box that closes it (FAR_BYLINE_UNDER_ARTICLE lines):
 * further down, "Written by Li Wei" is a teaser's in a list to read next, while a label alone over
 * the name ("Author:" / "Anna Berg") still heads an author's box, and so does a labelled date beside
 * the name's line head the article's facts box ("Datum 28.04.2023" / "Autorin/Autor Anna Berg": inFactsBox). Only a name of two words or more in mixed case
 * is taken ("BY COMPANY TYPE", "By Topic", "By Use Case" are menus). Other languages' labels only on
 * a page known to be in another language than English: there "Door" opens a product's name. The line stays as written;
 * `name` is the byline's words, `author` the name cleanAuthor made of them.
 */
export function labelledBylineAway(lines: string[], bodyStart: number, bodyEnd: number, lang: string): { name: string; author: string; line: string } | null {
  const order: number[] = [];
  for (let i = bodyStart - 1; i >= 0; i--) order.push(i);
  for (let i = Math.max(bodyStart, 0); i < lines.length; i++) order.push(i);
  const labels = { english: true, otherLanguages: readsOtherLanguages(lang) };
  // The words the page writes in lower case, read once when a name over a note is weighed.
  let lower: Set<string> | null = null;
  const pageLower = () => (lower ??= lowerCaseWords(lines));
  for (const i of order) {
    const line = lines[i];
    const previous = i > 0 ? lines[i - 1] : '';
    const underArticle = i > bodyEnd;
    // An author's box's heading over the name ("About the author"), or the author noun under it ("Anna Berg" / "Author").
    // Over the noun, the line is the name and nothing else ("Last updated on May 2, 2025" / "Author" heads an empty box).
    // Or, closing the article or under it, the name over the sentence about them that opens the box.
    // "About Anna" / "Anna Berg is a writer …": the box's heading names the author over the note on them.
    // "Author(s)" / "Anna Berg" / "Li Wei": every name the list under the label gives.
    const listed = NAMES_LIST_LABEL.test(previous) ? namesOneALine(lines, i, /^\s*authors\s*$/i.test(previous) ? 2 : 1) : null;
    if (listed) return { name: listed, author: listed, line };
    const about = i >= bodyEnd - NOTE_CLOSING_ARTICLE ? nameInAboutHeading(lines, i) : null;
    if (about && wordsOfNamesOnly(about, pageLower())) return { name: about, author: about, line };
    const boxed = AUTHOR_BOX_HEADING.test(previous) || (AUTHOR_NOUN_UNDER_NAME.test(lines[i + 1] ?? '') && cleanAuthor(line) === line.trim()) || (i >= bodyEnd - NOTE_CLOSING_ARTICLE && nameOverItsNote(lines, i, pageLower));
    const read = boxed ? null : readLabelledLine(line, previous, { ...labels, barePrepositionAlone: !underArticle });
    const labelled = boxed || !!read?.underLabel;
    if (!labelled && i > bodyEnd + FAR_BYLINE_UNDER_ARTICLE && !(read && inFactsBox(lines, i))) continue;
    // The sentences that say who wrote the article, under it or closing it.
    const words = labelled ? line : (read?.words ?? WRITTEN_BY_SENTENCE.exec(line)?.[1] ?? (i >= bodyEnd ? noteOnTheAuthor(line)?.[1] : undefined));
    if (words === undefined || (!labelled && underArticle && BARE_PREPOSITION.test(line) && !besideItsNote(lines, i, words))) continue;
    const name = labelled ? line.trim() : firstPartOfRow(words);
    const cleaned = cleanAuthor(name);
    // One word is a name only after a phrase or a noun ("Written by Melissa", "Author: Kev"): after a bare "By" it is a menu's ("By Topic").
    const oneWord = !!cleaned && countWords(cleaned) === 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(cleaned) && !BARE_PREPOSITION.test(labelled ? previous : line);
    // "この記事の筆者" / "松岡大地": under a box's heading, a name in a script without capitals, which no shape of case can check.
    if (boxed && cleaned && caselessName(cleaned)) return { name, author: cleaned, line };
    if (!cleaned || (countWords(cleaned) < 2 && !oneWord) || countWords(cleaned) > 8 || !namesAPerson(cleaned)) continue;
    // "By —" / "Anna Berg" / "By —" / "Li Wei": each writer on a labelled byline of their own, one block after the other: all of them, in page order.
    return { name, author: writersLabelledApart(lines, i) ?? cleaned, line };
  }
  return null;
}

/**
 * "Anna Berg is a science writer …" / "By Anna Berg": a bare "By" under the article, in the author's
 * box, where the note on the person it names stands right over or under it (a teaser's byline in a
 * list to read next has none).
 */
function besideItsNote(lines: readonly string[], i: number, words: string): boolean {
  const name = cleanAuthor(firstPartOfRow(words));
  return !!name && (opensNoteOn(name, lines[i - 1]) || opensNoteOn(name, lines[i + 1]));
}

/**
 * "Anna Berg: Anna was formerly deputy editor here, …": a note on the author closing the article or under it, the
 * name, a colon, then a sentence of some length that names them again by their first name (a
 * speaker's line in a transcript is not about the speaker). Group 1 is the name.
 */
function noteOnTheAuthor(line: string): RegExpExecArray | null {
  const m = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}):\s+(.+)$/u.exec(line.trim());
  // A sentence, not a teaser's headline after its kicker ("Media Selection: Crafting the Media Mix").
  if (!m || countWords(m[2], 8) < 8 || !endsLikeSentence(m[2])) return null;
  // The whole name again, or the first name alone as a person's ("Anna was", "Anna's"): the first word
  // before another capitalised word is a phrase's ("Privacy Notice: … see our Privacy Policy").
  const first = m[1].split(/\s+/)[0];
  if (m[2].includes(m[1])) return m;
  return new RegExp(`(?<![\\p{L}])${literalPattern(first)}(?![\\p{L}])(?!\\s+\\p{Lu})`, 'u').test(m[2]) ? m : null;
}

/** The most words of the caption an author's box may set between the name and the note ("Senior Search Copywriter"). */
const CAPTION_WORDS = 5;

/** How many lines before the end of the article's run an author's box may start: its note reads as prose, so the run may take it in. */
const NOTE_CLOSING_ARTICLE = 2;

/** What a note on the author says of them after their name ("Anna is", "Anna Berg has written", "Anna covers"), in English. */
const NOTE_VERB = /^(?:is|was|has|had|holds|writes|wrote|covers|loves|lives|joined|works|worked|leads|serves|spent|brings|specializ|specialis|enjoys|explores|graduated|received|started|founded|began)/;

/**
 * "Anna Berg" / "Anna is a science writer who …", "Anna Berg" / "Search Copywriter" / "Anna Berg has
 * written …": under the article, a bare name over a note on the author (a sentence of some length
 * that opens with their first name or the whole name and a verb that speaks of a person), maybe with
 * a short caption between. A name whose words the page writes in lower case is a heading's ("Spider
 * Plant" over "Spider plants are …"); `lower` gives those words.
 */
function nameOverItsNote(lines: readonly string[], i: number, lower: () => ReadonlySet<string>): boolean {
  if (!mayBeNameOverNote(lines, i)) return false;
  // "Anna Berg Science Writer & Editor" / "Anna is …": the name with her role run into its line.
  const name = bareName(lines[i]) ? lines[i].trim() : nameBeforeItsTail(lines[i]);
  if (!name) return false;
  const isNote = (text: string | undefined) => opensNoteOn(name, text);
  const caption = lines[i + 1] ?? '';
  const noted = isNote(caption) || goesOnAsNote(caption) || (countWords(caption, CAPTION_WORDS + 1) <= CAPTION_WORDS && !endsLikeSentence(caption) && isNote(lines[i + 2]));
  return noted && wordsOfNamesOnly(name, lower());
}

/**
 * What nameOverItsNote needs before it looks for a name in line `i` (the byline cleaner over every
 * line under the article, paragraphs included, was most of its cost): a line under it that goes on as
 * a note (goesOnAsNote), or one of the next two that ends like a sentence and opens with the line's
 * first word. Whatever name the line gives is two words or more that open it (bareName), so a note
 * that opens with the name or its first word opens with that word: where none does, nameOverItsNote
 * says no whatever the name.
 */
function mayBeNameOverNote(lines: readonly string[], i: number): boolean {
  // The line's first word, read at its start: splitting the whole line (every paragraph under the
  // article is asked) cost ~0.5 % of the text path's CPU.
  const first = firstWord(lines[i]);
  const opens = (text: string | undefined) => text !== undefined && text.trimStart().startsWith(first) && endsLikeSentence(text);
  return opens(lines[i + 1]) || opens(lines[i + 2]) || goesOnAsNote(lines[i + 1] ?? '');
}

/** What `line.trim().split(/\s+/)[0]` gives: the line's first run of characters other than spaces, or '' for a line of spaces. */
export function firstWord(line: string): string {
  return FIRST_WORD.exec(line)![1];
}
const FIRST_WORD = /^\s*(\S*)/;

/**
 * Whether `text` is a note on the person `name` names: a sentence of some length that opens with their
 * full name or their first name and a verb that speaks of a person ("Anna is", "Anna Berg has written").
 */
function opensNoteOn(name: string, text: string | undefined): boolean {
  const opening = new RegExp(`^(?:${literalPattern(name)}|${literalPattern(name.split(/\s+/)[0])})\\s+(\\p{Ll}+)`, 'u');
  const verb = text ? opening.exec(text.trim())?.[1] : undefined;
  return !!verb && NOTE_VERB.test(verb) && countWords(text!, 8) >= 8 && endsLikeSentence(text!);
}

/**
 * "Anna Berg" / "is the editor and founder of Example Journal.": the note on the author that goes on
 * from the name in an element of its own, opening with the verb in lower case.
 */
function goesOnAsNote(text: string): boolean {
  const verb = /^(\p{Ll}+)\s/u.exec(text.trim())?.[1];
  return !!verb && NOTE_VERB.test(verb) && countWords(text, 6) >= 6 && endsLikeSentence(text);
}

/** "About Anna", "About Anna Berg": the heading of an author's box that names them. Group 1 is the name. */
const ABOUT_NAME = /^\s*About\s+(\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})\s*$/u;

/**
 * The name an author's box's heading gives ("About Anna", "About Anna Berg"), when the note under it
 * speaks of them: it opens with that name, or with the name and more of it ("Anna Berg is a writer …"
 * under "About Anna"); else null ("About Us" heads a firm's note, and so does a name of one word
 * in the heading and the note).
 */
function nameInAboutHeading(lines: readonly string[], i: number): string | null {
  const m = ABOUT_NAME.exec(lines[i]);
  if (!m) return null;
  const note = lines[i + 1]?.trim() ?? '';
  const fullName = new RegExp(`^${literalPattern(m[1])}(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}(?=\\s+\\p{Ll})`, 'u').exec(note)?.[0];
  // A person has a first name and a surname, in the heading or in the note ("About Anna" / "Anna Berg
  // is …"); one word in both is a firm's ("About Harbourly" / "Harbourly is …").
  if (!fullName || countWords(fullName) < 2) return null;
  return opensNoteOn(fullName, note) && namesAPerson(m[1]) ? m[1] : null;
}

/** The most names a list under "Author(s)" gives, one a line. */
const MAX_LISTED_NAMES = 12;

/**
 * The names from line `i` on, one a line, each a bare name ("Ann M. Lee"; no menu's call to act, "Find
 * Jobs"), as the site lists people ("Ann M. Lee, Li Wei and Jo Park": joinNames, the form of every
 * list the ingest puts together); the list ends at the first line that is none. Null when it holds
 * fewer than `fewest`: under "Authors" alone (a menu's link too) one name-shaped line may be the next
 * link, two or more are a list.
 */
function namesOneALine(lines: readonly string[], i: number, fewest: number): string | null {
  const names: string[] = [];
  for (let j = i; j < Math.min(lines.length, i + MAX_LISTED_NAMES); j++) {
    const line = lines[j].trim();
    if (!bareName(line) || !namesAPerson(line) || CALL_TO_ACT.test(line)) break;
    names.push(line);
  }
  if (names.length < fewest) return null;
  return joinNames(names);
}

/**
 * "Datum 28.04.2023" / "Autorin/Autor Roman Goncharenko", "Author: Anna Berg" / "Published: 3 May 2024":
 * a labelled byline on line `i` right beside a line that labels the publication's date, far under the
 * article, past its list of stories to read next. The two are the article's facts box: a teaser's date
 * stands bare beside its headline, a comment's under its author's name with no label. (A bare "By" under
 * the article stays unread here too: labelledBylineAway takes it only beside a note on its person.)
 */
function inFactsBox(lines: readonly string[], i: number): boolean {
  const dated = (line: string | undefined) => !!line && PUBLICATION_LABEL.test(line) && /\d/.test(line) && countWords(line, FACT_ROW_WORDS + 1) <= FACT_ROW_WORDS;
  return dated(lines[i - 1]) || dated(lines[i + 1]);
}

/** The most words of a labelled date line in a facts box ("Published: Tuesday, 3 May 2024, 10:42 a.m."). */
const FACT_ROW_WORDS = 8;

/** How many lines under the article its author's box may stand ("Written by Anna Berg" after a share row and the tags). */
const FAR_BYLINE_UNDER_ARTICLE = 8;


