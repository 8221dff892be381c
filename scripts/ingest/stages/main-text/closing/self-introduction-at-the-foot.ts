/**
 * The writer introducing herself in the first person at the foot of her post: "Hi, ich bin Tine und
 * gebürtige Berlinerin. …", "I'm Kiersten, a journalist and sommelier …", "My name is Florina and …",
 * "Je suis Léa, …". Blogs close each post with the author's box, and innerText gives it as her name
 * (or the box's heading) over that short paragraph, so the run takes it in and the article ends on it.
 * The note on the author in the third person is ./notes-on-the-author.ts's and
 * ./author-note-at-the-foot.ts's; this one opens on the writer saying her own name.
 *
 * What keeps the article's own lines:
 * - the paragraph opens on the introduction itself (a greeting at most before it), then a name: one
 *   to three capitalised words followed by a comma, a dash, "and"/"und"/"et"/"y"/"e" or the end of the
 *   sentence ("I'm Canadian, so …" in the middle of a post is no box: it is not the run's foot);
 * - it is the run's last paragraph (another such note may stand right above it: a blog of two writers),
 *   short (NOTE_WORDS), under most of the run's prose (PROSE_ABOVE paragraphs at least): an article
 *   opening on "Hey, I'm Kev, …" or telling its story in the middle stays.
 * The article then ends above the note and the few short lines over it that weigh against the run (her
 * name, the box's heading), and each line from there on is reported with the reason.
 * Found with scripts/bench/extract/census/kept-lines.ts on the snippets' dev pages (after the article,
 * headline-like lines) and the meta set's dev pages.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { isGoodOrNear as isParagraph } from '../shared/prose.ts';
import { leaveOut, runEndingWeight } from '../shared/leave-out.ts';
import { anyCasePattern } from '../../../lib/any-case-pattern.ts';

/** "I'm", "ich bin", "je suis", "soy", … and "my name is" in the languages most blogs are written in. */
const I_AM = String.raw`(?:i['’]m|i am|my name is|ich bin|mein name ist|ich hei(?:ß|ss)e|je suis|je m['’]appelle|moi c['’]est|soy|me llamo|mi nombre es|sono|mi chiamo|eu sou|sou (?:a|o)|chamo-me|meu nome é|ik ben|mijn naam is)`;
/** A greeting before it: "Hi,", "Hallo!", "Hello there!". */
const GREETING = String.raw`(?:(?:hi|hey|hello|hallo|moin|servus|hola|salut|bonjour|coucou|ciao|olá|oi|hoi)(?: there| zusammen| ihr lieben| everyone)?\s*[,!.]?\s+)?`;
/**
 * The name (NAME): one to three capitalised words (case-sensitive; the first in lower case after its capital,
 * so a shout in capitals, "ICH BIN ZU DICK!", is none), then a comma, a dash, "and" or the sentence's end.
 */
const NAME = String.raw`\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’.-]+){0,2}`;
/** What follows the name, in any case. */
const THEN = String.raw`(?:\s*[,–—:!.]|\s-\s|\s(?:and|und|et|y|e|en|aka)\s)`;
// The words in any case, the name in its own: written out by anyCasePattern, not as a `(?-i:…)` group
// around the name, which V8 may compile without its modifier (lib/any-case-pattern.ts).
const SELF_INTRODUCTION = new RegExp(String.raw`^${anyCasePattern(GREETING)}${anyCasePattern(I_AM)}\s+${NAME}${anyCasePattern(THEN)}`, 'u');

/** Words of the writer's note on herself at most: a few sentences, not a closing section. */
const NOTE_WORDS = 110;
/** Paragraphs of the run above the note at least: the article it closes. */
const PROSE_ABOVE = 4;
/** Such notes at the foot at most, one over the other (a blog of two writers). */
const NOTES = 2;
/** Short lines of the box over the note at most (her name, the box's heading, her trade). */
const BOX_LINES = 3;

export const SELF_INTRODUCTION_WHY = "the writer's note on herself at the post's foot, in her own words (\"Hi, I'm …\")";

/** Does the line open on the writer introducing herself by name? */
export function introducesTheWriter(line: string): boolean {
  return SELF_INTRODUCTION.test(line.trim());
}

/** Returns the article's last line: above the writer's note on herself at the run's (start..end) foot, if any. */
export function aboveASelfIntroductionAtTheFoot(lines: string[], blocks: ClassedBlock[], start: number, end: number): number {
  let cut = end;
  for (let notes = 0; notes < NOTES; notes++) {
    let last = cut;
    while (last > start && !isParagraph(blocks[last])) last--;
    if (last <= start || blocks[last].features.words > NOTE_WORDS || !introducesTheWriter(lines[last])) break;
    let above = 0;
    for (let i = start; i < last; i++) if (isParagraph(blocks[i])) above++;
    if (above < PROSE_ABOVE) break;
    // Her name or the box's heading right over the note weigh against the run: they are the box's.
    let first = last;
    while (first - 1 > start && last - first < BOX_LINES && blocks[first - 1].weight <= 0 && !isParagraph(blocks[first - 1])) first--;
    for (let k = first; k <= end; k++) if (blocks[k].cls !== 'bad') leaveOut(blocks[k], SELF_INTRODUCTION_WHY, runEndingWeight(blocks[k]));
    cut = first - 1;
  }
  return cut;
}
