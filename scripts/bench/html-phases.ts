/**
 * node scripts/bench/html-phases.ts [--set meta|cases|fundus] [--passes 2] [--warmup 1] [--limit N] [--top 5]
 *
 * Where the HTML path's CPU time goes, by phase rather than by function (issue #13, the HTML path's
 * speed): decode, the prune pass (parse and DOM build), the blocks read before Readability, its first
 * reading, our own retries (without class-name rules, without small forms, the article box, the
 * streamed article), furniture, the page's fields, then the shared text stages (pipeline.ts). A CPU
 * profile (cpu-profile.ts) names functions, and after four rounds of micro-speedups its profile is
 * flat; a phase says which whole step a page could skip or share.
 *
 * - The phases are the marks the ingest leaves (lib/phase-clock.ts); with no clock installed each
 *   mark costs a test. Here a clock charges the CPU time (process.cpuUsage: user + system of the
 *   process) since the last mark to the phase that ran.
 * - Readability's _grabArticle (one reading, its attempts inside it: Readability reads the page again,
 *   a rule fewer, while its answer is under 500 characters) is timed as a phase of its own inside the
 *   phase that called it ("html:readability/grab"); its attempts are counted (one _prepArticle each):
 *   pages by the attempts of their first reading, and attempts per phase. The rest of a reading (its
 *   preparation, the post-processing) stays in the calling phase; the page's rebuild before each
 *   attempt after the first falls inside the grab.
 * - As html-speed.ts: pages read and unzipped before any clock, warm-up passes not counted; the
 *   figures are the sums over the timed passes divided by their number.
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { CASES_DIR, FUNDUS_CASES_DIR, META_CASES_DIR, loadCases } from './extract/cases.ts';
import { processArticle } from '../ingest/pipeline.ts';
import '../ingest/stages/html.ts';
import { Report, SkipArticle } from '../ingest/report.ts';
import { compileTopics } from '../ingest/stages/topics.ts';
import { loadTopicDefinitions } from '../ingest/run.ts';
import { phase } from '../ingest/lib/phase-clock.ts';
import { startPhaseCpuTimes } from './phase-cpu-times.ts';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'meta' },
    passes: { type: 'string', default: '2' },
    warmup: { type: 'string', default: '1' },
    limit: { type: 'string' },
    top: { type: 'string', default: '5' },
  },
});
const passes = Number(values.passes);
const warmup = Number(values.warmup);
const dir = values.set === 'meta' ? META_CASES_DIR : values.set === 'fundus' ? FUNDUS_CASES_DIR : CASES_DIR;
const cases = loadCases(dir);
const pages = cases.slice(0, values.limit ? Number(values.limit) : undefined).map((c) => ({ id: c.id, seed: `${c.id}.html`, bytes: c.html() }));
const matchers = compileTopics(loadTopicDefinitions(join(import.meta.dirname, '../../content/topics')));

// Per page of the current pass: microseconds by phase (the clock), attempts by phase.
const clock = startPhaseCpuTimes();
let pageGrabs = new Map<string, number>();

// A reading is one _grabArticle call; each attempt inside it (Readability reads the page again, a rule
// fewer, while its answer is under 500 characters) ends in one _prepArticle: those are counted.
const proto = Readability.prototype as unknown as { _grabArticle(this: unknown, page?: unknown): unknown; _prepArticle(this: unknown, e: unknown): void };
const grab = proto._grabArticle;
proto._grabArticle = function (this: unknown, page?: unknown) {
  const outer = phase(`${clock.current}/grab`);
  try {
    return grab.call(this, page);
  } finally {
    phase(outer);
  }
};
const prep = proto._prepArticle;
proto._prepArticle = function (this: unknown, e: unknown) {
  const caller = clock.current.replace(/\/grab$/, '');
  pageGrabs.set(caller, (pageGrabs.get(caller) ?? 0) + 1);
  return prep.call(this, e);
};

type Totals = { us: number; pages: number };
const totals = new Map<string, Totals>();
const grabTotals = new Map<string, number>();
const firstAttempts = new Map<number, number>();
// By the attempts of the page's first reading: the CPU time of that reading and of the whole page.
const firstReadingCost = new Map<number, { grab: number; page: number }>();
const perPage = new Map<string, Map<string, number>>();
let all = 0;

function onePage(id: string, seed: string, bytes: Uint8Array, counted: boolean): void {
  clock.startPage();
  pageGrabs = new Map();
  try {
    processArticle(seed, bytes, matchers, new Report(seed));
  } catch (error) {
    if (!(error instanceof SkipArticle)) throw error;
  }
  const pageTimes = clock.endPage();
  if (!counted) return;
  const mine = perPage.get(id) ?? new Map<string, number>();
  perPage.set(id, mine);
  for (const [name, us] of pageTimes) {
    const t = totals.get(name) ?? { us: 0, pages: 0 };
    t.us += us;
    if (us >= 1000) t.pages++;
    totals.set(name, t);
    all += us;
    mine.set(name, (mine.get(name) ?? 0) + us);
  }
  for (const [name, n] of pageGrabs) grabTotals.set(name, (grabTotals.get(name) ?? 0) + n);
  const first = pageGrabs.get('html:readability') ?? 0;
  firstAttempts.set(first, (firstAttempts.get(first) ?? 0) + 1);
  const byAttempts = firstReadingCost.get(first) ?? { grab: 0, page: 0 };
  byAttempts.grab += pageTimes.get('html:readability/grab') ?? 0;
  for (const us of pageTimes.values()) byAttempts.page += us;
  firstReadingCost.set(first, byAttempts);
}

for (let i = 0; i < warmup + passes; i++) for (const p of pages) onePage(p.id, p.seed, p.bytes, i >= warmup);
clock.stop();

const ms = (us: number) => (us / 1000 / passes).toFixed(0);
const pct = (us: number) => ((100 * us) / all).toFixed(1);
console.log(`${pages.length} pages of ${values.set}, ${passes} timed pass(es) after ${warmup} warm-up; CPU ms a pass: ${ms(all)} (${(pages.length / (all / 1e6 / passes)).toFixed(1)} pages per CPU s, the clock's marks included)\n`);
console.log("| phase | CPU ms a pass | share | pages over 1 ms (all passes) | Readability's attempts a pass |");
console.log('|---|---:|---:|---:|---:|');
const rows = [...totals].sort((a, b) => b[1].us - a[1].us);
for (const [name, t] of rows) console.log(`| ${name} | ${ms(t.us)} | ${pct(t.us)} % | ${t.pages} | ${grabTotals.has(name) ? grabTotals.get(name)! / passes : ''} |`);
console.log('\nPages by the attempts of Readability\'s first reading (a pass): ' + [...firstAttempts].sort((a, b) => a[0] - b[0]).map(([n, c]) => `${n}: ${c / passes}`).join(', '));
for (const [n, cost] of [...firstReadingCost].sort((a, b) => a[0] - b[0])) {
  const count = firstAttempts.get(n)! / passes;
  console.log(`- ${n} attempt(s): ${count} pages, their first reading ${ms(cost.grab)} CPU ms a pass (${(cost.grab / 1000 / passes / count).toFixed(1)} a page), the whole page ${ms(cost.page)} (${(cost.page / 1000 / passes / count).toFixed(1)} a page)`);
}
const top = Number(values.top);
if (top > 0) {
  console.log(`\nThe ${top} costliest pages of each of the five largest phases (CPU ms a pass):`);
  for (const [name] of rows.slice(0, 5)) {
    const worst = [...perPage].map(([id, m]) => [id, m.get(name) ?? 0] as const).sort((a, b) => b[1] - a[1]).slice(0, top);
    console.log(`- ${name}: ${worst.map(([id, us]) => `${id} ${ms(us)}`).join(', ')}`);
  }
}
