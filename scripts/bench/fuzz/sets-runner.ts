/**
 * The child process of sets-cli.ts: makes each case it is sent (a dev page of a bench set, as its saved
 * HTML or its innerText, or a project seed, under one of hostile-mutations.ts's mutations or a byte
 * mutation of mutations.ts), runs it through the ingest's per-seed function (processSeed, as
 * worker.ts does through outcome-cache.ts) and answers with what it measured: CPU time against the
 * unmutated file's, whether the pipeline caught an error that is no skip, whether the body compiles with
 * the site's MDX compiler and shows the kept text (page-compiles.ts), markup or script in the article
 * (leaks.ts), and a marker of MDX-significant text that reached the article otherwise than written.
 */
import { join } from 'node:path';
import { processSeed } from '../../ingest/pipeline.ts';
import '../../ingest/stages/html.ts';
import { stackOf } from './stack-of.ts';
import { compileTopics } from '../../ingest/stages/topics.ts';
import { loadTopicDefinitions } from '../../ingest/run.ts';
import { HIDDEN_MARK, MARKERS, markerToken } from './hostile-mutations.ts';
import { allSources, makeSetsCase } from './sets-cases.ts';
import { findLeaks } from './leaks.ts';
import { pageCompileError } from './page-compiles.ts';

const matchers = compileTopics(loadTopicDefinitions(join(import.meta.dirname, '../../../content/topics')));

export interface SetsCaseResult {
  index: number;
  name: string;
  bytes: number;
  controlBytes: number;
  cpuSeconds: number;
  controlCpuSeconds: number;
  outcome: 'article' | 'skipped';
  reason?: string;
  exception?: string;
  compileError?: string;
  /** MDX-significant text of the mutation that reached the article changed. */
  markerChanged?: string;
  leaks?: string[];
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const controlTimes = new Map<string, number>();
async function run(index: number, campaign: number): Promise<SetsCaseResult> {
  const c = makeSetsCase(index, campaign);
  let controlCpuSeconds = controlTimes.get(c.seed);
  if (controlCpuSeconds === undefined) {
    const at = cpu();
    processSeed(c.seed, c.control, matchers);
    controlTimes.set(c.seed, (controlCpuSeconds = cpu() - at));
  }
  const start = cpu();
  const outcome = processSeed(c.seed, c.bytes, matchers);
  const cpuSeconds = cpu() - start;
  const result: SetsCaseResult = { index, name: c.name, bytes: c.bytes.length, controlBytes: c.control.length, cpuSeconds, controlCpuSeconds, outcome: outcome.record ? 'article' : 'skipped' };
  if (outcome.skip !== undefined) {
    result.reason = outcome.skip;
    if (!outcome.cacheable) result.exception = stackOf(c.seed, c.bytes, matchers);
  }
  if (outcome.record) {
    const r = outcome.record;
    const compileError = await pageCompileError(outcome.body!, r.paragraphs);
    if (compileError) result.compileError = compileError;
    const texts = [r.title ?? '', ...r.paragraphs.map((p) => p.text)];
    // A marker put in whose word reached the article, the marker not whole there: its text changed on the way.
    const whole = texts.join('\n');
    const source = new TextDecoder().decode(c.bytes);
    for (const m of MARKERS) {
      const token = markerToken(m);
      if (!token || !source.includes(token) || !whole.includes(token) || whole.includes(m)) continue;
      const at = whole.indexOf(token);
      result.markerChanged = `${JSON.stringify(m)} read as ${JSON.stringify(whole.slice(Math.max(0, at - 60), at + 80))}`;
      break;
    }
    const leaks = findLeaks(texts, [HIDDEN_MARK]);
    if (leaks.hidden.length) result.leaks = leaks.hidden;
  }
  return result;
}

// Warm up before any case is timed (module loading, the HTML path's first compile).
for (const s of allSources().slice(0, 4)) processSeed(s.seed, s.bytes(), matchers);

process.on('message', async (message: { index: number; campaign: number }) => {
  let result: SetsCaseResult | { index: number; harnessError: string };
  try {
    result = await run(message.index, message.campaign);
  } catch (error) {
    result = { index: message.index, harnessError: (error as Error).stack ?? String(error) };
  }
  process.send!(result);
});
process.send!({ ready: true });
