/** `npm run ingest`: seeds/ (or $SEEDS_DIR) → content/ in the current folder, with the report printed. */
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';

// Stripping TypeScript and compiling ~40 modules is a third of a re-run's time: cache it on disk.
// (Static imports would be loaded before this line runs, hence the dynamic import below.)
enableCompileCache(join(process.cwd(), '.cache', 'node-compile'));
const { runIngest } = await import('./run.ts');

const root = process.cwd();
await runIngest({ root, seedsDir: process.env.SEEDS_DIR ?? join(root, 'seeds'), print: true });
