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
  if (p < 0 || p < stamp.stamp - ABOVE_STAMP_REACH || blocks[p].features.words > STANDFIRST_WORDS || opensOnADateline(lines[p])) return;
  for (let k = Math.max(0, p - HEADER_WINDOW / 2); k < p; k++) if (blocks[k].cls === 'good') return;
  // Possibly the lead picture's caption: a credit or a source line right under it reads as one under a caption (knownCaption).
  Object.assign(blocks[p], { cls: 'bad', why: STANDFIRST_OR_CAPTION, pictureCaption: STANDFIRST_OR_CAPTION, weight: -(2 + blocks[p].features.words * 0.3) });
}
