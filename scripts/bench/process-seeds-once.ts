/**
 * `processSeed` (the per-article stages, no cache, no corpus stages) over a folder's seeds in one
 * process, each seed once as the CLI meets it, and the CPU each pass took. `ROOT` is the project copy
 * whose pipeline runs (an older commit's `git archive` works too: its `processSeed(seed, bytes, topics)`
 * is called the same way), so two commits can be run side by side under `node --cpu-prof` and their
 * profiles read by stage (text-stage-table.ts).
 *
 *   node --cpu-prof --cpu-prof-interval 200 scripts/bench/process-seeds-once.ts ROOT SEEDS_DIR 2000 [passes] [--shift]
 *
 * `--shift`: each pass takes the next seeds (the JIT warm, no memory of the lines met before).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPipeline } from './project-pipeline.ts';

const args = process.argv.slice(2).filter((a) => a !== '--shift');
const shift = process.argv.includes('--shift');
const [root, seedsDir, countArg, passesArg] = args;
if (!root || !seedsDir || !countArg) throw new Error('usage: process-seeds-once.ts ROOT SEEDS_DIR COUNT [PASSES] [--shift]');
const count = Number(countArg);
const passes = Number(passesArg ?? 1);
const load = process.cpuUsage();
const { processSeed, topics } = await projectPipeline(root);
const ms = (t: NodeJS.CpuUsage) => ((t.user + t.system) / 1000).toFixed(0);
console.log(`load: ${ms(process.cpuUsage(load))} ms CPU`);
const seeds = readdirSync(seedsDir).sort();
for (let pass = 0; pass < passes; pass++) {
  const first = shift ? pass * count : 0;
  const started = process.cpuUsage();
  let articles = 0;
  for (const seed of seeds.slice(first, first + count)) if (processSeed(seed, readFileSync(join(seedsDir, seed)), topics).record) articles++;
  console.log(`pass ${pass}: ${ms(process.cpuUsage(started))} ms CPU, ${articles} articles`);
}
