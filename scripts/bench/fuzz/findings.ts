/** What the campaign found, from its records: each kind of failure the brief asks about, by case. */
import type { CaseResult } from './runner.ts';

export type FuzzRecord = CaseResult | { index: number; crash: string } | { index: number; harnessError: string };

export interface Findings {
  crashes: { index: number; crash: string }[];
  harness: { index: number; harnessError: string }[];
  exceptions: CaseResult[];
  slow: CaseResult[];
  memory: CaseResult[];
  leaks: CaseResult[];
  bodies: CaseResult[];
  /** Mutations that change nothing a reader sees, after which the article read otherwise. */
  changed: CaseResult[];
  cases: number;
  articles: number;
  skipped: number;
}

/** Over 1 CPU s per MB, and at least 0.5 s: below it a shared machine's noise decides. */
export const isSlow = (r: CaseResult) => r.cpuSeconds > Math.max(0.5, r.bytes / 1e6);
export const isMemoryBlowUp = (r: CaseResult) => r.peakRiseMb > 500 + (50 * r.bytes) / 1e6;
/** More tags or code in the body than the unmutated page gives, or any hidden marker. */
export const leaks = (r: CaseResult) =>
  !!r.leaks && (r.leaks.hidden.length > 0 || r.leaks.tags > (r.controlLeaks?.tags ?? 0) || r.leaks.code > (r.controlLeaks?.code ?? 0));

export function findingsOf(records: FuzzRecord[]): Findings {
  const results = records.filter((r): r is CaseResult => 'cpuSeconds' in r);
  return {
    crashes: records.filter((r) => 'crash' in r),
    harness: records.filter((r) => 'harnessError' in r),
    exceptions: results.filter((r) => r.exception),
    slow: results.filter(isSlow),
    memory: results.filter(isMemoryBlowUp),
    leaks: results.filter(leaks),
    bodies: results.filter((r) => r.bodyError),
    changed: results.filter((r) => r.textChanged),
    cases: records.length,
    articles: results.filter((r) => r.outcome === 'article').length,
    skipped: results.filter((r) => r.outcome === 'skipped').length,
  };
}

export function printFindings(f: Findings): void {
  console.log(`\n${f.cases} case(s): ${f.articles} article(s), ${f.skipped} skipped; ${f.crashes.length} crash(es), ${f.exceptions.length} exception(s), ${f.slow.length} slow, ${f.memory.length} memory, ${f.leaks.length} leak(s), ${f.bodies.length} body error(s), ${f.changed.length} changed by an invisible mutation, ${f.harness.length} harness error(s)`);
  for (const r of f.crashes) console.log(`CRASH #${r.index}: ${r.crash.slice(0, 600)}`);
  for (const r of f.harness) console.log(`HARNESS #${r.index}: ${r.harnessError.slice(0, 600)}`);
  for (const r of f.exceptions) console.log(`EXCEPTION #${r.index} ${r.name}: ${r.reason}\n${r.exception}`);
  for (const r of f.slow) console.log(`SLOW #${r.index} ${r.name}: ${r.cpuSeconds.toFixed(2)} CPU s for ${(r.bytes / 1e6).toFixed(2)} MB (unmutated: ${r.controlCpuSeconds?.toFixed(2) ?? '-'} s)`);
  for (const r of f.memory) console.log(`MEMORY #${r.index} ${r.name}: peak +${r.peakRiseMb.toFixed(0)} MB for ${(r.bytes / 1e6).toFixed(2)} MB`);
  for (const r of f.leaks) console.log(`LEAK #${r.index} ${r.name}: tags ${r.leaks!.tags} (unmutated ${r.controlLeaks?.tags ?? 0}), code ${r.leaks!.code} (${r.controlLeaks?.code ?? 0}), hidden ${r.leaks!.hidden.join(' ')}\n  ${r.leaks!.samples.map((s) => JSON.stringify(s)).join('\n  ')}`);
  for (const r of f.bodies) console.log(`BODY #${r.index} ${r.name}: ${r.bodyError}`);
  for (const r of f.changed) console.log(`CHANGED #${r.index} ${r.name}: ${r.textChanged}`);
}
