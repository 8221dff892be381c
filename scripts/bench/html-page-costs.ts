/**
 * node scripts/bench/html-page-costs.ts [--set meta|cases|fundus] [--passes 3] [--warmup 1] [--limit N] [--out FILE] [--top 15]
 *
 * Where the HTML path's time goes **by page** (issue #13, the HTML path's speed): is a page's cost linear
 * in its size, or do a few pages dominate through a step that grows faster than the page (a walk inside a
 * walk)? Each page's CPU time (`process.cpuUsage`, as html-speed.ts: the GC's helper threads count; the
 * thread's own clock, `process.threadCpuUsage`, moves in steps of a millisecond or more on this machine, too
 * coarse for a page's phases) is taken on every timed pass, by phase (the marks of
 * lib/phase-clock.ts, as html-phases.ts charges them), and the median over the passes is kept per page
 * and phase. It prints, for the whole path and each large phase:
 *
 * - the log-log slope of cost against the page's bytes and against its start tags (1 = linear; a step
 *   that grows as the square of the page reads near 2 on the pages where it dominates);
 * - the cost per 1,000 start tags by fifths of the pages (ordered by start tags): a per-tag cost that
 *   rises from fifth to fifth is the sign of a superlinear step;
 * - the share of the pass held by the costliest 1 %, 5 % and 10 % of pages, against their share of the
 *   bytes and tags;
 * - the pages furthest above the fit (cost over what their tags predict), with the phase that holds most
 *   of their excess.
 *
 * Dev and held-out pages alike are timed (a page's cost says nothing of its scores); pages are named by
 * id only in the printed outliers, which are timings. `--out` writes every page's row (JSON).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CASES_DIR, FUNDUS_CASES_DIR, META_CASES_DIR, loadCases } from './extract/cases.ts';
import { processArticle } from '../ingest/pipeline.ts';
import '../ingest/stages/html.ts';
import { Report, SkipArticle } from '../ingest/report.ts';
import { compileTopics } from '../ingest/stages/topics.ts';
import { loadTopicDefinitions } from '../ingest/run.ts';
import { startPhaseCpuTimes } from './phase-cpu-times.ts';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'meta' },
    passes: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '1' },
    limit: { type: 'string' },
    out: { type: 'string' },
    top: { type: 'string', default: '15' },
  },
});
const passes = Number(values.passes);
const warmup = Number(values.warmup);
const dir = values.set === 'meta' ? META_CASES_DIR : values.set === 'fundus' ? FUNDUS_CASES_DIR : CASES_DIR;
const cases = loadCases(dir);
const pages = cases.slice(0, values.limit ? Number(values.limit) : undefined).map((c) => {
  const bytes = c.html();
  // Start tags: "<" then an ASCII letter (scripts' and comments' "<x" counted too: a rough size in nodes).
  let tags = 0;
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i] !== 0x3c) continue;
    const b = bytes[i + 1] | 0x20;
    if (b >= 0x61 && b <= 0x7a) tags++;
  }
  return { id: c.id, seed: `${c.id}.html`, bytes, tags };
});
const matchers = compileTopics(loadTopicDefinitions(join(import.meta.dirname, '../../content/topics')));

const clock = startPhaseCpuTimes();

// Per page, per pass: µs by phase ('total' the page's sum).
const samples = pages.map(() => [] as Map<string, number>[]);
for (let pass = 0; pass < warmup + passes; pass++) {
  for (let i = 0; i < pages.length; i++) {
    const p = pages[i];
    clock.startPage();
    try {
      processArticle(p.seed, p.bytes, matchers, new Report(p.seed));
    } catch (error) {
      if (!(error instanceof SkipArticle)) throw error;
    }
    const pageTimes = clock.endPage();
    let total = 0;
    for (const us of pageTimes.values()) total += us;
    pageTimes.set('total', total);
    if (pass >= warmup) samples[i].push(pageTimes);
  }
}
clock.stop();

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const phases = new Set<string>();
for (const runs of samples) for (const m of runs) for (const k of m.keys()) phases.add(k);
const rows = pages.map((p, i) => {
  const cost: Record<string, number> = {};
  for (const name of phases) cost[name] = median(samples[i].map((m) => m.get(name) ?? 0));
  return { id: p.id, bytes: p.bytes.length, tags: p.tags, cost };
});
if (values.out) writeFileSync(values.out, JSON.stringify(rows));

/** Least-squares slope of log(y) on log(x), over the pages where both are positive. */
function logSlope(xs: number[], ys: number[]): number {
  const pts = xs.map((x, i) => [Math.log(x), Math.log(ys[i])] as const).filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  const mx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
  const my = pts.reduce((s, p) => s + p[1], 0) / pts.length;
  let num = 0;
  let den = 0;
  for (const [x, y] of pts) {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  return num / den;
}

const totalOf = (name: string) => rows.reduce((s, r) => s + r.cost[name], 0);
const all = totalOf('total');
const byTags = [...rows].sort((a, b) => a.tags - b.tags);
const fifths = [0, 1, 2, 3, 4].map((k) => byTags.slice(Math.floor((k * byTags.length) / 5), Math.floor(((k + 1) * byTags.length) / 5)));
const ms = (us: number) => (us < 100_000 ? (us / 1000).toFixed(1) : (us / 1000).toFixed(0));

console.log(`${rows.length} pages of ${values.set}, median of ${passes} timed passes after ${warmup} warm-up (CPU): ${ms(all)} ms a pass\n`);
console.log('Start tags by fifth: ' + fifths.map((f) => `${f[0].tags}–${f[f.length - 1].tags}`).join(', ') + '\n');
console.log('| phase | ms a pass | share | slope vs bytes | slope vs tags | µs per 1,000 tags by fifth (smallest → largest) |');
console.log('|---|---:|---:|---:|---:|---|');
const named = [...phases].map((name) => [name, totalOf(name)] as const).sort((a, b) => b[1] - a[1]);
for (const [name, us] of named) {
  if (us < all * 0.015 && name !== 'total') continue;
  const ys = rows.map((r) => r.cost[name]);
  const perTag = fifths.map((f) => (1000 * f.reduce((s, r) => s + r.cost[name], 0)) / f.reduce((s, r) => s + r.tags, 0));
  console.log(
    `| ${name} | ${ms(us)} | ${((100 * us) / all).toFixed(1)} % | ${logSlope(rows.map((r) => r.bytes), ys).toFixed(2)} | ${logSlope(rows.map((r) => r.tags), ys).toFixed(2)} | ${perTag.map((x) => x.toFixed(0)).join(' · ')} |`,
  );
}

const byCost = [...rows].sort((a, b) => b.cost.total - a.cost.total);
const bytesAll = rows.reduce((s, r) => s + r.bytes, 0);
const tagsAll = rows.reduce((s, r) => s + r.tags, 0);
console.log('');
for (const frac of [0.01, 0.05, 0.1]) {
  const n = Math.max(1, Math.round(rows.length * frac));
  const top = byCost.slice(0, n);
  const share = (f: (r: (typeof rows)[number]) => number, of: number) => ((100 * top.reduce((s, r) => s + f(r), 0)) / of).toFixed(1);
  console.log(`costliest ${n} pages (${frac * 100} %): ${share((r) => r.cost.total, all)} % of the time, ${share((r) => r.bytes, bytesAll)} % of the bytes, ${share((r) => r.tags, tagsAll)} % of the tags`);
}

// The fit: cost proportional to tags (the set's own ratio); a page's excess is what its tags do not explain.
const perTagAll = all / tagsAll;
const top = Number(values.top);
console.log(`\nPages furthest above cost ∝ tags (${perTagAll.toFixed(1)} µs a tag), by excess ms: id, tags, KB, ms, predicted, the phase holding most of the excess (its ms, its set-wide µs a tag × tags)`);
const excess = rows.map((r) => ({ r, ex: r.cost.total - perTagAll * r.tags })).sort((a, b) => b.ex - a.ex);
for (const { r, ex } of excess.slice(0, top)) {
  let worst = '';
  let worstEx = -Infinity;
  for (const [name, us] of named) {
    if (name === 'total') continue;
    const e = r.cost[name] - (us / tagsAll) * r.tags;
    if (e > worstEx) {
      worstEx = e;
      worst = `${name} ${ms(r.cost[name])} (expected ${ms((us / tagsAll) * r.tags)})`;
    }
  }
  console.log(`- ${r.id}: ${r.tags} tags, ${(r.bytes / 1024).toFixed(0)} KB, ${ms(r.cost.total)} ms (predicted ${ms(perTagAll * r.tags)}, +${ms(ex)}): ${worst}`);
}
const excessSum = excess.filter((e) => e.ex > 0).slice(0, top).reduce((s, e) => s + e.ex, 0);
console.log(`\nThe top ${top} excesses sum to ${ms(excessSum)} ms, ${((100 * excessSum) / all).toFixed(1)} % of the pass.`);
