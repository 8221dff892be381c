/**
 * The folders the ingest writes — its cache (.cache/ingest: state files, the running run's marker, one
 * file per cached outcome) and its outputs (content/articles, content/data and its shards' folders) —
 * hold only what it writes there, all of which it can make again. Something else where one of them
 * goes — a folder where a file goes (made by hand, by a sync tool), a file where a folder goes —
 * failed the run (EISDIR, ENOTDIR, EEXIST) and every run after it, as it stayed. It is removed, and
 * the run says so: nothing there is anyone's but the ingest's.
 */
import { lstatSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Makes `folder` a folder, and clears the way in it for `files` (the names given, or every entry when
 * 'all': a folder of shards); returns what was in the way.
 */
export function clearTheWay(folder: string, files: readonly string[] | 'all' = []): string[] {
  const removed: string[] = [];
  if (inTheWay(folder, 'folder')) removed.push(`${folder} (a file, not a folder)`);
  mkdirSync(folder, { recursive: true });
  const names = files === 'all' ? readdirSync(folder) : files;
  for (const name of names) if (inTheWay(join(folder, name), 'file')) removed.push(`${join(folder, name)} (not a file)`);
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
