/**
 * The names of the run's state files in the ingest's cache folder (state.ts reads and writes them),
 * apart from state.ts so that the CLI can ask whether there is a state before it loads the run
 * (cli.ts: a run without one processes every seed, and its worker is started first thing).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const HEAD = 'head.json';
export const SEEDS = 'seeds.jsonl';

/** Whether the cache folder holds a run's state (both files state.ts needs): if not, the run is a cold one. */
export const hasState = (cacheDir: string): boolean => existsSync(join(cacheDir, HEAD)) && existsSync(join(cacheDir, SEEDS));
