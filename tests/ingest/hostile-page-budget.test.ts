/**
 * Pages far larger than any article's for what they hold: 1,000,000 empty <div>s (11 MB), 1,000,000
 * <br>s (4 MB), one paragraph of 30 MB on one line. Each was built whole into the extractor's DOM
 * (the paragraph also read whole by every field reader of the prune pass): minutes and 2 GB for the
 * <div>s and <br>s, 15 s of CPU and 1.7 GB for the paragraph. Now past MAX_ELEMENTS elements and
 * MAX_TEXT_CHARS characters of body text the page is not built further (lib/html/prune/html-dom.ts,
 * lib/html/prune/text-budget.ts), and the report says so. Each is read in a process whose heap is capped at
 * 640 MB, its article's headline and sentences kept, within 10 s of CPU on a loaded machine.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { BUDGET_PAGES, HEADLINE } from './hostile-page-budget-seeds.ts';
import { PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

const child = fileURLToPath(new URL('./hostile-page-budget-child.ts', import.meta.url));
const HEAP_MB = 640;

type Read = { seconds: number; skip?: string; title?: string; text?: string; rules: string[] };

function readInSmallHeap(name: string): Read {
  const run = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, child, name], { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 120_000 });
  expect(run.status, `${name}: ${run.stderr.slice(-2000)}`).toBe(0);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!);
}

it.each(Object.keys(BUDGET_PAGES))('%s: the article read in a bounded heap and time, what was not built reported', (name) => {
  const read = readInSmallHeap(name);
  expect(read.title, read.skip).toBe(HEADLINE);
  expect(read.text).toContain(PROSE_BEFORE);
  if (name !== 'one-line-30mb') expect(read.text).toContain(PROSE_AFTER);
  expect(read.rules).toContain(name === 'one-line-30mb' ? 'text-cap' : 'element-cap');
  expect(read.seconds, `${read.seconds.toFixed(2)} s of CPU`).toBeLessThan(10);
}, 150_000);
