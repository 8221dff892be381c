/**
 * What the ingest remembers between runs (.cache/ingest/), so that a re-run after one seed changed
 * costs about one article, not the corpus:
 *
 * - seeds.jsonl, per seed: its file's stat (size, mtime, inode: when it matches, the seed is not
 *   even read), the cache key of its bytes, what the corpus stages need of it (PlacementInput) and a
 *   hash of where they placed it (slug, dates, event): a seed whose bytes and placement are
 *   unchanged has nothing to rewrite. An append-only log: a run appends the seeds it changed (and
 *   a tombstone for each seed gone), since rewriting 10,000 lines took longer than the rest of a
 *   one-seed run; the last line of a seed wins, and the log is rewritten whole once it is mostly
 *   superseded lines.
 * - head.json: the code version and seeds folder it was written for, and the stat of every output
 *   file, so that output edited or deleted by hand is rewritten whole.
 * - pairs.bin: the pairs of reports the events stage may join, best first, as article positions and
 *   phrase overlaps (a count, then the first positions, the second positions, the overlaps): 16
 *   bytes a pair, read back without parsing. A re-run keeps those of unchanged reports (event-pairs.ts).
 *
 * A state written by other ingest code, for another seeds folder, or that cannot be read is
 * ignored: the run is then a cold one, with the same result.
 */
import { appendFileSync, existsSync, readFileSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { PlacementInput } from './types.ts';
import type { Pairs } from './stages/event-pairs.ts';

export interface SeedState {
  name: string;
  stat: string;
  /** sha256 of the ingest's code version and the seed's bytes: names the cached outcome. */
  key: string;
  input?: PlacementInput;
  skip?: string;
  placed?: string;
}

interface Head {
  version: string;
  seedsDir: string;
  /** The stat of every data file written, by path. */
  outputs: Record<string, string>;
  /** The stat of content/articles/: unchanged, no file was added or removed there. */
  articlesFolder: string;
}

export interface IngestState extends Head {
  /** By seed name, in code-unit order (as seeds are listed and placed: see pairs.bin). */
  seeds: SeedState[];
}

export interface LoadedState {
  state: IngestState;
  pairs: Pairs | null;
  /** Lines in the log, superseded ones included: when to rewrite it whole. */
  logLines: number;
}

const HEAD = 'head.json';
const SEEDS = 'seeds.jsonl';
const PAIRS = 'pairs.bin';
export const STATE_FILES = [HEAD, SEEDS, PAIRS];

export function loadState(cacheDir: string, version: string, seedsDir: string): LoadedState {
  const cold: LoadedState = { state: { version, seedsDir, outputs: {}, articlesFolder: '', seeds: [] }, pairs: null, logLines: 0 };
  if (!existsSync(join(cacheDir, HEAD)) || !existsSync(join(cacheDir, SEEDS))) return cold;
  try {
    const head = JSON.parse(readFileSync(join(cacheDir, HEAD), 'utf8')) as Head;
    if (head.version !== version || head.seedsDir !== seedsDir || !head.outputs) return cold;
    const lines = readFileSync(join(cacheDir, SEEDS), 'utf8').split('\n');
    const seeds = new Map<string, SeedState>();
    for (const line of lines) {
      if (line === '') continue;
      const seed = JSON.parse(line) as SeedState & { gone?: true };
      if (seed.gone) seeds.delete(seed.name);
      else seeds.set(seed.name, seed);
    }
    const sorted = [...seeds.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
    return { state: { ...head, seeds: sorted }, pairs: readPairs(join(cacheDir, PAIRS)), logLines: lines.length - 1 };
  } catch {
    return cold; // unreadable (an interrupted write): start cold
  }
}

/**
 * Appends the seeds whose state changed since `previous` (by object identity) and tombstones for
 * those gone; rewrites the log whole when it was cold or has become mostly superseded lines.
 */
export function saveState(cacheDir: string, state: IngestState, previous: LoadedState, pairs: Pairs): void {
  const count = new Uint32Array([pairs.a.length]);
  const bytes = [count, pairs.a, pairs.b, pairs.score].map((arr) => new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength));
  writeFileSync(join(cacheDir, PAIRS), Buffer.concat(bytes));

  const before = new Set(previous.state.seeds);
  const names = new Set(state.seeds.map((s) => s.name));
  const changed = state.seeds.filter((s) => !before.has(s));
  const gone = previous.state.seeds.filter((s) => !names.has(s.name)).map((s) => ({ name: s.name, gone: true }));
  const log = join(cacheDir, SEEDS);
  const appended = previous.logLines + changed.length + gone.length;
  if (previous.logLines === 0 || appended > 2 * state.seeds.length + 100) {
    writeFileSync(log, state.seeds.map((s) => JSON.stringify(s) + '\n').join(''));
  } else if (changed.length || gone.length) {
    appendFileSync(log, [...changed, ...gone].map((s) => JSON.stringify(s) + '\n').join(''));
  }
  const { seeds: _, ...head } = state;
  writeFileSync(join(cacheDir, HEAD), JSON.stringify(head));
}

function readPairs(path: string): Pairs | null {
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  const count = bytes.readUInt32LE(0);
  if (bytes.length !== 4 + count * 16) return null;
  // Sliced into fresh (aligned) buffers: a Buffer's offset in its pool need not be a multiple of 8.
  const at = (from: number, length: number) => bytes.buffer.slice(bytes.byteOffset + from, bytes.byteOffset + from + length);
  return { a: new Int32Array(at(4, count * 4)), b: new Int32Array(at(4 + count * 4, count * 4)), score: new Float64Array(at(4 + count * 8, count * 8)) };
}

/** Changes whenever the file's bytes can have changed: a new size, mtime or inode. */
export function statKey(stats: Stats): string {
  return `${stats.size}:${stats.mtimeMs}:${stats.ino}`;
}

/** The stat of an output file, or '' when it is missing. */
export function outputKey(path: string): string {
  return existsSync(path) ? statKey(statSync(path)) : '';
}
