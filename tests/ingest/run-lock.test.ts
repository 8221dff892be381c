/**
 * One ingest at a time per project (.cache/ingest.lock, scripts/lib/run-lock.ts). Two ingests started
 * at once on the same project (the dev server's seeds watcher and a build) both finish, one after the
 * other, and content/ is a cold run's byte for byte; a lock left by a run that died is taken over with
 * a message; a live one makes the next run wait and, past the timeout, fail clearly with nothing written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { lockFileOf, runIngest } from '../../scripts/ingest/run.ts';
import { acquireLock, currentOwner, ownerAlive } from '../../scripts/lib/run-lock.ts';
import { generateCorpus } from '../../scripts/bench/corpus/generate.ts';
import { tempTrees } from '../helpers/temp-tree.ts';
import { contentOf, ingestProject, runIngestCli, setSeeds, type CliRun } from './cli-project.ts';
import { runPrinted } from './run-printed.ts';

const trees = tempTrees('run-lock-');
afterAll(trees.cleanup);

// The build's run has a few hundred seeds (too few for more than one worker thread); while it works, the user edits one, and the dev server's
// watcher starts its own run.
const files = new Map(generateCorpus(280, 11).files.map((f) => [f.name, f.bytes] as const));
const lastSeed = [...files.keys()].sort().at(-1)!;
const after = new Map([...files].map(([name, bytes]) => [name, name === lastSeed ? Buffer.concat([Buffer.from(bytes), Buffer.from('\n\nThe ministry added a line, the editor said.')]) : bytes]));
const small = new Map([...files].slice(0, 12));
const cold = new Map<Map<string, Uint8Array>, Record<string, string>>();

/** The pid of a process that has just ended. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

beforeAll(async () => {
  for (const version of [after, small]) {
    const p = ingestProject(trees);
    setSeeds(p.seedsDir, version);
    await runIngest({ root: p.root, seedsDir: p.seedsDir });
    cold.set(version, contentOf(p.root));
  }
}, 180_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resolves once `test` holds, polling. */
async function until(test: () => boolean, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(50);
  }
}

/** A process's state letter (/proc/<pid>/stat): `T` once a SIGSTOP has stopped it, `Z` once it has ended; null when it is gone. */
function processState(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2];
  } catch {
    return null;
  }
}

/**
 * Stops the run (SIGSTOP) and tells whether it holds the project's lock; if not, it goes on at once.
 * The lock is read only once the process has stopped, so what is read stays true until its SIGCONT.
 */
async function pausedHoldingLock(child: ChildProcess, root: string): Promise<boolean> {
  child.kill('SIGSTOP');
  await until(() => ['T', 'Z', null].includes(processState(child.pid!)), 'the run stops');
  let owner: number | undefined;
  try {
    owner = JSON.parse(readFileSync(lockFileOf(root), 'utf8')).pid;
  } catch {
    // no lock yet, or one being written
  }
  const holds = owner === child.pid && processState(child.pid!) === 'T';
  if (!holds) child.kill('SIGCONT');
  return holds;
}

