/**
 * node scripts/bench/fuzz/sets-cli.ts [--campaign 1] [--count 400] [--from 0] [--cases 3,17]
 *                                     [--timeout 20] [--out bench/tmp/fuzz-sets-report.json]
 *
 * Hostile and broken input over the bench sets' dev pages (body, meta, fundus, utomo, aed: each as its
 * saved HTML and as its innerText) and the project's seeds: case i is mutation i mod their number
 * (sets-runner.ts: hostile-mutations.ts, then truncation, a block 1,000 times, UTF-16 with and without
 * a BOM, NUL runs of mutations.ts) over a source the campaign's seeded PRNG draws (prng.ts), so a case
 * is re-made by its number. Each case runs in a child process with a --timeout per file, replaced when
 * it dies or hangs. Records and prints:
 * - exceptions: errors the pipeline caught as "could not be read" (a bug, not bad input), with stacks;
 * - crashes: the child died or hung past --timeout;
 * - slow: more than 2 CPU s for one file, or super-linear: more than 4x the unmutated file's time per byte
 *   (and at least 0.5 s, below which a shared machine's noise decides);
 * - compile: a body the site's MDX compiler rejects, or whose page shows a line otherwise than kept (page-compiles.ts);
 * - changed: MDX-significant text of the mutation (hostile-mutations.ts MARKERS) that reached the article otherwise than written;
 * - leaks: text only a script held, in the article.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { SetsCaseResult } from './sets-runner.ts';
import { CaseChild } from './case-child.ts';

const { values } = parseArgs({
  options: {
    campaign: { type: 'string', default: '1' },
    from: { type: 'string', default: '0' },
    count: { type: 'string', default: '400' },
    cases: { type: 'string' },
    timeout: { type: 'string', default: '20' },
    out: { type: 'string', default: join(import.meta.dirname, '../../../bench/tmp/fuzz-sets-report.json') },
  },
});
const campaign = Number(values.campaign);
type SetsRecord = SetsCaseResult | { index: number; crash: string } | { index: number; harnessError: string };

const child = new CaseChild(join(import.meta.dirname, 'sets-runner.ts'), Number(values.timeout));

const isSlow = (r: SetsCaseResult) =>
  r.cpuSeconds > 2 || (r.cpuSeconds > 0.5 && r.cpuSeconds / Math.max(r.controlCpuSeconds, 0.01) > 4 * Math.max(1, r.bytes / Math.max(1, r.controlBytes)));

const from = Number(values.from);
const indexes = values.cases ? values.cases.split(',').map(Number) : Array.from({ length: Number(values.count) }, (_, n) => from + n);
const records: SetsRecord[] = [];
const began = Date.now();
for (const i of indexes) {
  const r = await child.run<SetsRecord>(i, { index: i, campaign });
  records.push(r);
  const line = 'crash' in r ? `CRASH ${r.crash.split('\n')[0]}` : 'harnessError' in r ? `HARNESS ${String(r.harnessError).split('\n')[0]}` : `${r.outcome} ${r.cpuSeconds.toFixed(2)} s ${(r.bytes / 1e6).toFixed(2)} MB ${r.name}${r.exception ? ' EXCEPTION' : ''}${r.compileError ? ' COMPILE' : ''}${r.markerChanged ? ' CHANGED' : ''}${r.leaks ? ' LEAK' : ''}${isSlow(r) ? ' SLOW' : ''}`;
  console.log(`[${i}] ${line}`);
}
child.restart();
mkdirSync(dirname(values.out!), { recursive: true });
writeFileSync(values.out!, JSON.stringify({ campaign, records }, null, 1));

const results = records.filter((r): r is SetsCaseResult => 'cpuSeconds' in r);
const crashes = records.filter((r) => 'crash' in r || 'harnessError' in r);
console.log(`\n${records.length} case(s) in ${((Date.now() - began) / 1000).toFixed(0)} s: ${results.filter((r) => r.outcome === 'article').length} article(s), ${results.filter((r) => r.outcome === 'skipped').length} skipped; ${crashes.length} crash(es)`);
for (const r of crashes) console.log(`CRASH #${r.index}: ${('crash' in r ? r.crash : (r as { harnessError: string }).harnessError).slice(0, 600)}`);
for (const r of results.filter((r) => r.exception)) console.log(`EXCEPTION #${r.index} ${r.name}: ${r.reason}\n${r.exception}`);
for (const r of results.filter(isSlow)) console.log(`SLOW #${r.index} ${r.name}: ${r.cpuSeconds.toFixed(2)} CPU s for ${(r.bytes / 1e6).toFixed(2)} MB (unmutated ${r.controlCpuSeconds.toFixed(2)} s for ${(r.controlBytes / 1e6).toFixed(2)} MB)`);
for (const r of results.filter((r) => r.compileError)) console.log(`COMPILE #${r.index} ${r.name}: ${r.compileError}`);
for (const r of results.filter((r) => r.markerChanged)) console.log(`CHANGED #${r.index} ${r.name}: ${r.markerChanged}`);
for (const r of results.filter((r) => r.leaks)) console.log(`LEAK #${r.index} ${r.name}: ${r.leaks!.join(', ')}`);
console.log(`report: ${values.out}`);
