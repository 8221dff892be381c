/**
 * node [--cpu-prof] scripts/bench/one-page-loop.ts --set meta --id ID [--times 40] [--warmup 5]
 *
 * One page's HTML path run again and again in one process (issue #13, the HTML path's speed): to profile a
 * page that html-page-costs.ts found far above what its size predicts, with its own cost filling the profile.
 * Prints the median CPU (process.cpuUsage) ms of the timed runs.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SET_DIRS, loadCases } from './extract/cases.ts';
import { processArticle } from '../ingest/pipeline.ts';
import '../ingest/stages/html.ts';
import { Report, SkipArticle } from '../ingest/report.ts';
import { compileTopics } from '../ingest/stages/topics.ts';
import { loadTopicDefinitions } from '../ingest/run.ts';

const { values } = parseArgs({ options: { set: { type: 'string', default: 'meta' }, id: { type: 'string' }, times: { type: 'string', default: '40' }, warmup: { type: 'string', default: '5' } } });
const page = loadCases(SET_DIRS[values.set!]).find((c) => c.id === values.id);
if (!page) throw new Error(`no page ${values.id} in ${values.set}`);
const bytes = page.html();
const matchers = compileTopics(loadTopicDefinitions(join(import.meta.dirname, '../../content/topics')));
const now = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const times: number[] = [];
for (let i = 0; i < Number(values.warmup) + Number(values.times); i++) {
  const start = now();
  try {
    processArticle(`${page.id}.html`, bytes, matchers, new Report(page.id));
  } catch (error) {
    if (!(error instanceof SkipArticle)) throw error;
  }
  if (i >= Number(values.warmup)) times.push(now() - start);
}
times.sort((a, b) => a - b);
console.log(`${page.id}: median ${(times[times.length >> 1] / 1000).toFixed(1)} CPU ms over ${times.length} runs (best ${(times[0] / 1000).toFixed(1)})`);
