/**
 * A video's description under its player between the article's paragraphs: "WATCH | Palestinians react
 * …:" / the video's title / "14 hours ago" / "Duration 1:30" / "Yahya Sinwar has been promoted to Hamas
 * political chief. Some Palestinians in Gaza fear …". The chrome knows the player's lines (media-player),
 * and the run crosses them; the description under them reads as a paragraph, so the run kept it in
 * the article, though it tells the video's story, not the article's.
 *
 * What shows it is the video's: it stands right under the player's line that gives the video's length
 * ("Duration 1:30", "00:21 Min."), it is short (a teaser's length), and the article's prose stands
 * above the player and goes on under the description. A player's speed or voice buttons ("1x",
 * "Vorlesen") over the article's first paragraph give no length: that paragraph stays. The description
 * is left out with its reason, weighing as a caption does, so the run goes on past it. Used by
 * ../../main-text.ts before the run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { isGoodOrNear as isParagraph } from '../shared/prose.ts';
import { leaveOut } from '../shared/leave-out.ts';

/** The video's length on the player's line: a clock ("1:30", "12:38") or minutes ("00:21 Min."). */
const LENGTH = /(?:^|\s)\d{1,2}:\d{2}(?::\d{2})?(?:\s*min\.?)?\.*$/iu;
/** A video's description is a sentence or three. */
const DESCRIPTION_WORDS = 60;
/** How far above the player the article's paragraph stands at most (its title, an age, a label between). */
const PROSE_ABOVE_REACH = 6;
/** How far under the description the article goes on at most. */
const PROSE_UNDER_REACH = 3;

const WHY = "a video's description under its player (the line that gives its length)";

export function videoDescriptions(lines: string[], blocks: ClassedBlock[]): void {
  for (let i = 1; i + 1 < blocks.length; i++) {
    if (blocks[i].features.chrome?.id !== 'media-player' || !LENGTH.test(lines[i].trim())) continue;
    const d = blocks[i + 1];
    if (!isParagraph(d) || d.features.words > DESCRIPTION_WORDS) continue;
    let above = false;
    for (let k = i - 1; k >= 0 && k >= i - PROSE_ABOVE_REACH; k--) if (isParagraph(blocks[k])) above = true;
    let under = false;
    for (let k = i + 2; k < blocks.length && k <= i + 1 + PROSE_UNDER_REACH; k++) if (isParagraph(blocks[k])) under = true;
    if (above && under) leaveOut(d, WHY);
  }
}
