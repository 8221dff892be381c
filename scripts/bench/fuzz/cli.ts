/**
 * node scripts/bench/fuzz/cli.ts [--campaign 1] [--per-pair 20] [--from 0] [--count N] [--cases 3,17]
 *                                [--seeds-only] [--timeout 120] [--out bench/tmp/fuzz-report.json]
 *
 * The hostile-seed fuzz campaign (issue: no single seed may crash, hang or blow up the ingest): feeds
 * the ingest's per-seed function generated shapes (shapes.ts) and mutations of the body set's dev pages
 * (mutations.ts; EXTRACT_CASES_DIR names the set), all made from a seeded PRNG, never the clock, so a
 * case is re-made by its number. Each case runs in a child process (runner.ts) that is replaced when
 * it dies or hangs. Records and prints:
 * - exceptions: errors the pipeline caught as "could not be read" (a bug, not bad input), with stacks;
 * - crashes: the child died (out of memory, an uncaught stack overflow) or hung past --timeout;
 * - slow: more than 1 CPU s per MB of input (at least 0.5 s, below which timing is noise);
 * - memory: a case that raised the child's peak memory by more than 500 MB + 50x its size;
 * - leaks: tags, script code or hidden markup in the body beyond what the unmutated page has;
 * - bodies that do not read back as MDX to their paragraphs (they would fail the site's build).
 * The whole report goes to --out (JSON); the findings to the console.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { caseCount, firstSeedCase } from './campaign.ts';
import { findingsOf, printFindings, type FuzzRecord } from './findings.ts';
import { CaseChild } from './case-child.ts';

const { values } = parseArgs({
  options: {
    campaign: { type: 'string', default: '1' },
    'per-pair': { type: 'string', default: '20' },
    from: { type: 'string', default: '0' },
    count: { type: 'string' },
    cases: { type: 'string' },
    'seeds-only': { type: 'boolean', default: false },
    timeout: { type: 'string', default: '120' },
    out: { type: 'string', default: join(import.meta.dirname, '../../../bench/tmp/fuzz-report.json') },
  },
});
const campaign = Number(values.campaign);
const total = caseCount(Number(values['per-pair']));
const perPair = Number(values['per-pair']);
// --seeds-only: only the mutations of the project's seeds and saved pages (campaign.ts seedCase), from the first of them.
const from = values['seeds-only'] ? firstSeedCase(perPair) + Number(values.from) : Number(values.from);
const to = values.count ? Math.min(total, from + Number(values.count)) : total;
/** The child is replaced once its peak memory passes this, so each case's rise is measured from a low base. */
const RESTART_PEAK_MB = 2500;

const child = new CaseChild(join(import.meta.dirname, 'runner.ts'), Number(values.timeout));

const records: FuzzRecord[] = [];
const indexes = values.cases ? values.cases.split(',').map(Number) : Array.from({ length: Math.max(0, to - from) }, (_, n) => from + n);
for (const i of indexes) {
  const record = await child.run<FuzzRecord>(i, { index: i, campaign, perPair });
  records.push(record);
  const line = 'crash' in record ? `CRASH ${record.crash.split('\n')[0]}` : 'harnessError' in record ? `HARNESS ${String(record.harnessError).split('\n')[0]}` : `${record.outcome} ${record.cpuSeconds.toFixed(2)} s ${(record.bytes / 1e6).toFixed(2)} MB ${record.name}${record.exception ? ' EXCEPTION' : ''}`;
  console.log(`[${i}/${to}] ${line}`);
  // Peak memory only rises: a fresh child once it is high keeps the next cases' rises visible.
  if ('peakMb' in record && record.peakMb > RESTART_PEAK_MB) child.restart();
}
child.restart();
mkdirSync(dirname(values.out!), { recursive: true });
writeFileSync(values.out!, JSON.stringify({ campaign, perPair: Number(values['per-pair']), from, to, records }, null, 1));
printFindings(findingsOf(records));
console.log(`report: ${values.out}`);
