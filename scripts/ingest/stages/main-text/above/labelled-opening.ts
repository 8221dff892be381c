/**
 * The article's opening above a box the page sets inside it, found by the page's own labels: a page
 * that tags each of its article's paragraphs for screen readers ("Article content" on the line above
 * it) or notes that the article goes on under an advertisement ("Story continues below") says which
 * lines are the article's. Headline, byline, stamp; "Article content" / the first paragraph; then a
 * subscription offer of twenty lines or more (calls to action, a list of the offer's perks in short
 * sentences, a sign-in form); then "Article content" / the rest of the article. Weighed alone, the
 * opening paragraph loses against the box, and the run starts under it: the opening was dropped as
 * "page header far above the first paragraph". When the run itself stands under such a label, a
 * paragraph under a label (or over a "continues below" note) between the headline and the run is the
 * article's: the article starts at the first one, the labelled paragraphs stay, and the box's lines
 * the labels leave out are reported as a box inside the article. Used by detectMainText once the
 * headline is chosen.
 */
import type { ClassedBlock } from '../../main-text.ts';

export const LABELLED_BOX_WHY = 'a box between the paragraphs the page labels as the article\'s (only its paragraphs carry the label)';

/** How far above the run the labelled opening may stand: a subscription box runs to fifty lines and more. */
const OPENING_REACH = 90;

const isMarker = (b: ClassedBlock | undefined) => b?.features.chrome?.id === 'article-label' || b?.features.chrome?.id === 'continues-below';
/** Lines a label may stand over or under with no effect: an ad's label, a caption, a stamp (left to the rules that take them inside a run). */
export const sitsInsideTheArticle = (b: ClassedBlock) =>
  b.cls === 'bad' && (isMarker(b) || (!!b.features.chrome && !b.features.chrome.endsArticle) || !!b.features.caption || b.features.dateLine);
const passable = sitsInsideTheArticle;

/**
 * The lines between the headline and the run (start) that the labels keep, and the first of them,
 * or null when the run stands under no label or no labelled paragraph stands above it.
 */
export function labelledOpening(blocks: ClassedBlock[], walls: boolean[], headline: number, start: number): { first: number; kept: Set<number> } | null {
  if (headline === -1 || headline >= start) return null;
  const from = Math.max(headline + 1, start - OPENING_REACH);
  const kept = new Set<number>();
  let first = -1;
  for (let i = from; i < start; i++) {
    if (walls[i]) return null;
    if (!isMarker(blocks[i])) continue;
    // The line the label stands over (an ad's label, a caption may come between), and the lines of
    // prose that go on from it: the labelled paragraph and its sentences. A line in capitals under it
    // ("THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY") is the box's.
    let p = i + 1;
    while (p < start && passable(blocks[p]) && !isMarker(blocks[p])) p++;
    if (p >= start || blocks[p].cls === 'bad') continue;
    let q = p;
    while (q + 1 < start && (blocks[q + 1].cls === 'good' || blocks[q + 1].cls === 'near')) q++;
    // A paragraph makes it the article's; a heading alone only right over the run ("La Vieille Ferme
    // Rosé" over its review): a video's "failed to load" sentences under a label are no paragraph.
    let under = q + 1;
    while (under < start && passable(blocks[under])) under++;
    const paragraph = blocks.slice(p, q + 1).some((b) => b.cls === 'good');
    if (!paragraph && under < start) continue;
    for (let k = p; k <= q; k++) kept.add(k);
    if (first === -1 && paragraph) first = p;
    i = q;
  }
  // A paragraph over a "continues below" note is the article's as well (the note's own label).
  for (let i = from; i < start; i++) {
    if (blocks[i].features.chrome?.id !== 'continues-below') continue;
    let q = i - 1;
    while (q >= from && passable(blocks[q])) q--;
    if (q < from || blocks[q].cls !== 'good') continue;
    let p = q;
    while (p - 1 >= from && blocks[p - 1].cls !== 'bad') p--;
    for (let k = p; k <= q; k++) kept.add(k);
    if (first === -1 || p < first) first = p;
  }
  if (first === -1) return null;
  // The run must be labelled too: over its first line, only labels, passable furniture and kept lines.
  let k = start - 1;
  let labelled = false;
  while (k > first && (passable(blocks[k]) || kept.has(k))) labelled ||= isMarker(blocks[k--]);
  if (!labelled) return null;
  return { first, kept };
}
