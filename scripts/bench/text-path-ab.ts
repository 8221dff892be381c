/**
 * Two commits' text path on the same inputs, timed by CPU in one process, their passes interleaved
 * (A B, B A, A B, …), so the load of a shared machine falls on both alike. One process per commit
 * (process-seeds-once.ts) swung 0.87–1.39 × between rounds at load 9–15; the pair within one pass
 * moves far less. Each root is a project copy (a worktree, or an older commit's `git archive`); its
 * `processSeed(seed, bytes, topics)` is called as the CLI calls it, no cache, no corpus stages.
 *
 *   node scripts/bench/text-path-ab.ts ROOT_A ROOT_B seeds:DIR:FROM:COUNT PASSES
 *   node scripts/bench/text-path-ab.ts ROOT_A ROOT_B set:CASES_DIR[,CASES_DIR…] PASSES
 *   node scripts/bench/text-path-ab.ts ROOT_A ROOT_B html:CASES_DIR[,CASES_DIR…] PASSES
 *
 * `seeds:` reads seed files (the generator's, scripts/bench/generate-seeds.ts); `set:` the benchmark's
 * cases' rendered innerText, each given as a `.txt` seed; `html:` the cases' saved HTML, each as an
 * `.html` seed (the HTML path, its MDX body included). One warm-up pass each, then PASSES pairs;
 * prints each pass, the medians and the median of B / A.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { projectPipeline, type ProjectPipeline } from './project-pipeline.ts';

const [rootA, rootB, source, passesArg] = process.argv.slice(2);
if (!rootA || !rootB || !source) throw new Error('usage: text-path-ab.ts ROOT_A ROOT_B seeds:DIR:FROM:COUNT|set:DIR[,DIR]|html:DIR[,DIR] [PASSES]');
const passes = Number(passesArg ?? 5);

/** The inputs, as seed names and bytes, read before any clock starts. */
function inputs(spec: string): [string, Uint8Array][] {
  if (spec.startsWith('seeds:')) {
    const [, dir, from, count] = spec.split(':');
    return readdirSync(dir).sort().slice(Number(from), Number(from) + Number(count)).map((f) => [f, new Uint8Array(readFileSync(join(dir, f)))]);
  }
  const html = spec.startsWith('html:');
  if (!html && !spec.startsWith('set:')) throw new Error(`unknown source ${spec}`);
  const [file, kind] = html ? ['source.html.gz', 'html'] : ['innertext.txt.gz', 'txt'];
  const items: [string, Uint8Array][] = [];
  for (const dir of spec.slice(spec.indexOf(':') + 1).split(',')) {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name, file);
      if (existsSync(path)) items.push([`${name}.${kind}`, new Uint8Array(gunzipSync(readFileSync(path)))]);
    }
  }
  return items;
}

const a = await projectPipeline(rootA);
const b = await projectPipeline(rootB);
const items = inputs(source);

/** CPU ms of one pass over every input; a page the pipeline skips (it throws) counts its time too. */
function pass(p: ProjectPipeline): number {
  const started = process.cpuUsage();
  for (const [seed, bytes] of items) {
    try {
      p.processSeed(seed, bytes, p.topics);
    } catch {
      // A skipped seed (SkipArticle): its work up to the skip is timed like any other.
    }
  }
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

const median = (values: number[]) => {
  const s = [...values].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

pass(a);
pass(b);
const timesA: number[] = [];
const timesB: number[] = [];
for (let k = 0; k < passes; k++) {
  // Each commit goes first every other pass: neither always meets the heap the other left.
  if (k % 2 === 0) {
    timesA.push(pass(a));
    timesB.push(pass(b));
  } else {
    timesB.push(pass(b));
    timesA.push(pass(a));
  }
  console.log(`pass ${k}: A ${timesA[k].toFixed(0)} ms, B ${timesB[k].toFixed(0)} ms, B/A ${(timesB[k] / timesA[k]).toFixed(3)}`);
}
const perSecond = (ms: number) => ((items.length / ms) * 1000).toFixed(0);
console.log(
  `${items.length} inputs: A median ${median(timesA).toFixed(0)} ms (${perSecond(median(timesA))}/s), ` +
    `B median ${median(timesB).toFixed(0)} ms (${perSecond(median(timesB))}/s); median B/A ${median(timesA.map((t, i) => timesB[i] / t)).toFixed(3)}`,
);
