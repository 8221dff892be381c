/**
 * Read a V8 .cpuprofile (from `node --cpu-prof`) and say where the time went: the functions with
 * the most self time, and the total per package or project folder. Enough to tell "chrono-node
 * parsing" from "MDX compile" from "our own aggregation" without opening DevTools.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  topFunctions: { name: string; where: string; selfMs: number; percent: number }[];
  byOwner: { owner: string; selfMs: number; percent: number }[];
}

/** "astro", "@astrojs/mdx", "scripts/ingest/run.ts", "(node internals)", … for a script URL. */
function ownerOf(url: string): string {
  if (!url) return '(V8 / native)';
  if (url.startsWith('node:')) return '(node internals)';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + '/node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  // Our own code by file: "scripts/ingest/stages/events.ts" says more than "scripts/ingest".
  const project = url.match(/\/((?:scripts|src)\/.+)$/);
  if (project) return project[1];
  return url.replace(/^file:\/\//, '').split('/').slice(-2).join('/');
}

export function summarizeProfile(path: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);

  const functions = new Map<string, { name: string; where: string; us: number }>();
  const owners = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame;
    const name = frame.functionName || '(anonymous)';
    // Package-relative or project-relative, so summaries read the same from any checkout.
    const file = frame.url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, '').replace(/^\/.*?\/((?:scripts|src)\/)/, '$1');
    const where = file ? `${file}:${frame.lineNumber + 1}` : '';
    const key = `${name} ${where}`;
    const entry = functions.get(key) ?? { name, where, us: 0 };
    entry.us += us;
    functions.set(key, entry);
    const owner = name === '(garbage collector)' ? '(garbage collector)' : name === '(idle)' ? '(idle)' : ownerOf(frame.url);
    owners.set(owner, (owners.get(owner) ?? 0) + us);
  }
  const pct = (us: number) => Math.round((1000 * us) / Math.max(totalUs, 1)) / 10;
  return {
    totalMs: Math.round(totalUs / 1000),
    topFunctions: [...functions.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((f) => ({ name: f.name, where: f.where, selfMs: Math.round(f.us / 1000), percent: pct(f.us) })),
    byOwner: [...owners]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([owner, us]) => ({ owner, selfMs: Math.round(us / 1000), percent: pct(us) })),
  };
}

export function printProfile(title: string, s: ProfileSummary): void {
  console.log(`\n${title}: ${s.totalMs} ms sampled`);
  console.log('  self time by package / source file:');
  for (const o of s.byOwner) console.log(`    ${String(o.percent).padStart(5)}%  ${String(o.selfMs).padStart(7)} ms  ${o.owner}`);
  console.log('  functions with the most self time:');
  for (const f of s.topFunctions) console.log(`    ${String(f.percent).padStart(5)}%  ${String(f.selfMs).padStart(7)} ms  ${f.name}  ${f.where}`);
}
