/**
 * The ingest's cache folder (.cache/ingest) holds only what the ingest writes there: its state files,
 * the running run's marker and one file per cached outcome, all of which can be made again. Something
 * else where one of them goes — a folder where a file goes (made by hand, by a sync tool), a file where
 * the folder goes — failed the run (EISDIR, EEXIST) and every run after it, as it stayed. It is
 * removed, and the run says so: nothing there is anyone's but the ingest's.
 */
import { lstatSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Makes `cacheDir` a folder and clears the way for `files` in it; returns what was in the way, as found. */
export function clearCacheFolder(cacheDir: string, files: readonly string[]): string[] {
  const removed: string[] = [];
  if (inTheWay(cacheDir, 'folder')) removed.push(`${cacheDir} (a file, not a folder)`);
  mkdirSync(cacheDir, { recursive: true });
  for (const file of files) if (inTheWay(join(cacheDir, file), 'file')) removed.push(`${join(cacheDir, file)} (not a file)`);
  return removed;
}

/** Removes what is at `path` unless it is a `kind` (a link is neither: lstat); true when it did. */
export function inTheWay(path: string, kind: 'file' | 'folder'): boolean {
  let stats;
  try {
    stats = lstatSync(path);
  } catch {
    return false;
  }
  if (kind === 'file' ? stats.isFile() : stats.isDirectory()) return false;
  rmSync(path, { recursive: true, force: true });
  return true;
}
