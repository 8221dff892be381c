/**
 * The writer's biography the author box prints over the article ("Jane Smith is a senior reporter
 * covering …" under or beside her byline), among the run's first lines, above the article's first
 * paragraph: left out and reported, and the article starts at its first paragraph under it. Used by
 * ../../main-text.ts once the article's start is known.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { biographyName, nameWordPattern } from '../../../lib/page-text/boxes/writer-bio.ts';
import { leaveOut, runEndingWeight } from '../shared/leave-out.ts';

/** How many lines at the top of the run the author box may take (her name, the bio, a fact-checker's too, their links). */
const BIO_REACH = 12;
/** The article goes on under the bio in this many paragraphs at least, none of them naming the person. */
const PARAGRAPHS_UNDER = 2;
const BIO_ABOVE = 'a writer\'s biography over the article';
/** An author box's bio is a few sentences; a longer paragraph is the article's. */
const BIO_WORDS = 90;
/**
 * Over the article, only the bio that says what the person is ("… is a senior reporter", "… serves as"):
 * one that says what she did ("Saturday Night Live joined the conversation…", "… covers") may be a lead.
 */
const SAYS_WHAT_SHE_IS = /^\s*(?:\([^)]{1,40}\)\s*)?(?:,[^,]{1,60},\s*)?(?:is|was|has been|serves as|works as|est|ist|é|es|è)\s/u;

/**
 * A writer's biography (lib/page-text/boxes/writer-bio.ts: a name, then what the person is by trade)
 * among the run's first lines, no other paragraph above it: the author box's, so the article starts at
 * the first paragraph under the last such bio. A profile that opens on its subject ("Maria Lopez is a
 * professor of astronomy…") names her again in the paragraphs under it ("Lopez said…"): it stays, and so
 * does a bio the article does not go on under in paragraphs.
 */
export function belowTheWritersBiography(lines: string[], blocks: ClassedBlock[], start: number, end: number): number {
  const bios: number[] = [];
  for (let i = start; i <= end && i < start + BIO_REACH; i++) {
    const b = blocks[i];
    if (b.cls === 'bad') continue;
    const name = biographyName(lines[i]);
    if (name !== null && b.features.words >= 5 && b.features.words <= BIO_WORDS && SAYS_WHAT_SHE_IS.test(lines[i].trim().slice(name.length))) {
      bios.push(i);
      continue;
    }
    if (b.cls === 'good') break;
  }
  if (!bios.length) return start;
  const last = bios[bios.length - 1];
  let first = last + 1;
  while (first <= end && blocks[first].cls !== 'good') first++;
  if (first > end) return start;
  const under: number[] = [];
  // (Her bio again at the foot names her too: it is no paragraph of the article.)
  for (let i = first; i <= end; i++) if (blocks[i].cls === 'good' && biographyName(lines[i]) === null) under.push(i);
  if (under.length < PARAGRAPHS_UNDER) return start;
  // A profile's subject is named again in the paragraphs under its opening ("Lopez said…").
  const named = bios.map((i) => nameWordPattern(biographyName(lines[i])!));
  if (named.some((re) => re !== null && under.some((k) => re.test(lines[k])))) return start;
  for (const i of bios) leaveOut(blocks[i], BIO_ABOVE, runEndingWeight(blocks[i]));
  return first;
}
