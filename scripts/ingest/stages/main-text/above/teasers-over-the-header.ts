/**
 * Other stories' titles the run opened on, over the article's own header: a list of short titles
 * (cut with "…", or each under its age and writer: "1dRob Dawson"), then the headline, its byline or
 * date, and the first paragraph right under them. The titles' few words of sentence (a cut title ends
 * on "...") make them weigh for the run, so it opens among them and the headline is read as one of the
 * run's lines. The article starts at the first paragraph under the stamp instead: the header stands
 * above it, where the headline is looked for, and the titles above the header are left out as lines
 * above its headline. Used by ../../main-text.ts once the run's start is known.
 *
 * A real article whose first lines are short keeps them: the rule moves nothing unless a stamp
 * (a date line, a byline) stands right over the first paragraph with a headline over it, and three
 * titles or more (single clauses, no paragraph, each cut short or over its age or writer) stand above
 * that headline, inside the run; a list of the article's points ("Story Highlights") is no such list.
 * Nor when the stamp stands over a headline-shaped line: the header is written date first, title
 * under it, and the line over the stamp is a menu's last entry, not the article's headline.
 */
import type { ClassedBlock } from '../../main-text.ts';

/** How far above the first paragraph the header's stamp may stand (share buttons, a credit between). */
const STAMP_REACH = 6;
/** How far above its stamp the headline may stand (a writer's name, a deck between). */
const HEADLINE_REACH = 3;
/** Fewer titles than this over the headline are the header's own kicker or deck. */
const MIN_TITLES = 3;
/** A title is one clause of a few words: longer lines, or two sentences, are the article's. */
const TITLE_WORDS = { min: 3, max: 25 };

/** A title's words cut short: "…Of The...", "…des…". */
const CUT_SHORT = /(?:\.{3}|…)$/;
/** A teaser's line under its title: its age and writer ("1dRob Dawson"), a label, a word or three. */
const UNDER_A_TITLE_WORDS = 3;

/** A line of one clause, a few words, no paragraph: a title's shape (or a summary's point). */
function titleShaped(b: ClassedBlock | undefined): boolean {
  return !!b && b.cls !== 'bad' && b.cls !== 'good' && b.features.words >= TITLE_WORDS.min && b.features.words <= TITLE_WORDS.max && b.features.sentenceMarks <= 1;
}

/**
 * Another story's title: title-shaped, and cut short as a card cuts it, or over its own short line
 * (its age, its writer). The article's own points in a row ("Story Highlights": one clause each, no
 * line between) are title-shaped too, but neither.
 */
function isTeaserTitle(lines: string[], blocks: ClassedBlock[], i: number): boolean {
  if (!titleShaped(blocks[i])) return false;
  if (CUT_SHORT.test(lines[i].trimEnd())) return true;
  const under = blocks[i + 1];
  return !!under && under.cls !== 'bad' && under.features.words >= 1 && under.features.words <= UNDER_A_TITLE_WORDS && !titleShaped(under);
}

/**
 * The line the article starts at: the first paragraph under the header, when the run opens on other
 * stories' titles above that header; else `start`. `isStamp(i)` says whether line i is a date line or
 * a byline (as the page writes its stamp).
 */
export function startUnderTeasersOverTheHeader(lines: string[], blocks: ClassedBlock[], start: number, end: number, isStamp: (i: number) => boolean): number {
  let prose = start;
  while (prose <= end && blocks[prose].cls !== 'good') prose++;
  if (prose > end || prose - start < MIN_TITLES + 2) return start;
  let stamp = -1;
  for (let i = prose - 1; i > start && i >= prose - STAMP_REACH; i--) {
    if (isStamp(i)) {
      stamp = i;
      break;
    }
  }
  if (stamp === -1) return start;
  // "April 18, 2024" / "Five lessons from twenty years" / "Ann Lee" / the first paragraph: the stamp
  // stands over the headline, the order a header gives its date and its title, and the line over the
  // stamp is no headline but the last of a menu (its entries and their one-line descriptions are no
  // teasers: "Put your services on our cloud." over "Hosting"). The run keeps that header, and the
  // stamp is read over its headline inside the run (segment.ts, date-stamp-over-headline-in-run).
  if (stamp + 1 < prose && titleShaped(blocks[stamp + 1])) return start;
  let headline = -1;
  for (let i = stamp - 1; i > start && i >= stamp - HEADLINE_REACH; i--) {
    if (blocks[i].cls !== 'bad' && blocks[i].features.words >= TITLE_WORDS.min) {
      headline = i;
      break;
    }
  }
  if (headline === -1) return start;
  let titles = 0;
  for (let i = start; i < headline; i++) {
    const b = blocks[i];
    // A paragraph, or a line of two sentences, above the header: the article's opening, not a list.
    if (b.cls === 'good' || (b.cls === 'near' && b.features.sentenceMarks >= 2)) return start;
    if (isTeaserTitle(lines, blocks, i)) titles++;
  }
  return titles >= MIN_TITLES ? prose : start;
}
