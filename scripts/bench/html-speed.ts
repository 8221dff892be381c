/**
 * node scripts/bench/html-speed.ts [--passes 5] [--warmup 2] [--set cases|meta] [--seed] [--limit N]
 *
 * Pages per CPU second of the HTML path, steady enough to see a 5 % change on a shared machine
 * (issue #13, item 8). The bench's per-page column (bench:extract) times one cold pass, and its figure
 * moved by a third from run to run on a busy machine; this runs the same work over every page of a
 * set several times in one process and reports the best and the median pass.
 *
 * - What is timed: `processArticle` on each page's bytes as an `.html` seed (what bench:extract's HTML
 *   column times), or with `--seed` the ingest's whole per-seed work (`processSeed`: also the MDX body).
 *   The pages are read and unzipped before any clock starts.
 * - The clock: `process.cpuUsage()` (user + system of the whole process, so the GC's and the JIT
 *   compiler's threads count), not wall time: another process on the same core slows the wall
 *   clock of a pass but hardly its CPU time.
 * - Warm-up passes (default 2) are run first and not counted: the figure is the steady cost of a
 *   page once the code is compiled, which is what a change to a hot path moves. The cold pass is
 *   printed too, for reference.
 * - Each pass is the whole set in one order, so GC and JIT work of every page falls inside one pass.
 *
 * The minimum says what the code costs when nothing else got in its way; the median, how typical that
 * is. Compare two commits by running this in each worktree side by side (both meet the same load).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CASES_DIR, META_CASES_DIR, loadCases } from './extract/cases.ts';
import { processArticle, processSeed } from '../ingest/pipeline.ts';
// Loaded before any clock starts, as the bench does (the ingest loads it with the first saved page).
import '../ingest/stages/html.ts';
import { Report, SkipArticle } from '../ingest/report.ts';
import { compileTopics } from '../ingest/stages/topics.ts';
import { loadTopicDefinitions } from '../ingest/run.ts';

const { values } = parseArgs({
  options: {
    passes: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '2' },
    set: { type: 'string', default: 'cases' },
    seed: { type: 'boolean', default: false },
    limit: { type: 'string' },
  },
});
const passes = Number(values.passes);
const warmup = Number(values.warmup);
if (!(passes >= 1) || !(warmup >= 0)) throw new Error('--passes must be ≥ 1 and --warmup ≥ 0');
const dir = values.set === 'meta' ? META_CASES_DIR : CASES_DIR;
const cases = loadCases(dir);
if (cases.length === 0) throw new Error(`no cases in ${dir} (set EXTRACT_CASES_DIR or EXTRACT_META_DIR)`);
const pages = cases.slice(0, values.limit ? Number(values.limit) : undefined).map((c) => ({ seed: `${c.id}.html`, bytes: c.html() }));
const matchers = compileTopics(loadTopicDefinitions(join(import.meta.dirname, '../../content/topics')));

function onePage(seed: string, bytes: Uint8Array): void {
  if (values.seed) {
    processSeed(seed, bytes, matchers);
    return;
  }
  try {
    processArticle(seed, bytes, matchers, new Report(seed));
  } catch (error) {
    if (!(error instanceof SkipArticle)) throw error;
  }
}

/** CPU milliseconds (user + system, all threads) of one pass over every page. */
function pass(): number {
  const start = process.cpuUsage();
  for (const p of pages) onePage(p.seed, p.bytes);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const rate = (ms: number) => (pages.length / (ms / 1000)).toFixed(1);
const timed: number[] = [];
for (let i = 0; i < warmup + passes; i++) {
  const ms = pass();
  if (i === 0) console.log(`cold pass: ${ms.toFixed(0)} CPU ms (${rate(ms)} pages per CPU s)${warmup ? ', not counted' : ''}`);
  if (i >= warmup) timed.push(ms);
}
const sorted = [...timed].sort((a, b) => a - b);
const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
console.log(`${pages.length} pages (${values.seed ? 'processSeed' : 'processArticle'}), ${passes} passes after ${warmup} warm-up: CPU ms ${timed.map((t) => t.toFixed(0)).join(' ')}`);
console.log(`pages per CPU s: best ${rate(sorted[0])}, median ${rate(median)}`);
