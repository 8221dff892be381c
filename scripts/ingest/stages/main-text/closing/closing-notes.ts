/**
 * The site's closing notes at the foot of the run (an appeal, a disclaimer, a note on its links, a
 * press release's company description, a writer's biography, a note under the author's name and
 * trade): they read as prose, so the run takes them in; the article ends on the last paragraph above
 * the first of them. Used by ../../main-text.ts after the run is found, and on another reader's
 * article by closingLinesOfArticle (stages/html-closing-notes.ts).
 */
import type { ClassedBlock } from '../../main-text.ts';
import { isClosingNote } from '../../../lib/page-text/boxes/closing-note.ts';
import { leaveOut, runEndingWeight } from '../shared/leave-out.ts';
import { describedCompany, aboutLineName, hasCompanyFacts } from '../../../lib/page-text/boxes/company-description.ts';
import { AUTHOR_NOTE_WORDS, underAnAuthorsNameAndTrade } from '../../../lib/page-text/boxes/author-box.ts';
import { biographyName, nameWordPattern } from '../../../lib/page-text/boxes/writer-bio.ts';
import { NAME_LINE_REACH, NOTE_NAME_WORDS } from './notes-on-the-author.ts';

/**
 * The site's closing notes at the foot of the run (CLOSING_NOTE: an appeal for donations, "If you
 * enjoyed this article…", a disclaimer, a note on affiliate links, "Have a tip?"; a press release's
 * company description, lib/page-text/boxes/company-description.ts; a writer's biography,
 * lib/page-text/boxes/writer-bio.ts): they read as prose,
 * so the run takes them in. Walking up from the run's last line over notes and the short lines
 * among them, the article ends on the last paragraph above the first note; a paragraph that is no
 * note stops the walk, so the same words higher in the article (a report on a charity's donations)
 * are its own. Each note is marked, so the report says why the article ends there.
 */
export function aboveTheClosingNotes(lines: string[], blocks: ClassedBlock[], start: number, end: number): number {
  // Both walks go up from the run's end over the same lines and ask each whether it is a closing note
  // (CLOSING_NOTE, case-folded, at every character): each line is asked once.
  const notes = new Map<number, boolean>();
  const isNote = (i: number) => {
    let note = notes.get(i);
    if (note === undefined) notes.set(i, (note = isClosingNote(lines[i])));
    return note;
  };
  const companies = companiesDescribedAtTheEnd(lines, blocks, start, end, isNote);
  let cut = end;
  for (let i = end, notes = 0; i > start && notes < CLOSING_NOTES_AT_MOST; i--) {
    const b = blocks[i];
    if (b.cls === 'bad') continue;
    if (b.cls !== 'short') notes++;
    if (isNote(i)) {
      leaveOut(b, 'a closing note of the site (an appeal, a disclaimer, a note on its links)', runEndingWeight(b));
      cut = i - 1;
    } else if (b.cls !== 'short' && companies.has(describedCompany(lines[i]) ?? '')) {
      leaveOut(b, COMPANY_DESCRIPTION, runEndingWeight(b));
      cut = i - 1;
    } else if (b.cls !== 'short' && isWritersBiography(lines, blocks, i)) {
      leaveOut(b, 'a writer\'s biography closing the page', runEndingWeight(b));
      cut = i - 1;
    } else if (b.cls !== 'short' && b.features.words <= AUTHOR_NOTE_WORDS && underAnAuthorsNameAndTrade(lines, i)) {
      leaveOut(b, 'a note on the author under her name and trade, closing the page', runEndingWeight(b));
      cut = i - 1;
    } else if (b.cls === 'short' && companies.has(aboutLineName(lines[i]) ?? '')) {
      Object.assign(b, { cls: 'bad', why: `the heading of ${COMPANY_DESCRIPTION}`, weight: -10 });
      cut = i - 1;
    } else if (b.cls !== 'short') break;
  }
  if (cut === end) return end;
  // The article ends on a line of its own weight, as the run does (the end found may be a list's last item: only a cut end is moved).
  while (cut > start && blocks[cut].weight <= 0) cut--;
  return cut;
}

const COMPANY_DESCRIPTION = 'the company\'s standard description closing a press release';

/**
 * A page closes on a few notes; the walk up over them stops after this many paragraphs, so a page of
 * thousands of paragraphs shaped as notes (each biography searched the lines above it for its name)
 * is read in linear time.
 */
const CLOSING_NOTES_AT_MOST = 50;

/**
 * The companies whose standard description (lib/page-text/boxes/company-description.ts) closes the run:
 * among the run's last paragraphs (closing notes, short lines and paragraphs that open on a company's
 * name, walking up from its end), a name whose paragraph says what only such a description says
 * (where it is headquartered, how many it employs…) or stands under an "About <name>" line. Its
 * other paragraphs there ("Acme is a global provider of…") are the same description.
 */
function companiesDescribedAtTheEnd(lines: string[], blocks: ClassedBlock[], start: number, end: number, isNote: (i: number) => boolean): Set<string> {
  const companies = new Set<string>();
  for (let i = end; i > start; i--) {
    const b = blocks[i];
    if (b.cls === 'bad' || b.cls === 'short' || isNote(i)) continue;
    const name = describedCompany(lines[i]);
    if (name === null) break;
    if (hasCompanyFacts(lines[i]) || aboutLineName(lines[i - 1]) === name) companies.add(name);
  }
  return companies;
}

/**
 * A writer's biography (lib/page-text/boxes/writer-bio.ts) whose person the page names nowhere above it but
 * in a byline or her name line over the note: a closing paragraph on the person the headline or the article is about ("Maria Lopez is
 * a professor…" under "Maria Lopez builds…") is the article's own. A byline the text shows without its
 * "By" (her name alone on its line, or run into the stamp: "Jane Smith•Updated on …") counts as one
 * when no paragraph above the note names her: a person the article is about is named in its prose.
 */
function isWritersBiography(lines: string[], blocks: ClassedBlock[], i: number): boolean {
  const name = biographyName(lines[i]);
  if (name === null) return false;
  // (Her name line right above the note, "Jane Smith" alone or with her desk, is the note's own heading.)
  const nameLine = (k: number) => k >= i - NAME_LINE_REACH && blocks[k].features.words <= NOTE_NAME_WORDS && blocks[k].cls !== 'good';
  let alone = false;
  for (let k = 0; k < i; k++) {
    if (blocks[k].features.byline || nameLine(k) || !lines[k].includes(name)) continue;
    if (!nameAloneOnItsLine(lines[k], name)) return false;
    alone = true;
  }
  return !alone || !proseNamesThePerson(lines, blocks, i, name);
}

/** "Jane Smith" alone, or run into the stamp or the site's name by a mark ("Jane Smith•Updated on …", "Jane Smith | Example News"). */
function nameAloneOnItsLine(line: string, name: string): boolean {
  const t = line.trim();
  return t.startsWith(name) && /^(?:\s*$|\s*[•|·–—])/u.test(t.slice(name.length));
}

/** A paragraph above the note that names the person, by any word of her name ("Brisk started on the boats…"). */
function proseNamesThePerson(lines: string[], blocks: ClassedBlock[], i: number, name: string): boolean {
  const named = nameWordPattern(name);
  if (named === null) return false;
  for (let k = 0; k < i; k++) if (blocks[k].cls === 'good' && named.test(lines[k])) return true;
  return false;
}
