/**
 * Where a text seed's CPU goes, by stage: the samples of a `.cpuprofile` (node --cpu-prof of
 * process-seeds-once.ts) under `processSeed`, summed by the pipeline's call they are in (decode,
 * segment, clean, dedupe, metadata, topics, people, figures, the MDX body…), `segment` split into
 * main-text's block features, its headline chooser, its other rules, the unwrap and the header's
 * readers. `--cpu-ms N`: the run's measured CPU of processSeed, to give each stage's share in ms (the
 * profile samples wall time, which a loaded machine stretches; the shares hold). Works on profiles
 * of older commits too (37a8531's segment had no main-text: all of it counts as header readers).
 *
 *   node scripts/bench/text-stage-table.ts PROFILE.cpuprofile --cpu-ms 8722
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const file = process.argv[2];
const at = process.argv.indexOf('--cpu-ms');
const cpuMs = at > 0 ? Number(process.argv[at + 1]) : null;
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfMs = new Map<number, number>();
profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));

/** The pipeline's calls under processArticle, by stage. */
const STAGE_OF: Record<string, string> = {
  decode: 'decode and safety checks', decodeWithTableLines: 'decode and safety checks', notAPageReason: 'decode and safety checks',
  readAsSavedPage: 'decode and safety checks', unreadableTextReason: 'decode and safety checks', dropUnmatchedBidiControls: 'decode and safety checks',
  capText: 'decode and safety checks', withoutRepeatedTokenBlocks: 'decode and safety checks', seedKindOf: 'decode and safety checks',
  detectLanguage: 'language', clean: 'clean', dropFurniture: 'clean', dedupe: 'dedupe', extractMetadata: 'metadata', textAuthor: 'metadata',
  findTopics: 'topics', findPeople: 'people', findFigures: 'figures', readFigure: 'figures', hashBytes: 'hash',
};

function stageOf(path: string[]): string {
  const has = (f: string) => path.includes(f);
  if (path[0] === 'serializeBody') return 'emit (MDX body)';
  if (path[0] === 'summarize') return 'summary';
  if (path[0] !== 'processArticle') return 'other';
  if (path[1] !== 'segment') return STAGE_OF[path[1]] ?? 'other';
  if (has('detectMainText')) {
    if (has('blockFeatures') || has('readBlockFeatures')) return 'segment: main-text block features (chrome rules too)';
    if (has('chooseHeadline') || has('chosenAgainUnderTheOpening')) return 'segment: main-text headline chooser';
    return 'segment: main-text rules and best run';
  }
  if (has('unwrapHardWrapped') || has('unwrapHardWrappedWithOrigins')) return 'segment: unwrap';
  return 'segment: header readers';
}

const totals = new Map<string, number>();
let underSeed = 0;
for (const [id, ms] of selfMs) {
  const names: string[] = [];
  for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) names.push(byId.get(x)!.callFrame.functionName);
  const top = names.lastIndexOf('processSeed');
  if (top < 0) continue;
  underSeed += ms;
  const stage = stageOf(names.slice(0, top).reverse());
  totals.set(stage, (totals.get(stage) ?? 0) + ms);
}
console.log(`processSeed: ${underSeed.toFixed(0)} ms sampled${cpuMs ? `, ${cpuMs} ms CPU` : ''}`);
for (const [stage, ms] of [...totals].sort((a, b) => b[1] - a[1])) {
  const share = ms / underSeed;
  console.log(`${cpuMs ? `${(share * cpuMs).toFixed(0).padStart(7)} ms ` : ''}${(100 * share).toFixed(1).padStart(5)} %  ${stage}`);
}