const WAITING = /ingest: waiting for the run already working on this project \(pid \d+, started /;

describe('two ingests at once on one project', () => {
  it('the second waits for the first, and content/ ends as a cold run of the seeds as they are at the end', async () => {
    const { root, seedsDir } = ingestProject(trees);
    setSeeds(seedsDir, files);
    let firstRun: ChildProcess | undefined;
    const first = runIngestCli(root, seedsDir, { started: (child) => (firstRun = child) });
    // The first run is paused (SIGSTOP) as soon as it holds the lock, mid-run, and goes on only once the
    // second says it waits: the two overlap however fast the first would finish, or slowly the second
    // start, on a loaded machine (a race both ways before, which flaked).
    let second: Promise<CliRun> | undefined;
    try {
      while (!(await pausedHoldingLock(firstRun!, root))) {
        if (firstRun!.exitCode !== null) throw new Error('the first run ended before it was seen holding the lock');
        await sleep(20);
      }
      // … a seed changes, and the watcher starts a second run.
      setSeeds(seedsDir, after);
      let waiting = false;
      second = runIngestCli(root, seedsDir, { printed: (output) => (waiting ||= WAITING.test(output)) });
      await until(() => waiting, 'the second run waits for the first');
    } finally {
      firstRun?.kill('SIGCONT');
    }
    const runs = await Promise.all([first, second!]);
    expect(runs.every((r) => r.finished)).toBe(true);
    expect(runs[1].output).toMatch(WAITING);
    expect(contentOf(root)).toEqual(cold.get(after));
    expect(existsSync(lockFileOf(root))).toBe(false);
  }, 240_000);
});

/** A project of a few seeds with its .cache/ folder, where a test puts a lock before the run. */
function smallProject(): { root: string; seedsDir: string } {
  const project = ingestProject(trees);
  setSeeds(project.seedsDir, small);
  mkdirSync(join(project.root, '.cache'), { recursive: true });
  return project;
}

describe('the ingest lock', () => {
  it('is taken over, with a message, from a run that is no longer running', async () => {
    const { root, seedsDir } = smallProject();
    const pid = deadPid();
    writeFileSync(lockFileOf(root), JSON.stringify({ pid, host: hostname(), started: '2026-01-01T00:00:00.000Z' }));
    const printed = await runPrinted(root, seedsDir);
    expect(printed).toMatch(new RegExp(`ingest: took over the lock .*ingest\\.lock left by a run that is no longer running \\(pid ${pid}, started 2026-01-01`));
    expect(contentOf(root)).toEqual(cold.get(small));
    expect(existsSync(lockFileOf(root))).toBe(false);
  });

  it('is taken over from a pid that now belongs to another program (its start time differs)', () => {
    const me = currentOwner();
    expect(ownerAlive(me)).toBe(true);
    if (me.processStart) expect(ownerAlive({ ...me, processStart: String(Number(me.processStart) + 1) })).toBe(false);
    expect(ownerAlive({ ...me, pid: deadPid() })).toBe(false);
    expect(ownerAlive({ ...me, host: `not-${hostname()}` })).toBe(true); // another machine's run cannot be checked: wait for it
  });

  it('is taken over when its file is damaged and old, never blocking the next run for good', async () => {
    const { root, seedsDir } = smallProject();
    writeFileSync(lockFileOf(root), '\0\0garbage{');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockFileOf(root), old, old);
    const printed = await runPrinted(root, seedsDir);
    expect(printed).toMatch(/ingest: took over the lock .*ingest\.lock, which was unreadable/);
    expect(contentOf(root)).toEqual(cold.get(small));
  });

  it('is removed at once, with a message, when a folder stands where its file goes', async () => {
    const { root, seedsDir } = smallProject();
    mkdirSync(lockFileOf(root));
    writeFileSync(join(lockFileOf(root), 'made-by-hand.txt'), 'x');
    const printed = await runPrinted(root, seedsDir);
    expect(printed).toMatch(/ingest: removed the folder .*ingest\.lock, which stood where the lock file goes/);
    expect(contentOf(root)).toEqual(cold.get(small));
    expect(existsSync(lockFileOf(root))).toBe(false);
  });

  it('held by a live run makes the next run wait, saying for whom, and go ahead when it is released', async () => {
    const { root, seedsDir } = smallProject();
    const release = await acquireLock(lockFileOf(root), { what: 'test', timeoutMs: 1000 });
    const held = JSON.parse(readFileSync(lockFileOf(root), 'utf8'));
    expect(held).toMatchObject({ pid: process.pid, host: hostname() });
    // Released once the run says it waits: not after a set time, which a slow start could outlast.
    const printed = await runPrinted(root, seedsDir, (line) => {
      if (/ingest: waiting for the run/.test(line)) release();
    });
    expect(printed).toMatch(new RegExp(`ingest: waiting for the run already working on this project \\(pid ${process.pid}, started `));
    expect(contentOf(root)).toEqual(cold.get(small));
  });

  it('held past the timeout fails the run with a clear message, and nothing is written', async () => {
    const { root, seedsDir } = smallProject();
    const release = await acquireLock(lockFileOf(root), { what: 'test', timeoutMs: 1000 });
    try {
      await expect(runIngest({ root, seedsDir, lockTimeoutMs: 800 })).rejects.toThrow(
        new RegExp(`ingest: another run still holds .*ingest\\.lock \\(pid ${process.pid}, started .*\\) after 1 s of waiting; nothing was written`),
      );
      expect(contentOf(root)).toEqual({});
      // The CLI says the same in one line, without a stack trace, and exits with an error.
      const cli = await runIngestCli(root, seedsDir, { env: { INGEST_LOCK_TIMEOUT: '1' } }).then(() => '', (e: Error) => e.message);
      expect(cli).toMatch(/ingest exited with 1: [\s\S]*ingest: another run still holds .*ingest\.lock \(pid \d+/);
      expect(cli).not.toMatch(/\n\s+at /);
    } finally {
      release();
    }
  });
});
