/**
 * The page's first date line or byline with a paragraph under it: the paragraph starts the article
 * and weighs more, and a sentence or two of prose right above the stamp (a standfirst, the lead
 * picture's caption, a site blurb) weighs against the run. Used by ../../main-text.ts before the run
 * is found.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { HEADER_WINDOW } from '../shared/header-window.ts';
import { opensOnADateline } from './opens-on-a-dateline.ts';

/**
 * The article starts right under its date or byline: the first paragraph of prose that follows one
 * (within a few lines) weighs more, so a short article outweighs a long site blurb elsewhere.
 */
export function proseAfterDatelineStartsTheArticle(blocks: ClassedBlock[], stamp: StampOverProse | null): void {
  if (stamp) blocks[stamp.prose].weight += 25;
}

/** The page's first date line or byline with a paragraph of prose within a few lines under it. */
interface StampOverProse {
  stamp: number;
  prose: number;
}

export function firstStampOverProse(blocks: ClassedBlock[]): StampOverProse | null {
  for (let i = 0; i < blocks.length; i++) {
    if (!blocks[i].features.dateLine && !blocks[i].features.byline) continue;
    for (let j = i + 1; j <= i + 3 && j < blocks.length; j++) if (blocks[j].cls === 'good') return { stamp: i, prose: j };
  }
  return null;
}

/** How far above the article's stamp its standfirst or lead picture's caption may be (the lines between are buttons, names). */
const ABOVE_STAMP_REACH = 3;
/** A standfirst or a caption is a sentence or two. */
const STANDFIRST_WORDS = 60;

/**
 * "Harbor Tools stock fell after the retailer reported earnings." / "By Ed Marr" / "Updated Nov. 19,
 * 2019" / the article: a sentence or two of prose right above the article's byline or date, with no
 * prose above it, is the page's standfirst or its lead picture's caption (or a site blurb), not the
 * article, which starts under its stamp. It weighs against the run, so the run starts below it. A
 * paragraph that opens on a news dateline ("HAYWARD, Calif. (AP) — …", "Berlin. Die …") starts the
 * article itself (opens-on-a-dateline.ts).
 */
const STANDFIRST_OR_CAPTION = "a standfirst or caption above the article's byline or date";

export function proseAboveTheStamp(lines: string[], blocks: ClassedBlock[], stamp: StampOverProse | null): void {
  if (!stamp) return;
  let p = stamp.stamp - 1;
  while (p >= 0 && p >= stamp.stamp - ABOVE_STAMP_REACH && blocks[p].cls !== 'good' && blocks[p].cls !== 'near') p--;
  if (p < 0 || p < stamp.stamp - ABOVE_STAMP_REACH || blocks[p].features.words > STANDFIRST_WORDS) return;
  // The lead stays in the run, but as a line of prose the article's header stands under, not its first
  // paragraph: the headline is looked for over the paragraphs under the header, as the lead's own words
  // are a summary's ("Der Bundesdrogenbeauftragte erklärt, warum …") and may share none with it.
  if (opensOnADateline(lines[p])) {
    if (blocks[p].cls === 'good') blocks[p].cls = 'near';
    leaveOutBetweenTheHeaderAndTheProse(blocks, p, stamp);
    return;
  }
  for (let k = Math.max(0, p - HEADER_WINDOW / 2); k < p; k++) if (blocks[k].cls === 'good') return;
  // Possibly the lead picture's caption: a credit or a source line right under it reads as one under a caption (knownCaption).
  Object.assign(blocks[p], { cls: 'bad', why: STANDFIRST_OR_CAPTION, pictureCaption: STANDFIRST_OR_CAPTION, weight: -(2 + blocks[p].features.words * 0.3) });
}

/** The fewest words of a line between the lead and the first paragraph read as a caption or a button's text, not a name. */
const BETWEEN_WORDS = 4;
const BETWEEN_WHY = "a line between the article's byline or date and its first paragraph (the lead picture's caption, a button)";

/**
 * With its dateline lead above the header, the run now takes in the lines between the lead and the
 * first paragraph, which stood above it before: the lead picture's caption, a button. They stay out
 * (weighing as a caption does, so the run crosses them); the header's own lines (a second stamp, the
 * byline, a name of three words at most) are segment's to read.
 */
function leaveOutBetweenTheHeaderAndTheProse(blocks: ClassedBlock[], lead: number, stamp: StampOverProse): void {
  for (let j = lead + 1; j < stamp.prose; j++) {
    const b = blocks[j];
    if (j === stamp.stamp || b.cls === 'bad' || b.features.dateLine || b.features.byline || b.features.words < BETWEEN_WORDS) continue;
    Object.assign(b, { cls: 'bad', why: BETWEEN_WHY, pictureCaption: BETWEEN_WHY, weight: -2 });
  }
}
