/**
 * node scripts/bench/extract/census/next-header-census.ts SET… (body, meta, fundus, utomo, aed)
 *
 * How often the text path's article run goes on through what is shaped as a second article's header:
 * under three paragraphs of the run or more, a line of 3–25 words that is no paragraph and has no
 * sentence end or byline or stamp of its own (a headline), a byline (B) or a date stamp (D) among the
 * three non-blank lines under it, before the next paragraph. For each such header in the run, the
 * paragraph above it and the one under it are looked up in the truth (a paragraph's first 80
 * characters in the truth's body): "T-" (the truth ends above it: the next story's header, or a
 * box of the site's), "TT" (the article goes on under it: an embed's card, a box of teasers between
 * paragraphs, a list of products or books each headed so), "--" (both outside the truth: chrome the
 * run already held). `gapN`: non-blank lines between the paragraph above and the headline.
 *
 * A census for a closing rule "a second header ends the article" (textprec19): read it before
 * writing one, to see whether the pages it would mend outnumber those it would cut short. Dev split
 * only; the pages are public data read from outside the repository, nothing of them is committed.
 */
import { SET_DIRS, loadCases } from '../cases.ts';
import { detectMainText } from '../../../ingest/stages/main-text.ts';
import { unwrapHardWrapped } from '../../../ingest/stages/segment.ts';
import { detectLanguage } from '../../../ingest/lib/page-text/language/language.ts';
import { Report } from '../../../ingest/report.ts';

/** Paragraphs of the run above a header before it counts as a second one. */
const ARTICLE_PARAGRAPHS = 3;
/** Non-blank lines under the headline where its byline or stamp may stand. */
const HEADLINE_TO_MARK = 3;

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const verdicts = new Map<string, number>();
for (const set of process.argv.slice(2)) {
  const dir = SET_DIRS[set];
  if (!dir) throw new Error(`unknown set ${set}`);
  for (const c of loadCases(dir).filter((k) => k.split === 'dev')) {
    const text = c.innerText();
    if (!text) continue;
    const body = norm(c.body);
    const lines = unwrapHardWrapped(text, new Report(c.id));
    const choice = detectMainText(lines, detectLanguage(text));
    if (choice.start < 0) continue;
    const b = choice.blocks;
    const inTruth = (i: number) => body.includes(norm(lines[i]).slice(0, 80));
    let paragraphs = 0;
    for (let i = choice.start; i <= choice.end; i++) {
      const f = b[i].features;
      if (b[i].cls === 'good') {
        paragraphs++;
        continue;
      }
      if (paragraphs < ARTICLE_PARAGRAPHS || f.sentenceEnd || f.words < 3 || f.words > 25 || f.byline || f.dateLine) continue;
      let marks = '';
      for (let k = i + 1, seen = 0; k <= choice.end && seen < HEADLINE_TO_MARK; k++) {
        if (!lines[k].trim()) continue;
        seen++;
        if (b[k].cls === 'good') break;
        if (b[k].features.byline) marks += 'B';
        if (b[k].features.dateLine) marks += 'D';
      }
      if (!marks) continue;
      let gap = 0;
      for (let k = i - 1; k > choice.start && b[k].cls !== 'good'; k--) if (lines[k].trim()) gap++;
      let next = -1;
      for (let k = i + 1; k <= choice.end && next === -1; k++) if (b[k].cls === 'good') next = k;
      let prev = -1;
      for (let k = i - 1; k >= choice.start && prev === -1; k--) if (b[k].cls === 'good') prev = k;
      const verdict = prev >= 0 && next >= 0 ? `${inTruth(prev) ? 'T' : '-'}${inTruth(next) ? 'T' : '-'}` : '??';
      verdicts.set(verdict, (verdicts.get(verdict) ?? 0) + 1);
      console.log(`${verdict} ${c.id} gap${gap} ${marks.padEnd(3)} ${lines[i].slice(0, 70)}`);
    }
  }
}
console.log(`\n${[...verdicts].map(([v, n]) => `${v} ${n}`).join(', ')}`);
