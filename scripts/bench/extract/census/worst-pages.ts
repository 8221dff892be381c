/**
 * node scripts/bench/extract/census/worst-pages.ts --results RESULTS.json [--set body|meta|fundus|utomo|aed] [--split dev] [--path text|html] [--top 25]
 *
 * The worst pages of a split by F1 (from a bench run's results), each with where its article run went
 * wrong, read from the page's lines: each line of the innerText is the truth's when most of its
 * shingles are (as lost-lines.ts reads it), and kept when the extracted body holds it. A whole-run
 * failure shows as the truth's words lost above the first kept line (the run started late: a teaser,
 * a box of cards, a list of short items judged as chrome), below the last kept line (it ended early
 * at a box inside the article), or between kept lines (the article split in two); or as words kept
 * above the truth's first line or under its last one (the run started early, ran on past the
 * article, or the truth keeps only a part of what the page shows as one run). A page whose
 * innerText holds little of the truth (an empty seed, a paywall, a consent wall, text loaded later)
 * no rule can mend: it is named so first. The verdict is the largest of these; read the page's own
 * lines with lost-lines.ts and kept-lines.ts (--id) before deciding what to fix.
 *
 * Tune on dev: held-out pages are for totals only (the default split is dev).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CASES_DIR, SET_DIRS, loadCases } from '../cases.ts';
import { shingles, tokenize } from '../score.ts';
import { Report } from '../../../ingest/report.ts';
import { bodyThroughPipeline } from './pipeline-body.ts';

const { values } = parseArgs({
  options: {
    results: { type: 'string' },
    set: { type: 'string', default: 'meta' },
    split: { type: 'string', default: 'dev' },
    path: { type: 'string', default: 'text' },
    top: { type: 'string', default: '25' },
  },
});
if (!values.results) throw new Error('--results RESULTS.json (a bench:extract --out file) is needed');
/** Every body set the bench knows (cases.ts), the new ones included. */
const DIRS: Record<string, string> = SET_DIRS;
/** A line is the truth's when this share of its shingles is. */
const TRUTH_SHARE = 0.6;
/** Below this share of the truth's shingles in the innerText, the seed does not hold the article. */
const HELD_SHARE = 0.6;

interface ResultCase {
  id: string;
  split: string;
  f1: number;
  counts: { tp: number; fp: number; fn: number };
}
const results = JSON.parse(readFileSync(values.results, 'utf8')) as { paths: Record<string, { cases: ResultCase[] }> };
const worst = results.paths[values.path].cases
  .filter((c) => c.split === values.split)
  .sort((a, b) => a.f1 - b.f1)
  .slice(0, Number(values.top));
const cases = new Map(loadCases(DIRS[values.set] ?? CASES_DIR).map((c) => [c.id, c]));

const spaced = (s: string) => ` ${tokenize(s).join(' ')} `;

interface Place {
  held: number;
  lostAbove: number;
  lostBelow: number;
  lostBetween: number;
  keptAbove: number;
  keptBelow: number;
  keptBetween: number;
}

