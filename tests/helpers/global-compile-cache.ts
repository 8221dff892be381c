/**
 * vitest globalSetup: Node's compile cache (stripped TypeScript and V8's code, checked entry by entry
 * against the source before use) for every process and thread the run starts, in the project's
 * .cache/node-compile, which `npm run ingest` and `npm run build` fill too. Without it each ingest
 * worker thread (scripts/ingest/pool.ts: every in-process run starts one) stripped and compiled the
 * stages again, ~1 CPU s of the ~1.5 it takes to start; so did each ingest CLI a test runs in its own
 * project (cli.ts keeps its cache in the project, a fresh folder each time), each Astro build and
 * each vitest worker process. Set before the workers start, which inherit it as TMPDIR
 * (global-tmp.ts). What a test proves does not change: a damaged or stale entry is compiled again,
 * never run (tests/ingest/compile-cache-damage.test.ts, which runs without this one).
 */
import { join } from 'node:path';

export default function setup() {
  if (process.env.NODE_COMPILE_CACHE !== undefined || process.env.NODE_DISABLE_COMPILE_CACHE) return;
  process.env.NODE_COMPILE_CACHE = join(import.meta.dirname, '..', '..', '.cache', 'node-compile');
  return () => void delete process.env.NODE_COMPILE_CACHE;
}
