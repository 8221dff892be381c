/**
 * Another story's headline near the run's foot that the page shows again further down: a site lists
 * its other stories in more than one box under the article ("Related", "More on the topic", "Audios
 * and videos"), so the headline of a teaser the run took in (a short line over its summary or over a
 * newsletter's blurb) stands a second time below it. The article's own lines are not listed so: its
 * sub-headings stand once under its headline, or again only above (its table of contents), and a
 * paragraph it repeats (a pull quote) is a sentence, not a headline.
 *
 * What keeps the article's own lines:
 * - the line reads as a headline: three words or more, no sentence end, no more than a headline's
 *   words, not furniture already (a label, a button the page repeats: "Advertisement", "Read more");
 * - its copy stands under the run, and no copy stands anywhere above it (an interview's repeated
 *   label, a listicle's repeated button, the article's contents above its sections); a line the run
 *   shows again under it is a label each item of a box repeats (a testimonial's "… is a partner
 *   service of …" under each quote), and the box may stand inside the article; a copy among other lines of the run (two or more within a
 *   few lines: the article's headings again, its contents rendered under it) is the article's own;
 * - it stands near the run's foot: the prose under it is little beside the article's above it
 *   (UNDER_SHARE, MAX_UNDER_WORDS), one paragraph at most (its summary, a blurb: more, and the
 *   headline is one of a box set inside the article, which goes on under it), and a paragraph
 *   stands above it in the run.
 * The article then ends above the headline, and each line from there on is reported with the reason;
 * the lines over it that weigh against the run leave it with dangling-foot.ts. Found with
 * scripts/bench/extract/kept-lines.ts on the snippets' dev pages (other stories' headlines kept at the
 * run's foot, "after the article", headline-like).
 */
import type { ClassedBlock } from '../../main-text.ts';
import { isGoodOrNear as isParagraph } from '../shared/prose.ts';
import { leaveOut, runEndingWeight } from '../shared/leave-out.ts';

/** Prose under the headline at most, as a share of the prose above it. */
const UNDER_SHARE = 0.25;
/** Prose under the headline at most, in words. */
const MAX_UNDER_WORDS = 150;
/** Paragraphs under the headline at most: its summary, or the newsletter's blurb the run reached for. */
const PARAGRAPHS_UNDER = 1;
/** A headline's words: at least (a label of a word or two is a button's or a box's), at most. */
const HEADLINE_WORDS = 3;
const HEADLINE_AT_MOST = 20;

export const TEASER_SHOWN_AGAIN_WHY = "another story's headline the page lists again under the article, and what follows it";

/** Returns the article's last line: above a headline near the run's (start..end) foot that the page shows again below it, if any. */
export function aboveATeaserShownAgain(keys: string[], blocks: ClassedBlock[], start: number, end: number): number {
  // Prose of the run above line i and under it.
  let over = 0;
  let under = 0;
  for (let i = start; i <= end; i++) if (isParagraph(blocks[i])) under += blocks[i].features.words;
  // The page's lines above the run: a copy there is the article's contents, or a box the header repeats.
  const seen = new Set<string>();
  for (let i = 0; i < start; i++) seen.add(keys[i].trim());
  for (let i = start; i <= end; i++) {
    const b = blocks[i];
    const key = keys[i].trim();
    const firstTime = !seen.has(key);
    seen.add(key);
    if (isParagraph(b)) under -= b.features.words;
    const nearTheFoot = over > 0 && under <= UNDER_SHARE * over && under <= MAX_UNDER_WORDS;
    if (isParagraph(b)) over += b.features.words;
    if (!nearTheFoot || !firstTime || !headlineShaped(b)) continue;
    const copies = keys.flatMap((k, j) => (j > end && k.trim() === key ? [j] : []));
    if (!copies.length || copies.some((j) => listsTheArticlesLines(keys, j, start, i))) continue;
    // A teaser's summary or a blurb under it, no more: paragraphs under a box of headlines are the article going on.
    let paragraphs = 0;
    for (let k = i + 1; k <= end; k++) if (isParagraph(blocks[k])) paragraphs++;
    if (paragraphs > PARAGRAPHS_UNDER) continue;
    for (let k = i; k <= end; k++) if (blocks[k].cls !== 'bad') leaveOut(blocks[k], TEASER_SHOWN_AGAIN_WHY, runEndingWeight(blocks[k]));
    return i - 1;
  }
  return end;
}

/** How far around a copy under the run its box's other lines stand. */
const BOX_REACH = 4;

/**
 * The copy under the run stands among lines the run shows above the headline (two or more): the
 * article's own headings again, a table of contents the page renders under it, not a box of other stories.
 */
function listsTheArticlesLines(keys: string[], copy: number, start: number, headline: number): boolean {
  const run = new Set(keys.slice(start, headline).map((k) => k.trim()).filter(Boolean));
  let shown = 0;
  for (let j = Math.max(0, copy - BOX_REACH); j <= Math.min(keys.length - 1, copy + BOX_REACH); j++) if (j !== copy && run.has(keys[j].trim())) shown++;
  return shown >= ARTICLES_LINES;
}
/** Lines of the run around the copy that make it the article's contents. */
const ARTICLES_LINES = 2;

/**
 * A headline's shape: a short line or a line of prose with no sentence end, of a headline's words; no
 * furniture, no byline (a teaser's "by Jana Berg" may name the article's own author, whom the header reads).
 */
function headlineShaped(b: ClassedBlock): boolean {
  return (b.cls === 'short' || b.cls === 'near') && !b.features.sentenceEnd && !b.features.byline && b.features.words >= HEADLINE_WORDS && b.features.words <= HEADLINE_AT_MOST;
}
