/**
 * node scripts/bench/fuzz/ingest-twice.ts [--campaign 1] [--mutations 40] [--max-mb 3] [--dir bench/tmp/fuzz-project]
 *
 * The whole ingest CLI, as a user runs it, over a seeds folder of fuzz cases (campaign.ts: every
 * generated shape up to --max-mb, and --mutations mutated pages), twice in a scratch project: the
 * first run must finish, the second must too (not blocked by what the first left in the cache), and
 * must leave content/ as the first did; every seed must end as one article or one skipped entry.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { listFiles } from '../../lib/list-files.ts';
import { makeCase } from './campaign.ts';
import { shapeCount } from './shapes.ts';

const repo = join(import.meta.dirname, '../../..');
const { values } = parseArgs({
  options: {
    campaign: { type: 'string', default: '1' },
    mutations: { type: 'string', default: '40' },
    'max-mb': { type: 'string', default: '3' },
    dir: { type: 'string', default: join(repo, 'bench/tmp/fuzz-project') },
  },
});
const root = values.dir!;
const seedsDir = join(root, 'seeds');
rmSync(root, { recursive: true, force: true });
mkdirSync(seedsDir, { recursive: true });
cpSync(join(repo, 'content/topics'), join(root, 'content/topics'), { recursive: true });

const campaign = Number(values.campaign);
const names = new Set<string>();
const cases = [...Array.from({ length: shapeCount() }, (_, i) => i), ...Array.from({ length: Number(values.mutations) }, (_, i) => shapeCount() + i * 7)];
for (const index of cases) {
  const c = makeCase(index, campaign);
  if (c.bytes.length > Number(values['max-mb']) * 1e6) continue;
  // One file per case: the same page mutated twice gets the case's number in its name.
  const name = `${index}-${c.seed}`;
  names.add(name);
  writeFileSync(join(seedsDir, name), c.bytes);
}
console.log(`${names.size} seeds in ${seedsDir}`);

const contentOf = () => Object.fromEntries(listFiles(join(root, 'content')).filter((f) => !f.startsWith('topics/')).map((f) => [f, readFileSync(join(root, 'content', f), 'utf8')]));
function run(label: string): Record<string, string> {
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(repo, 'scripts/ingest/cli.ts')], { cwd: root, env: { ...process.env, SEEDS_DIR: seedsDir }, encoding: 'utf8', timeout: 1_800_000, maxBuffer: 1 << 28 });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) throw new Error(`${label} run failed (exit ${r.status}, signal ${r.signal}) after ${seconds} s:\n${(r.stdout + r.stderr).slice(-3000)}`);
  console.log(`${label} run: finished in ${seconds} s; its last lines:\n${r.stdout.trim().split('\n').slice(-3).join('\n')}`);
  return contentOf();
}

const first = run('first');
const second = run('second');
const differ = [...new Set([...Object.keys(first), ...Object.keys(second)])].filter((f) => first[f] !== second[f]);
if (differ.length) throw new Error(`the second run left content/ otherwise than the first: ${differ.slice(0, 10).join(', ')}`);

const skipped: { seed: string; reason: string }[] = JSON.parse(second['data/skipped.json']).skipped;
const published = readdirSync(join(root, 'content/articles')).map((f) => /^seed: "?([^"\n]+)"?$/m.exec(readFileSync(join(root, 'content/articles', f), 'utf8'))?.[1]);
const lost = [...names].filter((n) => published.filter((p) => p === n).length + skipped.filter((s) => s.seed === n).length !== 1);
if (lost.length) throw new Error(`seeds that are not exactly one article or one skipped entry: ${lost.join(', ')}`);
const unreadable = skipped.filter((s) => s.reason.startsWith('could not be read'));
console.log(`both runs: ${published.length} article(s), ${skipped.length} skipped (${unreadable.length} with an error), content/ the same after each`);
for (const s of unreadable) console.log(`  error: ${s.seed}: ${s.reason}`);
