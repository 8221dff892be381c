/**
 * The note on the author that closes a page, without the trade line ../inside/person-boxes.ts asks for: her name
 * alone on its line (perhaps under "Autor" or "About the author", or written "Über Jana Berg"), a
 * line or two of the box's own (a job title, a count of her articles, her social links), then one
 * short paragraph on her ("Schreibt seit 2008 für das Blatt…", "Jana has covered…", "Historian of
 * …"). innerText gives it as a heading and a paragraph, so the run takes it in and the article ends
 * on it.
 *
 * What shows it is the author's box and not the article's last section headed by a person's name:
 * - the page says whose name it is: an author's label over it ("Autor", "About the author") or on
 *   it ("Über Jana Berg"), the note opening on her whole name as its subject ("Jana Berg schreibt…";
 *   not "Dry Cleaning’s third LP…", nor a title-case heading whose paragraph repeats its words), or
 *   a byline of the page naming her;
 * - it stands at the run's foot: under most of its prose, with no more than a teaser's summary of
 *   prose under it when a label names it, and none when only the note or a byline does (a paragraph
 *   that opens on someone's name, the article going on under it, is the article's);
 * - it is the only name over a paragraph at the foot: an article that goes through people one by
 *   one (a name, a paragraph on her, the next name…) ends on such a pair too, and keeps it.
 * The article then ends above the box, and each of its lines is reported with the reason.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { NAME_PARTICLE } from '../../../lib/bylines/name-shape.ts';
import { noteOpensOnThePerson } from './note-opens-on-the-author.ts';
import { AUTHOR_BOX_HEADING, AUTHOR_NOTE_HEAD_LABELS, AUTHOR_NOUN_UNDER_NAME } from '../../../lib/bylines/byline-labels.ts';
import { leaveOut, runEndingWeight } from '../shared/leave-out.ts';

/** A person's name: two to four capitalised words, the particles of names between ("Ana de la Cruz"). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+(?:${NAME_PARTICLE}\s+){0,2}\p{Lu}[\p{L}'’.-]+){1,3}`;
/**
 * The name alone, perhaps after the head of an author's note ("Über Jana Berg", "About Jana Berg") and before a
 * count of her articles ("Jana Berg 257 Artikel"). Case-sensitive: the name's words are capitalised.
 */
const NAME_LINE = new RegExp(String.raw`^(?:(?:${AUTHOR_NOTE_HEAD_LABELS})\s*:?\s+)?(${NAME})(?:\s+\d{1,6}\s+\p{L}{2,20})?$`, 'u');
/** Lines of the box's own between the name and the note at most (a title, a count, social links). */
const BETWEEN = 3;
/** Words of such a line at most. */
const BOX_LINE_WORDS = 8;
/** A note on the author is short (four or five sentences, her trade, her career, her books: some hundred words): a longer paragraph is the article's. */
const NOTE_WORDS = 110;
/** Prose under the box at most: another story's summary, not the article going on. */
const PROSE_UNDER_THE_BOX = 50;
/** How far above the box another name over a paragraph makes the foot a list of people. */
const LIST_REACH = 20;

export const AUTHOR_NOTE_AT_THE_FOOT = "a note on the author at the article's foot (her name, a short paragraph on her)";

interface Box {
  /** The label's line (or the name's when no label stands over it), the name's, the note's. */
  first: number;
  name: number;
  note: number;
}

const isParagraph = (b: ClassedBlock | undefined) => !!b && (b.cls === 'good' || b.cls === 'near');

