/** `npm run ingest`: seeds/ (or $SEEDS_DIR) → content/ in the current folder, with the report printed. */
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';

// Stripping TypeScript and compiling ~40 modules is a third of a re-run's time: cache it on disk.
// (Static imports would be loaded before this line runs, hence the dynamic import below.)
const compileCache = join(process.cwd(), '.cache', 'node-compile');
enableCompileCache(compileCache);
// enableCompileCache turns the cache on in this thread only: a worker thread (pool.ts) reads it from
// its environment, without which each worker strips and compiles the stages again on every run
// (~0.4–0.5 CPU s a worker when `node scripts/ingest/cli.ts` is run without it; `npm run ingest` sets it).
process.env.NODE_COMPILE_CACHE ??= compileCache;
const root = process.cwd();
// A run with no state processes every seed: its worker thread loads the per-article stages (seconds)
// while this thread loads the run and reads the seeds; the run gives it its topics and folders when it
// takes it (pool.ts). A run with a state may process none, and pays for a worker only when it needs one.
const { endKeptWorker, startWorkerEarly } = await import('./pool.ts');
const { hasState } = await import('./state-files.ts');
if (!hasState(join(root, '.cache', 'ingest'))) startWorkerEarly();
const { runIngest } = await import('./run.ts');
const { LockTimeout } = await import('../lib/run-lock.ts');
const { PublishedListError } = await import('./published-slugs.ts');

try {
  await runIngest({ root, seedsDir: process.env.SEEDS_DIR ?? join(root, 'seeds'), print: true });
} catch (error) {
  // Another run kept the project for too long, or the published list is damaged: the message says
  // everything; a stack trace would not help.
  if (!(error instanceof LockTimeout) && !(error instanceof PublishedListError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  // The pool keeps its worker for a next run, which this process does not make.
  await endKeptWorker();
}
