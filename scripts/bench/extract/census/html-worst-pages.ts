/**
 * node scripts/bench/extract/census/html-worst-pages.ts --results FILE [--set meta|fundus|body|utomo|aed] [--path html|text] [--top N]
 *
 * The dev pages a bench run (`npm run bench:extract -- --out FILE`) scored worst, each with what its
 * body looks like beside the truth, to tell one page's failure from another's at a glance (held out
 * is read as totals only: its pages are never listed):
 * - F1, precision and recall as the bench scored them;
 * - the truth's and the body's tokens; how many of the body's come before its first 4-token shingle
 *   the truth holds and after its last (the body starts early, or runs on past where the truth stops);
 * - the share of the truth's shingles the body lacks in each quarter of the truth (an article cut in
 *   two loses its last quarters; a lead left out, its first);
 * - the body's paragraphs mostly not in the truth (fewer than half their shingles): how many, and the
 *   first few;
 * - the text the pipeline's rules removed that the truth holds, by rule (a rule that cost the page
 *   recall: the report's "removed" entries, half their shingles in the truth or more).
 * The page's own line of html-lost-text.ts (--id) or kept-lines says more about one of them. The
 * pages are public data read from outside the repository: nothing of them is ever committed.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SET_DIRS, loadCases } from '../cases.ts';
import { shingles, tokenize } from '../score.ts';
import { Report } from '../../../ingest/report.ts';
import { bodyThroughPipeline } from './pipeline-body.ts';

const { values } = parseArgs({
  options: { results: { type: 'string' }, set: { type: 'string', default: 'meta' }, path: { type: 'string', default: 'html' }, top: { type: 'string', default: '25' } },
});
// Every set with a dev half (the check set has none: it lists nothing).
const DIRS: Record<string, string> = SET_DIRS;
if (!values.results || !DIRS[values.set!]) {
  console.error('usage: html-worst-pages.ts --results FILE [--set meta|fundus|body|utomo|aed] [--path html|text] [--top N]');
  process.exit(2);
}

/** A paragraph with fewer of its shingles in the truth than this is listed as not the truth's. */
const TRUE_SHARE = 0.5;
const SHINGLE = 4;
const LISTED_PARAGRAPHS = 3;
const CUT = 90;

type Counts = { tp: number; fp: number; fn: number };
type Scored = { id: string; split: string; f1: number; counts: Counts };
const results = JSON.parse(readFileSync(values.results, 'utf8')) as { paths: Record<string, { cases: Scored[] }> };
const scored = results.paths[values.path!]?.cases ?? [];
const worst = scored
  .filter((c) => c.split === 'dev')
  .sort((a, b) => a.f1 - b.f1)
  .slice(0, Number(values.top));
const byId = new Map(loadCases(DIRS[values.set!]).map((c) => [c.id, c]));

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
const cut = (s: string) => JSON.stringify(s.length > CUT ? `${s.slice(0, CUT)}…` : s);
const trueShare = (text: string, truth: ReadonlySet<string>) => {
  const own = [...shingles(text).keys()];
  return ratio(own.filter((s) => truth.has(s)).length, own.length);
};

for (const page of worst) {
  const c = byId.get(page.id);
  if (!c) continue;
  const { tp, fp, fn } = page.counts;
  console.log(`\n## ${page.id} (${c.lang}) F1 ${page.f1.toFixed(3)} P ${ratio(tp, tp + fp).toFixed(3)} R ${ratio(tp, tp + fn).toFixed(3)} ${c.url ?? ''}`);
  const report = new Report(`${c.id}.html`);
  const body = values.path === 'html' ? bodyThroughPipeline(`${c.id}.html`, c.html(), report) : null;
  if (body === null) {
    console.log('  (the text path: run lost-lines.ts / kept-lines.ts for this page)');
    continue;
  }
  const truth = new Set(shingles(c.body).keys());
  const bodyTokens = tokenize(body);
  const truthTokens = tokenize(c.body);
  const key = (tokens: string[], i: number) => tokens.slice(i, i + SHINGLE).join('\u0001');
  let first = -1;
  let last = -1;
  for (let i = 0; i + SHINGLE <= bodyTokens.length; i++) {
    if (!truth.has(key(bodyTokens, i))) continue;
    if (first === -1) first = i;
    last = i;
  }
  const ours = new Set(shingles(body).keys());
  const missing = [0, 0, 0, 0];
  const quarter = [0, 0, 0, 0];
  const starts = Math.max(1, truthTokens.length - SHINGLE + 1);
  for (let i = 0; i < starts; i++) {
    const q = Math.min(3, Math.floor((4 * i) / starts));
    quarter[q]++;
    if (!ours.has(key(truthTokens, i))) missing[q]++;
  }
  const around = first === -1 ? 'no shingle of the truth in the body' : `before the truth's first ${first}, after its last ${bodyTokens.length - last - SHINGLE}`;
  console.log(`  tokens: truth ${truthTokens.length}, body ${bodyTokens.length} (${around}); truth missing by quarter ${missing.map((m, q) => ratio(m, quarter[q]).toFixed(2)).join(' ')}`);
  const paragraphs = body === '' ? [] : body.split('\n\n');
  const untrue = paragraphs.map((p, i) => ({ p, i })).filter(({ p }) => trueShare(p, truth) < TRUE_SHARE);
  console.log(`  paragraphs not the truth's: ${untrue.length} of ${paragraphs.length}`);
  for (const { p, i } of untrue.slice(0, LISTED_PARAGRAPHS)) console.log(`    [${i}] ${cut(p)}`);
  const lostByRule = new Map<string, { n: number; first: string }>();
  for (const e of report.entries) {
    if (e.action !== 'removed' || !e.text || trueShare(e.text, truth) < TRUE_SHARE) continue;
    const rule = `${e.stage}:${e.rule}`;
    const seen = lostByRule.get(rule);
    if (seen) seen.n++;
    else lostByRule.set(rule, { n: 1, first: e.text });
  }
  for (const [rule, { n, first: text }] of lostByRule) console.log(`  removed, in the truth: ${rule} ×${n}, e.g. ${cut(text)}`);
}
