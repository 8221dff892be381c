/** `npm run ingest`: seeds/ (or $SEEDS_DIR) → content/ in the current folder, with the report printed. */
import { join } from 'node:path';
import { runIngest } from './run.ts';

const root = process.cwd();
runIngest({ root, seedsDir: process.env.SEEDS_DIR ?? join(root, 'seeds'), print: true });