function place(truth: string, innerText: string, body: string): Place {
  const t = shingles(truth);
  let all = 0;
  let heldN = 0;
  const inner = shingles(innerText);
  for (const [k, n] of t) {
    all += n;
    if (inner.has(k)) heldN += Math.min(n, inner.get(k)!);
  }
  const kept = spaced(body);
  const b = shingles(body);
  const lines = innerText
    .split('\n')
    .map((l) => ({ words: tokenize(l).length, w: spaced(l), l }))
    .filter((x) => x.words > 0)
    .map((x) => {
      let n = 0;
      let inTruth = 0;
      let inBody = 0;
      for (const [k, c] of shingles(x.l)) {
        n += c;
        if (t.has(k)) inTruth += c;
        if (b.has(k)) inBody += c;
      }
      // The body may hold a line rewritten (quotes, spaces, a stamp cut off it): by its shingles, as the scorer reads it.
      return { words: x.words, truth: n > 0 && inTruth / n >= TRUTH_SHARE, kept: n > 0 ? inBody / n >= TRUTH_SHARE : kept.includes(x.w) };
    });
  const keptAt = lines.flatMap((x, i) => (x.kept && x.words >= 4 ? [i] : []));
  const truthAt = lines.flatMap((x, i) => (x.truth ? [i] : []));
  const p: Place = { held: all ? heldN / all : 0, lostAbove: 0, lostBelow: 0, lostBetween: 0, keptAbove: 0, keptBelow: 0, keptBetween: 0 };
  const [k0, k1] = [keptAt[0] ?? Infinity, keptAt.at(-1) ?? -1];
  const [t0, t1] = [truthAt[0] ?? Infinity, truthAt.at(-1) ?? -1];
  lines.forEach((x, i) => {
    if (x.truth && !x.kept) {
      if (i < k0) p.lostAbove += x.words;
      else if (i > k1) p.lostBelow += x.words;
      else p.lostBetween += x.words;
    } else if (!x.truth && x.kept && x.words >= 4) {
      if (i < t0) p.keptAbove += x.words;
      else if (i > t1) p.keptBelow += x.words;
      else p.keptBetween += x.words;
    }
  });
  return p;
}

const VERDICTS: [keyof Place, string][] = [
  ['lostAbove', 'run started late (the article above it left as header or chrome)'],
  ['lostBelow', 'run ended early (a box or list inside the article closed it)'],
  ['lostBetween', 'article split (lines inside the run removed)'],
  ['keptAbove', 'run started early (a teaser, a blurb, another story above)'],
  ['keptBelow', "run ran on past the truth's last line (furniture, or the truth keeps a part)"],
  ['keptBetween', 'chrome kept inside the run'],
];

function verdict(p: Place): string {
  if (p.held < HELD_SHARE) return `innerText holds ${(p.held * 100).toFixed(0)}% of the truth (empty seed, paywall, consent, text loaded later)`;
  const [key, why] = VERDICTS.reduce((a, b) => (p[b[0]] > p[a[0]] ? b : a));
  return p[key] ? why : 'words normalised or a headline (no line moved)';
}

console.log(`${values.set} ${values.split}, ${values.path} path: the ${worst.length} worst pages by F1 (${values.results})\n`);
console.log('| page | F1 | P | R | held | lost above/between/below | kept above/between/below | verdict |\n|---|---:|---:|---:|---:|---|---|---|');
const tally = new Map<string, number>();
for (const r of worst) {
  const c = cases.get(r.id);
  const innerText = c?.innerText() ?? null;
  if (!c || innerText === null) continue;
  const html = values.path === 'html';
  const body = bodyThroughPipeline(`${c.id}.${html ? 'html' : 'txt'}`, html ? c.html() : new TextEncoder().encode(innerText), new Report(c.id));
  const p = place(c.body, innerText, body);
  const v = verdict(p);
  tally.set(v.replace(/\d+%/, 'little'), (tally.get(v.replace(/\d+%/, 'little')) ?? 0) + 1);
  const { tp, fp, fn } = r.counts;
  const prec = tp + fp ? tp / (tp + fp) : 0;
  const rec = tp + fn ? tp / (tp + fn) : 0;
  console.log(`| ${r.id} | ${r.f1.toFixed(3)} | ${prec.toFixed(2)} | ${rec.toFixed(2)} | ${p.held.toFixed(2)} | ${p.lostAbove}/${p.lostBetween}/${p.lostBelow} | ${p.keptAbove}/${p.keptBetween}/${p.keptBelow} | ${v} |`);
}
console.log('\n| pages | verdict |\n|---:|---|');
for (const [v, n] of [...tally].sort((a, b) => b[1] - a[1])) console.log(`| ${n} | ${v} |`);
