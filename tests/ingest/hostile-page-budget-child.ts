/**
 * Reads one page of hostile-page-budget-seeds.ts through the ingest's per-seed function in a process
 * of its own (the test starts it with a small heap, so memory is bounded by the process dying) and
 * prints what came out, with the CPU seconds it took (the HTML path loaded first, not counted).
 */
import { processSeed } from '../../scripts/ingest/pipeline.ts';
import { BUDGET_PAGES, HEADLINE } from './hostile-page-budget-seeds.ts';
import { cpuSeconds, PROSE_BEFORE } from './cpu-seconds.ts';

const name = process.argv[2];
const bytes = new TextEncoder().encode(BUDGET_PAGES[name]());
processSeed('warm.html', new TextEncoder().encode(`<html><head><title>${HEADLINE}</title></head><body><p>${PROSE_BEFORE}</p></body></html>`), []);
let outcome: ReturnType<typeof processSeed> | undefined;
const seconds = cpuSeconds(() => {
  outcome = processSeed(`${name}.html`, bytes, []);
});
const r = outcome!.record;
console.log(JSON.stringify({ seconds, skip: outcome!.skip, title: r?.title, text: r?.paragraphs.map((p) => p.text).join('\n'), rules: outcome!.entries.map((e) => e.rule) }));
