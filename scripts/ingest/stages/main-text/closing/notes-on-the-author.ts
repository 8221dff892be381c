/**
 * A note on the article's author (the person its byline names) under her name after the article,
 * or opening on the byline's name as a note does ("Tom is a reporter for…"): it reads as prose, but
 * it is the site's furniture and weighs against the run, so the article ends above it. Used by
 * ../../main-text.ts before the run is found; its name line's reach is closing-notes.ts's too.
 */
import { NAME_LINE_LABELS } from '../../../lib/bylines/byline-labels.ts';
import type { ClassedBlock } from '../../main-text.ts';
import { HEADER_WINDOW } from '../shared/header-window.ts';
import { literalPattern } from '../../../lib/literal-pattern.ts';
import { leaveOut, runEndingWeight } from '../shared/leave-out.ts';
import { countWords } from '../../../lib/page-text/language/text.ts';

/** A person's name alone on a line, perhaps under "About" or "By": "About Jane Smith", "Jean-Marc Dufresne (Site)". */
// Case-sensitive on purpose: the name's words are capitalised ("Image copyright Getty Images" is no name).
// The labels before the name ("About", "By", "Von", "Written by") are lib/bylines/byline-labels.ts's.
const NAME_LINE = new RegExp(
  String.raw`^(?:(?:${NAME_LINE_LABELS})\s*:?\s+)?((\p{Lu}[\p{L}'’-]+)(?:\s+(?:(?:de|da|do|dos|van|von|der|di|du|le|la|bin|al)\s+)?(?:\p{Lu}[\p{L}'’.-]+|\p{Lu}\.)){1,3})(?:\s*\([^)]{1,40}\))?$`,
  'u',
);
/** How far above a paragraph its name line may be (a job title between them: "Chief Editor, Science Desk"). */
export const NAME_LINE_REACH = 3;
/** The name must start the note: it is among its first words ("Jane leads…", "Mother of two, Jane Smith is…"). */
export const NOTE_NAME_WORDS = 12;
/** A byline with the author's desk or site and a stamp: "By Jane Smith | Science Desk | May 2, 2019". */
const BYLINE_WORDS = 15;

/** "Published by" alone over the name line of an author's box: the name is the author's, whatever the header says. */
const NAME_LINE_LABEL_ALONE = new RegExp(String.raw`^(?:${NAME_LINE_LABELS})\s*:?$`, 'u');
/**
 * How a note on an author opens after the name: "Jane Smith is a reporter for…", "Tom joined the
 * paper in 2017", "Jane covers science…", "Jean started the blog in 2010…" (a clause between commas
 * may stand after the name). "Jane Smith said…" is reported speech, no note.
 */
const NOTE_OPENING = new RegExp(
  String.raw`^((\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})(?:,[^,]{1,80},)?\s+(?:(?:is|was|has been|é|est|ist|es)\s+(?:an?|the|our|um|uma|un|une|una|ein|eine)\s|(?:joined|covers|covered|has covered|writes|has written|leads|started|founded|reports|has reported)\s)`,
  'u',
);

/**
 * "About Jane Smith" then "Jane Smith covers science for the paper…": a note on the article's author
 * (the person its byline names, above the article's first paragraphs) under her name, after the
 * article. It reads as prose, but it is the site's furniture: it weighs against the run, so the
 * article ends above it (and above the list of her other stories that usually follows). The same
 * note with no name line over it is one when it opens on the byline's name and reads as a note
 * ("Tom is a reporter for…", NOTE_OPENING). A paragraph about anyone else, or about the author
 * without her name line over it or a note's opening, is judged as before.
 */
