/**
 * A throwaway project for running the ingest CLI as a user does (`npm run ingest` in its own
 * process): its topics, a seeds folder, and what content/ holds afterwards. Shared by the tests that
 * kill the CLI midway and that run two at once, and by those that run the ingest in their own process.
 *
 *   const { root, seedsDir, cache } = ingestProject(trees, { seeds: { 'a.txt': '…' } });
 *   setSeeds(seedsDir, files);
 *   const run = await runIngestCli(root, seedsDir);      // rejects when the CLI fails
 *   expect(contentOf(root)).toEqual(contentOf(coldRoot));
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../scripts/lib/list-files.ts';
import type { tempTrees } from '../helpers/temp-tree.ts';
import { repoRoot } from './helpers.ts';

const cli = join(repoRoot, 'scripts', 'ingest', 'cli.ts');

/**
 * A project with the repository's topics and a seeds folder holding `seeds` (none by default);
 * `outside` plants files around seeds/ (paths from the project's root), for a test that no run reads
 * them. `cache` is where the ingest keeps its per-seed outcomes and state.
 */
export function ingestProject(
  trees: ReturnType<typeof tempTrees>,
  { seeds = {}, outside = {} }: { seeds?: Record<string, string | Uint8Array>; outside?: Record<string, string> } = {},
): { root: string; seedsDir: string; cache: string } {
  const root = trees.make(outside);
  cpSync(join(repoRoot, 'content', 'topics'), join(root, 'content', 'topics'), { recursive: true });
  const seedsDir = join(root, 'seeds');
  mkdirSync(seedsDir);
  for (const [name, content] of Object.entries(seeds)) writeFileSync(join(seedsDir, name), content);
  return { root, seedsDir, cache: join(root, '.cache', 'ingest') };
}

/** Every file under content/ but the hand-written topics, by path. */
export function contentOf(root: string): Record<string, string> {
  const dir = join(root, 'content');
  return Object.fromEntries(listFiles(dir).filter((f) => !f.startsWith('topics/')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

/** Makes the seeds folder hold exactly `files`. */
export function setSeeds(seedsDir: string, files: Map<string, Uint8Array>): void {
  for (const name of readdirSync(seedsDir)) if (!files.has(name)) rmSync(join(seedsDir, name));
  for (const [name, bytes] of files) writeFileSync(join(seedsDir, name), bytes);
}

export interface CliRun {
  ms: number;
  /** False when it was killed. */
  finished: boolean;
  /** What it printed (stdout and stderr). */
  output: string;
}

/**
 * Runs the CLI; with `killAfter`, SIGKILLs it then. Resolves with how long it ran and whether it
 * finished; rejects, with what it printed, when it exits with an error. `started` is given the process
 * at once (to signal it) and `printed` what it has printed so far, each time it prints (to act on a
 * line as soon as it is out, rather than after a guessed time).
 */
export function runIngestCli(
  root: string,
  seedsDir: string,
  options: { killAfter?: number; env?: Record<string, string>; started?: (child: ChildProcess) => void; printed?: (output: string) => void } = {},
): Promise<CliRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [cli], { cwd: root, env: { ...process.env, SEEDS_DIR: seedsDir, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  options.started?.(child);
  let output = '';
  const print = (d: Buffer) => {
    output += d;
    options.printed?.(output);
  };
  child.stdout.on('data', print);
  child.stderr.on('data', print);
  const timer = options.killAfter === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.killAfter);
  return new Promise((resolve, reject) => {
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      if (signal === 'SIGKILL') return resolve({ ms, finished: false, output });
      if (code !== 0) return reject(new Error(`ingest exited with ${code}: ${output}`));
      resolve({ ms, finished: true, output });
    });
  });
}
