/**
 * Which files in the seeds folder are seeds, and reading them safely.
 *
 * A seed is a regular file that lives in the folder itself (lstat: a symbolic link is never
 * followed, not even to a file inside the folder, so a link to /etc/passwd cannot be published)
 * whose name ends in .txt (kind `text`) or .html/.htm/.mhtml/.mht (kind `html`). Everything else — links,
 * folders, FIFOs, sockets, devices, dot files, editor backups, README.md and other extensions — is
 * listed as ignored with its reason. Files with a seed's name that cannot be one (a link, a FIFO)
 * are `refused`: they show in skipped.json, as the user meant them to be seeds.
 *
 * Reading opens with O_NOFOLLOW | O_NONBLOCK and checks the open file is still a regular file, so a
 * link or FIFO swapped in after the listing is refused instead of followed or blocked on.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { SkipArticle } from './report.ts';

export type SeedKind = 'text' | 'html';

export interface SeedFile {
  name: string;
  kind: SeedKind;
  stats: Stats;
}

export interface NotASeed {
  name: string;
  reason: string;
}

export interface SeedListing {
  /** In code-unit order of their names. */
  seeds: SeedFile[];
  /** Files named like seeds that are not regular files: skipped, with the reason. */
  refused: NotASeed[];
  /** Everything else in the folder, with why it is not read. */
  ignored: NotASeed[];
}

// A page saved as one file (MHTML: .mhtml, .mht) is read as a saved page (lib/html/saved-page.ts).
// An XHTML page (.xhtml, as some tools save one) is read by the same lenient HTML path.
const KINDS: Record<string, SeedKind> = { '.txt': 'text', '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.mhtml': 'html', '.mht': 'html' };
const BACKUP = /(?:~|\.bak|\.swp|\.swo|\.orig|\.rej|\.tmp)$/i;

export function seedKindOf(name: string): SeedKind | null {
  const ext = /\.[^.]+$/.exec(name)?.[0].toLowerCase() ?? '';
  return KINDS[ext] ?? null;
}

/** Why a name is not a seed's, or null when it is one. */
export function nameNotASeed(name: string): string | null {
  if (name.startsWith('.')) return 'hidden file (name starts with a dot)';
  if (BACKUP.test(name)) return 'editor backup or temporary file';
  if (/^readme(?:\.[^.]*)?$/i.test(name)) return 'a README, not an article';
  if (!seedKindOf(name)) {
    const ext = /\.[^.]+$/.exec(name)?.[0];
    return `${ext ? `a ${ext} file` : 'no extension'}: seeds are .txt, .html, .htm, .xhtml, .mhtml or .mht files`;
  }
  return null;
}

function typeProblem(stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isSymbolicLink()) return 'a symbolic link: only regular files inside the seeds folder are read';
  if (stats.isDirectory()) return 'a folder, not a file';
  if (stats.isFIFO()) return 'a named pipe (FIFO), not a file';
  if (stats.isSocket()) return 'a socket, not a file';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'a device, not a file';
  return 'not a regular file';
}

export function listSeedFiles(seedsDir: string): SeedListing {
  const listing: SeedListing = { seeds: [], refused: [], ignored: [] };
  for (const name of readdirSync(seedsDir).sort()) {
    const notSeed = nameNotASeed(name);
    if (notSeed) {
      listing.ignored.push({ name, reason: notSeed });
      continue;
    }
    let stats: Stats;
    try {
      stats = lstatSync(join(seedsDir, name));
    } catch (error) {
      listing.refused.push({ name, reason: `could not be listed: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      continue;
    }
    const problem = typeProblem(stats);
    if (problem) listing.refused.push({ name, reason: problem });
    else listing.seeds.push({ name, kind: seedKindOf(name)!, stats });
  }
  return listing;
}

/**
 * The bytes of a seed, read without following a link or blocking on a FIFO; throws SkipArticle
 * when the name no longer holds a regular file (or cannot be read).
 */
export function readSeedBytes(seedsDir: string, name: string): Buffer {
  let fd: number;
  try {
    fd = openSync(join(seedsDir, name), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new SkipArticle('a symbolic link: only regular files inside the seeds folder are read');
    throw new SkipArticle(`could not be read: ${code ?? (error as Error).message}`);
  }
  try {
    const problem = typeProblem(fstatSync(fd));
    if (problem) throw new SkipArticle(problem);
    return readFileSync(fd);
  } catch (error) {
    if (error instanceof SkipArticle) throw error;
    throw new SkipArticle(`could not be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  } finally {
    closeSync(fd);
  }
}
