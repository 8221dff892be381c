/**
 * A paragraph the page shows more than once (a site blurb in both the top and bottom navigation) is
 * furniture; a paragraph repeated inside the article (a summary box, a pull quote, a passage told
 * again at the foot of a live report) is the article's, and dedupe keeps one copy. Used by
 * ../../main-text.ts before the run is found and once it is.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { isProse } from '../shared/prose.ts';
import { leaveOut, runEndingWeight } from '../shared/leave-out.ts';
import { opensOnADateline } from '../above/opens-on-a-dateline.ts';

/**
 * A paragraph shown twice on a page whose other paragraphs are shown once is furniture (a site
 * blurb or disclaimer in both the top and bottom navigation). When most of the page repeats, a
 * scraper copied the whole article more than once: dedupe keeps its first copy.
 */
export function repeatedProseIsFurniture(blocks: ClassedBlock[], keys: string[], counts: Map<string, number>, lines: readonly string[]): void {
  const prose = blocks.filter((b) => b.cls === 'good').length;
  const repeated = blocks.flatMap((b, i) => (b.cls === 'good' && (counts.get(keys[i]) ?? 0) > 1 ? [i] : []));
  if (!repeated.length || repeated.length > prose * 0.3) return;
  // A copy between two paragraphs is the article's own: a pull quote repeating its standfirst, the
  // same question put to each guest of an interview. Dedupe keeps one copy of what repeats.
  // (Judged before any copy is marked, so two copies side by side judge each other as they were.)
  const leads = new Set<string>();
  const furniture = repeated.filter((i) => !(isProse(blocks[i - 1]) && isProse(blocks[i + 1])) && !datelineLeadFirstCopy(lines[i], keys[i], leads));
  for (const i of furniture) leaveOut(blocks[i], REPEATED_PROSE, runEndingWeight(blocks[i], 5));
}
const REPEATED_PROSE = 'a paragraph the page shows more than once (site furniture)';

/**
 * "CAIRO (AP) — Hundreds of thousands thronged …" under the byline, and again in a form to e-mail the
 * story under it: a paragraph that opens on a news dateline starts the article (opens-on-a-dateline.ts),
 * and no site blurb opens so; its first copy stays the article's opening, the later ones are still the
 * page's (the form's, a teaser's). On the dev halves of every set the repeated paragraphs so opened
 * were all the truth's (7 utomo lines), none chrome. Records the key of the copy it keeps in `leads`.
 */
function datelineLeadFirstCopy(line: string, key: string, leads: Set<string>): boolean {
  if (leads.has(key) || !opensOnADateline(line)) return false;
  leads.add(key);
  return true;
}

/**
 * "Key facts" / a paragraph / … / a sub-heading / the same paragraph: a paragraph repeated inside
 * the article (its summary box, a pull quote, a table of figures told again) was marked as the site's
 * furniture when neither copy stood between paragraphs. Site furniture shown twice (a blurb in the top
 * and the bottom navigation) keeps a copy outside the article; when every copy is inside the run
 * (start..end), with a paragraph of the article between each copy and the next, the paragraph is the
 * article's, and dedupe keeps one copy. Copies in a row are a widget's (a photo gallery's blurb over
 * and under its "Caption" button): still furniture. Returns the lines kept. (Named apart from dedupe's
 * repeatsOfTheArticle, which asks another question: which repeats keep every copy.)
 */
export function repeatsInsideTheRun(keys: string[], counts: Map<string, number>, blocks: ClassedBlock[], start: number, end: number): Set<number> {
  const marked: number[] = [];
  for (let i = start; i <= end; i++) if (blocks[i].why === REPEATED_PROSE && blocks[i].cls === 'bad') marked.push(i);
  if (!marked.length) return new Set();
  // Per key: the copies inside the run, and whether a paragraph parts every copy from the one before.
  const copies = new Map<string, { n: number; last: number; parted: boolean }>();
  let paragraphs = 0;
  for (let i = start; i <= end; i++) {
    if (blocks[i].cls === 'good') paragraphs++;
    const seen = copies.get(keys[i]);
    if (!seen) copies.set(keys[i], { n: 1, last: paragraphs, parted: true });
    else Object.assign(seen, { n: seen.n + 1, last: paragraphs, parted: seen.parted && paragraphs > seen.last });
  }
  return new Set(
    marked.filter((i) => {
      const c = copies.get(keys[i])!;
      return (c.n === counts.get(keys[i]) && c.parted) || passageToldAgainUnderTheRun(keys, counts, blocks, start, end, i);
    }),
  );
}

/**
 * "…" / "We asked them what we say to those who would lose their jobs." / "So we thought this is not
 * the right way." / sub-heading / … / the same two paragraphs again, closing the run: the page told
 * a passage of the article twice (a live report's entry pinned at its top and posted again at its
 * foot). Each copy of the passage's last paragraph has no prose under it, so both were marked as a
 * repeat, and the second copy, right under the run, ended it. The first copy is the article's when
 * the paragraph above it is the run's last line, told again: the passage goes on into it there as
 * it does under the run. Dedupe keeps one copy of what repeats.
 */
function passageToldAgainUnderTheRun(keys: string[], counts: Map<string, number>, blocks: ClassedBlock[], start: number, end: number, i: number): boolean {
  const under = end + 1;
  return counts.get(keys[i]) === 2 && under < keys.length && keys[under] === keys[i] && i - 1 >= start && i - 1 < end && keys[i - 1] === keys[end] && blocks[end].cls === 'good';
}