export function notesOnTheAuthor(lines: string[], blocks: ClassedBlock[], stopwords: ReadonlySet<string>): void {
  const firstProse = blocks.findIndex((b) => b.cls === 'good');
  if (firstProse === -1) return;
  // A note on the author closes the article: it comes after most of the page's prose, never before.
  const proseWords = [0];
  blocks.forEach((b, i) => proseWords.push(proseWords[i] + (b.cls === 'good' ? b.features.words : 0)));
  const total = proseWords[blocks.length];
  // The byline is a short line near above the first paragraph ("By Jane Smith | Science Desk").
  const header: string[] = [];
  for (let i = Math.max(0, firstProse - HEADER_WINDOW); i < firstProse; i++) if (blocks[i].features.words <= BYLINE_WORDS) header.push(lines[i]);
  // Or near above another paragraph of the page's first half (a teaser's paragraph may stand above
  // the article's header): there only a line that names the author as a byline does counts ("By Tom
  // Baker | Example News", "Posted on May 2 by Tom Baker - 5 Comments"), not any line with the name
  // (a menu's entry, a product's name, a headline about her).
  const above = new Set<number>();
  for (let g = firstProse, from = 0; g < blocks.length && proseWords[g] * 2 < total; g++) {
    if (blocks[g].cls !== 'good') continue;
    // (The paragraph itself too: a blog's "Posted on … by …" line may be long enough to read as one.)
    for (let i = Math.max(from, g - HEADER_WINDOW); i <= g; i++) above.add(i);
    from = g + 1;
  }
  // The lines there that may name an author, gathered once: every note in the page's second half
  // asks them (a page of thousands of notes asked the whole first half for each one). "by" in a
  // longer line is a byline's when the line says the post was written ("Ranked by Acme Group" over a
  // table is not).
  const bylines: { line: string; lowered: string; saysBy: boolean; byline: boolean }[] = [];
  for (const i of above) {
    const line = lines[i].trim();
    const saysBy = /by/i.test(line) && (blocks[i].features.words <= BYLINE_WORDS || POSTED_BY.test(line));
    if (saysBy || blocks[i].features.byline) bylines.push({ line, lowered: line.toLowerCase(), saysBy, byline: blocks[i].features.byline });
  }
  const named = new Map<string, boolean>();
  const bylineNames = (name: string) => {
    const known = named.get(name);
    if (known !== undefined) return known;
    // (Only a line that holds the name, in any case, can name it: the patterns are built for those.)
    const lower = name.toLowerCase();
    if (!bylines.some(({ lowered }) => lowered.includes(lower))) {
      named.set(name, false);
      return false;
    }
    // A given name alone must go on with the family name there: "By Tom Baker".
    const written = literalPattern(name) + (name.includes(' ') ? String.raw`(?![\p{L}'’-])` : String.raw`\s+\p{Lu}`);
    const afterBy = new RegExp(String.raw`(?<!\p{L})by\s+${written}`, 'iu');
    const opensOn = new RegExp(String.raw`^\P{L}*(?:\p{L}+\P{L}+){1,2}${written}`, 'u');
    const found = bylines.some(({ line, saysBy, byline }) => (saysBy && afterBy.test(line)) || (byline && opensOn.test(line)));
    named.set(name, found);
    return found;
  };
  // The first paragraph of prose that names a person or a thing, whole and written the same way (the
  // byline's own lines aside): the article is about what its prose names above the name line, and a
  // note on its writer follows no paragraph about her. "Harbor Phone" over a gallery, or a firm's name
  // over its entry in a ranking, heads the article's paragraph on it, though the headline opens on it.
  const bylineLines = new Set(bylines.map((b) => b.line));
  const toldOf = new Map<string, number>();
  // (A note this walk has left out since is no paragraph of the article: the name is looked for again
  // under it, a line is never good again once left out, so each name's search goes down the page once.)
  const firstParagraphNaming = (name: string) => {
    const known = toldOf.get(name);
    if (known !== undefined && (known === Infinity || blocks[known].cls === 'good')) return known;
    const whole = new RegExp(String.raw`(?<![\p{L}\p{N}])${literalPattern(name)}(?![\p{L}\p{N}])`, 'u');
    let at = known ?? firstProse;
    while (at < blocks.length && !(blocks[at].cls === 'good' && lines[at].includes(name) && !bylineLines.has(lines[at].trim()) && whole.test(lines[at]))) at++;
    const found = at < blocks.length ? at : Infinity;
    toldOf.set(name, found);
    return found;
  };
  const mark = (note: ClassedBlock) => leaveOut(note, 'a note on the article\'s author (named in its byline)', runEndingWeight(note));
  for (let j = firstProse + 1; j < blocks.length; j++) {
    const note = blocks[j];
    if ((note.cls !== 'good' && note.cls !== 'near') || proseWords[j] < total - proseWords[j + 1]) continue;
    let marked = false;
    for (let k = j - 1; k >= Math.max(firstProse + 1, j - NAME_LINE_REACH); k--) {
      if (blocks[k].cls === 'good') break;
      const m = NAME_LINE.exec(lines[k].trim());
      if (!m) continue;
      const [, name, given] = m;
      const opening = lines[j].split(/\s+/, NOTE_NAME_WORDS).map((w) => w.replace(/[^\p{L}'’-]+/gu, ''));
      if (!opening.includes(given)) continue;
      const byline = bylineNames(name) || NAME_LINE_LABEL_ALONE.test(lines[k - 1]?.trim() ?? '');
      if (!byline && !header.some((l) => namesAWriter(l, name, wordsOfASentence(name, stopwords)))) continue;
      // A header line that opens on the name and goes on may be a byline or the headline ("Harbor
      // Phone: Bald im Handel"): a name the article's prose above the name line already told of is what
      // the article is about. A byline ("By Jana Berg", or the name alone on its line) or a label
      // ("About Jane Smith") says who wrote it, though the article names its writer too (a winery's
      // blog on its winemaker's work).
      if (!byline && lines[k].trim().startsWith(name) && !header.some((l) => l.trim() === name) && firstParagraphNaming(name) < k) break;
      mark(note);
      marked = true;
      break;
    }
    if (marked) continue;
    // No name line over it: the note opens on the name its byline gives, whole or the given name.
    const opening = NOTE_OPENING.exec(lines[j].trim());
    // (A name alone on a line of the header is no byline here: a list of firms at the top of a
    // ranking names each one over its paragraph, "Acme Group is a leading…".)
    if (opening && bylineNames(opening[1])) mark(note);
  }
}

/**
 * "Don’t Pack Your Fears": a sub-heading in Title Case reads as a name line, and the page's header
 * shows it as a byline may stand (alone on its line in the contents, or after a word or two: the
 * headline's "Ultralight Backpacking: Don’t Pack Your Fears"). A person's name has no
 * function word of the page's language after its given name ("your", "the", "und"); the given name
 * may be one ("Will Smith"), and the particles ("van", "de") are written in lower case, which the name
 * line's pattern reads apart. A site's or a pen name with such a word ("Audiophile On") is still
 * known by its byline's label ("By Audiophile On").
 */
function wordsOfASentence(name: string, stopwords: ReadonlySet<string>): boolean {
  return name.split(/\s+/).slice(1).some((w) => /^\p{Lu}/u.test(w) && stopwords.has(w.toLowerCase().replace(/’/g, "'")));
}

/**
 * Does a short line of the header name `name` as a byline does: the name opens it, after a label of
 * a word or two ("Jane Smith | Science Desk", "By Jane Smith", "Text: Jane Smith"), follows a
 * byline's label ("4.02.2022 par Jane Smith"), the row's date ("May 2, 2019Jane Smith") or another
 * writer's name ("Von Anna Berg und Jane Smith")? A headline about the person names her further in
 * ("Tonight: Eubank Jr. returns to the ring against Jane Smith!"): the paragraph under her name
 * lower down is then the article's, on the person it is about, no note on its writer.
 */
function namesAWriter(line: string, name: string, sentenceWords: boolean): boolean {
  const at = line.indexOf(name);
  if (at === -1) return false;
  const before = line.slice(0, at).trimEnd();
  // Words of a sentence are a name only after a byline's label ("By Audiophile On"): alone or after a
  // word or two they are a heading ("Ultralight Backpacking: Don’t Pack Your Fears").
  if (sentenceWords) return LABEL_BEFORE_NAME.test(before);
  return countWords(before, WRITER_LABEL_WORDS + 1) <= WRITER_LABEL_WORDS || before.endsWith(',') || before.endsWith('&') || NAMES_JOINED.test(before) || LABEL_BEFORE_NAME.test(before) || DIGIT_BEFORE_NAME.test(before);
}
/** "September 1, 2016Autumn Adams", "May 2, 2019 · 10:40 Jane Smith": the header's stamp row, its date (or time) right before the name. */
const DIGIT_BEFORE_NAME = /\d\P{L}{0,3}$/u;
/** "4.02.2022 par", "Posted on May 2, 2019 by": a byline's label right before the name, after its date. */
const LABEL_BEFORE_NAME = new RegExp(String.raw`(?<![\p{L}])(?:${NAME_LINE_LABELS})\s*:?$`, 'iu');
/** A byline's label before the name: "By", "Written by", "Text und Fotos:" is three. */
const WRITER_LABEL_WORDS = 3;
const NAMES_JOINED = /(?<![\p{L}])(?:and|und|et|y|e|og|en|i)$/iu;

/** "Posted on May 2, 2019 by …", "Written by …": a longer line that opens a post's byline. */
const POSTED_BY = /^(?:posted|published|written|submitted)\b/i;
