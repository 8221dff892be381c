/**
 * Sharded JSON Lines: one line per seed, each starting `{"seed":…`, spread over up to 64 files by a
 * hash of the seed's name (content/data/facts/07.jsonl, …), lines in seed order within a file. A
 * re-run rewrites only the shards of the seeds it redid or lost, without parsing the other lines:
 * that is what keeps a one-seed re-run at 10,000 articles under a second.
 */
import { hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isTempName, writeFileAtomic } from '../lib/atomic-write.ts';

const SHARDS = 64;
const SEED_PREFIX = /^\{"seed":("(?:[^"\\]|\\.)*")/;

/** The shard file a seed's line lives in: stable, whatever other seeds exist. */
export function shardOf(seed: string): string {
  return String(hash('sha1', seed, 'buffer')[0] % SHARDS).padStart(2, '0') + '.jsonl';
}

/** The seed a line belongs to. */
export function seedOfLine(line: string): string {
  const m = SEED_PREFIX.exec(line);
  if (!m) throw new Error(`not a seed line: ${line.slice(0, 80)}`);
  return JSON.parse(m[1]) as string;
}

/** One line for one seed: `seed` first, so that seedOfLine finds it without parsing the rest. */
export function seedLine(seed: string, rest: object): string {
  return JSON.stringify({ seed, ...rest });
}

/** Every line of every shard in `dir`, in shard then seed order. */
export function readLines(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l !== ''));
}

/**
 * Writes the shards of `dir` holding the `touched` seeds (all shards when `whole`): each kept seed's
 * line is its `fresh` one if given, else the one the shard had; seeds that `keep` rejects are dropped.
 * Returns how many shard files changed.
 */
export function updateShards(dir: string, fresh: Map<string, string>, keep: (seed: string) => boolean, touched: Iterable<string>, whole: boolean): number {
  mkdirSync(dir, { recursive: true });
  const shards = new Map<string, Map<string, string>>();
  const shardLines = (shard: string) => shards.get(shard) ?? shards.set(shard, new Map()).get(shard)!;
  if (whole) for (const file of readdirSync(dir)) isTempName(file) ? rmSync(join(dir, file), { force: true }) : shardLines(file);
  else for (const seed of touched) shardLines(shardOf(seed));
  if (!whole) {
    for (const [shard, lines] of shards) {
      const path = join(dir, shard);
      if (!existsSync(path)) continue;
      for (const line of readFileSync(path, 'utf8').split('\n')) if (line !== '') lines.set(seedOfLine(line), line);
    }
  }
  for (const [seed, line] of fresh) shardLines(shardOf(seed)).set(seed, line);
  let changed = 0;
  for (const [shard, lines] of shards) {
    const path = join(dir, shard);
    const text = [...lines.keys()].filter(keep).sort().map((s) => lines.get(s)! + '\n').join('');
    // A shard with no lines is no file: a skipped seed's shard may never have existed.
    const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (text === before) {
      if (text === '') rmSync(path, { force: true }); // an empty file left by hand
      continue;
    }
    changed++;
    if (text === '') rmSync(path, { force: true });
    else writeFileAtomic(path, text);
  }
  return changed;
}
