/**
 * The campaign's child process (cli.ts forks it): makes each case it is sent by number, runs it
 * through the ingest's per-seed function (processSeed, as the ingest does) and answers with what it
 * measured. A crash, a stack overflow the pipeline did not catch, or memory exhaustion ends this
 * process, which cli.ts records and replaces; the answers it sent are kept.
 */
import { join } from 'node:path';
import { processSeed } from '../../ingest/pipeline.ts';
import '../../ingest/stages/html.ts';
import { stackOf } from './stack-of.ts';
import { compileTopics } from '../../ingest/stages/topics.ts';
import { loadTopicDefinitions } from '../../ingest/run.ts';
import { makeCase } from './campaign.ts';
import { findLeaks, type Leaks } from './leaks.ts';
import { bodyReadBackError } from './body-reads-back.ts';
import { PROSE, TITLE } from './fuzz-case.ts';
import { withoutInvisible } from './invisible-mutations.ts';

const matchers = compileTopics(loadTopicDefinitions(join(import.meta.dirname, '../../../content/topics')));

export interface CaseResult {
  index: number;
  name: string;
  seed: string;
  bytes: number;
  cpuSeconds: number;
  /** The unmutated page's CPU seconds, for a mutated page. */
  controlCpuSeconds?: number;
  /** How far this case raised the process's peak resident memory, MB. */
  peakRiseMb: number;
  /** The process's peak resident memory after the case, MB. */
  peakMb: number;
  outcome: 'article' | 'skipped';
  reason?: string;
  /** An error the pipeline caught as "could not be read" (a bug, not bad input), with its stack. */
  exception?: string;
  paragraphs?: number;
  leaks?: Leaks;
  controlLeaks?: Leaks;
  bodyError?: string;
  /** For a mutation that changes nothing a reader sees: how the article differs from the unmutated seed's. */
  textChanged?: string;
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const peakMb = () => process.resourceUsage().maxRSS / 1024;

function run(index: number, campaign: number, perPair?: number): CaseResult {
  const c = makeCase(index, campaign, perPair);
  const peakBefore = peakMb();
  const start = cpu();
  const outcome = processSeed(c.seed, c.bytes, matchers);
  const cpuSeconds = cpu() - start;
  const result: CaseResult = { index, name: c.name, seed: c.seed, bytes: c.bytes.length, cpuSeconds, peakRiseMb: peakMb() - peakBefore, peakMb: 0, outcome: outcome.record ? 'article' : 'skipped' };
  if (outcome.skip !== undefined) {
    result.reason = outcome.skip;
    if (!outcome.cacheable) result.exception = stackOf(c.seed, c.bytes, matchers);
  }
  if (outcome.record) {
    const texts = outcome.record.paragraphs.map((p) => p.text);
    result.paragraphs = texts.length;
    result.leaks = findLeaks([outcome.record.title ?? '', ...texts], c.hidden);
    const bodyError = bodyReadBackError(outcome.body!, texts);
    if (bodyError) result.bodyError = bodyError;
  }
  if (c.control) Object.assign(result, controlOf(c.control.seed, c.control.bytes));
  if (c.sameText && c.control) {
    const changed = textChange(reading(outcome), reading(processSeed(c.control.seed, c.control.bytes, matchers)));
    if (changed) result.textChanged = changed;
  }
  result.peakMb = peakMb();
  return result;
}

/** What a reader sees of an outcome: its skip, or its headline, author, date and paragraphs without the invisible marks. */
function reading(outcome: ReturnType<typeof processSeed>): string[] {
  if (!outcome.record) return [`skipped: ${outcome.skip}`];
  const r = outcome.record;
  return [`title: ${r.title ?? ''}`, `author: ${r.author ?? ''}`, `date: ${r.date?.date ?? ''}`, ...r.paragraphs.map((p) => p.text)].map(withoutInvisible);
}

/** The first line where two readings differ, or null. */
function textChange(got: string[], want: string[]): string | null {
  const n = Math.max(got.length, want.length);
  for (let i = 0; i < n; i++) if (got[i] !== want[i]) return `line ${i + 1} of ${got.length} (unmutated ${want.length}): ${JSON.stringify((got[i] ?? '').slice(0, 120))}, unmutated ${JSON.stringify((want[i] ?? '').slice(0, 120))}`;
  return null;
}

/** The unmutated page's time and markup in its body, once per page (many cases mutate the same one). */
const controls = new Map<string, Pick<CaseResult, 'controlCpuSeconds' | 'controlLeaks'>>();
function controlOf(seed: string, bytes: Uint8Array): Pick<CaseResult, 'controlCpuSeconds' | 'controlLeaks'> {
  let known = controls.get(seed);
  if (!known) {
    const at = cpu();
    const control = processSeed(seed, bytes, matchers);
    known = { controlCpuSeconds: cpu() - at, ...(control.record && { controlLeaks: findLeaks([control.record.title ?? '', ...control.record.paragraphs.map((p) => p.text)]) }) };
    controls.set(seed, known);
  }
  return known;
}

// Warm up (module loading, the first compile of the hot paths) before any case is timed.
const warm = `<!DOCTYPE html><html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1><p>${PROSE.join('</p><p>')}</p></article></body></html>`;
for (let i = 0; i < 3; i++) {
  processSeed('warm.html', new TextEncoder().encode(warm), matchers);
  processSeed('warm.txt', new TextEncoder().encode(`${TITLE}\n\n${PROSE.join('\n\n')}`), matchers);
}

process.on('message', (message: { index: number; campaign: number; perPair?: number }) => {
  let result: CaseResult | { index: number; harnessError: string };
  try {
    result = run(message.index, message.campaign, message.perPair);
  } catch (error) {
    result = { index: message.index, harnessError: (error as Error).stack ?? String(error) };
  }
  process.send!(result);
});
process.send!({ ready: true });
