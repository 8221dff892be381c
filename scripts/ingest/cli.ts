/** `npm run ingest`: seeds/ (or $SEEDS_DIR) → content/ in the current folder, with the report printed. */
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';

// Stripping TypeScript and compiling ~40 modules is a third of a re-run's time: cache it on disk.
// (Static imports would be loaded before this line runs, hence the dynamic import below.)
enableCompileCache(join(process.cwd(), '.cache', 'node-compile'));
const { runIngest } = await import('./run.ts');
const { LockTimeout } = await import('../lib/run-lock.ts');

const root = process.cwd();
try {
  await runIngest({ root, seedsDir: process.env.SEEDS_DIR ?? join(root, 'seeds'), print: true });
} catch (error) {
  // Another run kept the project for too long: its message says everything; a stack trace would not help.
  if (!(error instanceof LockTimeout)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
