/**
 * vitest globalSetup: the whole run gets one temporary folder of its own, removed at the end, so
 * tests (and the Chromium, Astro and Vite processes they start) leave nothing behind in /tmp even
 * when a test forgets to clean up or fails halfway. os.tmpdir() reads TMPDIR, and the workers and
 * child processes inherit it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup() {
  const previous = process.env.TMPDIR;
  const dir = mkdtempSync(join(tmpdir(), 'vitest-run-'));
  process.env.TMPDIR = dir;
  return () => {
    rmSync(dir, { recursive: true, force: true });
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  };
}
