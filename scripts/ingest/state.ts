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
 * ignored: the run is then a cold one, with the same result. Nothing here is trusted unchecked:
 * head.json is validated (zod) and records the length and sha1 of the log it goes with and the
 * checksum of pairs.bin, which carries its own (checksummed.ts); files are written atomically and
 * head.json last. So a run killed anywhere leaves either the last complete state (a half-appended
 * log is cut back to the length head.json recorded) or one that is detected and not used.
 */
import { appendFileSync, existsSync, readFileSync, statSync, truncateSync, type Stats } from 'node:fs';
import { hash } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../lib/atomic-write.ts';
import { seal, unseal } from '../lib/checksummed.ts';
import type { PlacementInput } from './types.ts';
import { isPlacementInput } from './outcome-shape.ts';
import { HEAD, SEEDS, hasState } from './state-files.ts';
import type { Pairs } from './stages/event-pairs.ts';

export interface SeedState {
  name: string;
  stat: string;
  /** sha256 of the ingest's code version and the seed's bytes: names the cached outcome. */
  key: string;
  /** The seed's digest as the published-pages list knows it (published-slugs.ts); with `input`. */
  digest?: string;
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
  /** The seeds folder's refused and ignored files (run.ts): when they change, skipped.json is rewritten. */
  listing?: string;
}

const headSchema = z.object({
  version: z.string(),
  seedsDir: z.string(),
  outputs: z.record(z.string(), z.string()),
  articlesFolder: z.string(),
  listing: z.string().optional(),
  log: z.object({ bytes: z.number().int().nonnegative(), sha1: z.string() }),
  pairs: z.string(),
});

export interface IngestState extends Head {
  /** By seed name, in code-unit order (as seeds are listed and placed: see pairs.bin). */
  seeds: SeedState[];
}

export interface LoadedState {
  state: IngestState;
  pairs: Pairs | null;
  /** Lines in the log, superseded ones included: when to rewrite it whole. */
  logLines: number;
  /** The log's text as read (what head.json vouched for): the next head's sha1 continues from it. */
  logText: string;
  /** The log file holds more than head.json vouched for (a killed append): cut it back before appending. */
  logTail: boolean;
  /** Why the state was not used, when it was not (for the console). */
  problem?: string;
}

/**
 * A line of the log: a seed's state, or a tombstone. The checksum says the log is the one head.json
 * was written with, not that its lines are states this code can place: a line of another shape (a
 * bug's, another version's) failed the run, and every run after it, as the log stayed.
 */
function isLogLine(o: unknown): boolean {
  if (!o || typeof o !== 'object' || Array.isArray(o)) return false;
  const l = o as Record<string, unknown>;
  if (typeof l.name !== 'string') return false;
  if (l.gone === true) return true;
  const optionalString = (v: unknown) => v === undefined || typeof v === 'string';
  return typeof l.stat === 'string' && typeof l.key === 'string' && optionalString(l.digest) && optionalString(l.skip) && optionalString(l.placed) && (l.input === undefined || isPlacementInput(l.input));
}

const PAIRS = 'pairs.bin';
export const STATE_FILES = [HEAD, SEEDS, PAIRS];

export function loadState(cacheDir: string, version: string, seedsDir: string): LoadedState {
  const cold = (problem?: string): LoadedState => ({
    state: { version, seedsDir, outputs: {}, articlesFolder: '', seeds: [] }, pairs: null, logLines: 0, logText: '', logTail: false, problem,
  });
  if (!hasState(cacheDir)) return cold();
  const headPath = join(cacheDir, HEAD);
  const logPath = join(cacheDir, SEEDS);
  try {
    const parsed = headSchema.safeParse(JSON.parse(readFileSync(headPath, 'utf8')));
    if (!parsed.success) return cold(`${headPath} is not a state header: started cold`);
    const { log, pairs: pairsSum, ...head } = parsed.data;
    if (head.version !== version || head.seedsDir !== seedsDir) return cold();
    const bytes = readFileSync(logPath);
    if (bytes.length < log.bytes) return cold(`${logPath} is shorter than recorded: started cold`);
    const text = bytes.toString('utf8', 0, log.bytes);
    if (sha1(text) !== log.sha1) return cold(`${logPath} does not match its checksum: started cold`);
    const lines = text.split('\n');
    const seeds = new Map<string, SeedState>();
    for (const line of lines) {
      if (line === '') continue;
      const seed = JSON.parse(line) as SeedState & { gone?: true };
      if (!isLogLine(seed)) return cold(`${logPath} holds a line that is no seed's state: started cold`);
      if (seed.gone) seeds.delete(seed.name);
      else seeds.set(seed.name, seed);
    }
    const sorted = [...seeds.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
    const pairs = readPairs(join(cacheDir, PAIRS), pairsSum);
    return { state: { ...head, seeds: sorted }, pairs, logLines: lines.length - 1, logText: text, logTail: bytes.length > log.bytes };
  } catch (error) {
    return cold(`${headPath} or ${logPath} unreadable (${(error as Error).message}): started cold`);
  }
}

const sha1 = (text: string | Uint8Array) => hash('sha1', text, 'hex');

/**
 * Appends the seeds whose state changed since `previous` (by object identity) and tombstones for
 * those gone; rewrites the log whole when it was cold or has become mostly superseded lines.
 */
export function saveState(cacheDir: string, state: IngestState, previous: LoadedState, pairs: Pairs): void {
  const count = new Uint32Array([pairs.a.length]);
  const bytes = [count, pairs.a, pairs.b, pairs.score].map((arr) => new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength));
  const pairsFile = seal(Buffer.concat(bytes));
  writeFileAtomic(join(cacheDir, PAIRS), pairsFile);

  const before = new Set(previous.state.seeds);
  const names = new Set(state.seeds.map((s) => s.name));
  const changed = state.seeds.filter((s) => !before.has(s));
  const gone = previous.state.seeds.filter((s) => !names.has(s.name)).map((s) => ({ name: s.name, gone: true }));
  const log = join(cacheDir, SEEDS);
  const appended = previous.logLines + changed.length + gone.length;
  let logText: string;
  if (previous.logLines === 0 || appended > 2 * state.seeds.length + 100) {
    logText = state.seeds.map((s) => JSON.stringify(s) + '\n').join('');
    writeFileAtomic(log, logText);
  } else {
    // Appending is not atomic; head.json, written after, records how much of the log is whole.
    if (previous.logTail) truncateSync(log, Buffer.byteLength(previous.logText));
    const added = [...changed, ...gone].map((s) => JSON.stringify(s) + '\n').join('');
    if (added) appendFileSync(log, added);
    logText = previous.logText + added;
  }
  const { seeds: _, ...rest } = state;
  const head = { ...rest, log: { bytes: Buffer.byteLength(logText), sha1: sha1(logText) }, pairs: sha1(pairsFile) };
  writeFileAtomic(join(cacheDir, HEAD), JSON.stringify(head));
}

/** The pairs, when pairs.bin is whole and the one head.json was written with; else null (found again). */
function readPairs(path: string, expected: string): Pairs | null {
  if (!existsSync(path)) return null;
  const file = readFileSync(path);
  if (sha1(file) !== expected) return null;
  const sealed = unseal(file);
  if ('error' in sealed) return null;
  const bytes = sealed.payload;
  if (bytes.length < 4) return null;
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