/** The name (group 1 of NAME_LINE) on line i, if it stands alone over a short paragraph: the box's shape. */
function boxAt(lines: string[], blocks: ClassedBlock[], i: number, end: number): { name: string; note: number } | null {
  if (isParagraph(blocks[i]) && blocks[i].features.sentenceEnd) return null;
  const line = lines[i].trim();
  if (line.length > 120) return null;
  const name = NAME_LINE.exec(line)?.[1];
  if (!name) return null;
  let k = i + 1;
  for (; k <= end && k <= i + BETWEEN && !isParagraph(blocks[k]); k++) {
    if (blocks[k].features.words > BOX_LINE_WORDS || blocks[k].features.sentenceEnd) return null;
  }
  // A line of the box's own may read as a short line of prose ("Freier Journalist in Berlin"): one without a sentence end is passed.
  while (k <= end && k < i + BETWEEN && isParagraph(blocks[k]) && !blocks[k].features.sentenceEnd && blocks[k].features.words <= BOX_LINE_WORDS && isParagraph(blocks[k + 1])) k++;
  if (k > end || !isParagraph(blocks[k]) || blocks[k].features.words > NOTE_WORDS) return null;
  return { name, note: k };
}

/**
 * Does the page say the name is the author's: an author's label over it or on it, the note opening on
 * the whole name ("Jana Berg schreibt…"), or a byline naming her. Returns the box's first line, or -1.
 * A heading in title case over a paragraph on its subject ("List Comprehensions" / "List
 * comprehensions are…") is none of these.
 */
function namedAsTheAuthor(lines: string[], blocks: ClassedBlock[], name: string, i: number, note: number): number {
  const above = lines[i - 1]?.trim() ?? '';
  // ("By:" alone is no such label: a catalogue credits each of its items so.)
  if (AUTHOR_BOX_HEADING.test(above) || AUTHOR_NOUN_UNDER_NAME.test(above)) return i - 1;
  if (lines[i].trim() !== name) return i;
  // The name as the subject of the note's first sentence: "Jana Berg schreibt…", not "Dry Cleaning’s third LP…" (main-text/closing/note-opens-on-the-author.ts).
  if (noteOpensOnThePerson(lines[note], name, note > i + 1)) return i;
  const lower = name.toLowerCase();
  for (let j = 0; j < lines.length; j++) {
    if (j >= i && j <= note) continue;
    if (blocks[j].features.byline && lines[j].toLowerCase().includes(lower)) return i;
  }
  return -1;
}

/**
 * Returns the article's last line: above the author's note when the run (start..end) closes on one.
 * The box's lines are marked, so the report says why the article ends there.
 */
export function aboveTheAuthorsNoteAtTheFoot(lines: string[], blocks: ClassedBlock[], start: number, end: number): number {
  const prose = (from: number, to: number) => {
    let words = 0;
    for (let k = from; k <= to; k++) if (isParagraph(blocks[k])) words += blocks[k].features.words;
    return words;
  };
  // From the foot up: the lowest box is the one that can close the run.
  for (let i = end - 1; i > start; i--) {
    const box = boxAt(lines, blocks, i, end);
    if (!box) continue;
    const below = prose(box.note + 1, end);
    if (below > PROSE_UNDER_THE_BOX || below >= prose(start, i - 1)) return end;
    const first = namedAsTheAuthor(lines, blocks, box.name, i, box.note);
    if (first === -1 || first <= start) return end;
    // Named only by the note's opening or a byline, a paragraph on a person may be the article's own
    // (a profile of someone it quotes, the article going on under it): only a note the run ends on is the author's.
    const labelled = first !== i || lines[i].trim() !== box.name;
    if (!labelled && below > 0) return end;
    // Another name over a paragraph not far above: the article goes through people, and this is its last.
    // (A sub-heading over a paragraph is no such name: German capitalises its nouns. The page must name that person as it names this one.)
    if (first === i) {
      for (let k = first - 1; k > start && k >= first - LIST_REACH; k--) {
        const other = boxAt(lines, blocks, k, first - 1);
        if (other && namedAsTheAuthor(lines, blocks, other.name, k, other.note) === k) return end;
      }
    }
    mark(blocks, { first, name: i, note: box.note });
    let cut = first - 1;
    while (cut > start && blocks[cut].weight <= 0) cut--;
    return cut;
  }
  return end;
}

function mark(blocks: ClassedBlock[], box: Box): void {
  for (let k = box.first; k <= box.note; k++) {
    const b = blocks[k];
    if (b.cls === 'bad') continue;
    leaveOut(b, AUTHOR_NOTE_AT_THE_FOOT, runEndingWeight(b));
  }
}
