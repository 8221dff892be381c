/**
 * Every file the ingest writes (outputs, cache entries, state) goes through here: written to a
 * temporary file beside it, then renamed over it. A rename within one folder is atomic, so a reader
 * (the next run, Astro's watcher) sees the old file or the new one, never half of one, however the
 * writer died. Temporary names start with `.` and end with `.tmp`: `isTempName` finds leftovers.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

let counter = 0;

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${threadId}-${counter++}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** A temporary file left by a writer that was killed before its rename. */
export const isTempName = (name: string): boolean => name.startsWith('.') && name.endsWith('.tmp');
