/**
 * Which files in the seeds folder are seeds, and reading them safely.
 *
 * A seed is a regular file that lives in the folder itself (lstat: a symbolic link is never
 * followed, not even to a file inside the folder, so a link to /etc/passwd cannot be published)
 * whose name ends in .txt (kind `text`) or .html/.htm/.mhtml/.mht (kind `html`). Everything else — links,
 * folders, FIFOs, sockets, devices, dot files, editor backups, README.md and other extensions — is
 * listed as ignored with its reason. Files with a seed's name that cannot be one (a link, a FIFO)
 * are `refused`: they show in skipped.json, as the user meant them to be seeds; so are pages saved in
 * a form the ingest does not read (a Safari web archive, a gzip'd page, a shortcut to the page), with
 * what to save instead. A folder is never read into: the one a browser's "Web page, complete" saves
 * beside its page (`page_files/`: scripts, styles, images, frames) is listed as that page's pieces.
 *
 * Reading opens with O_NOFOLLOW | O_NONBLOCK and checks the open file is still a regular file, so a
 * link or FIFO swapped in after the listing is refused instead of followed or blocked on; it reads at
 * most MAX_SEED_BYTES and one byte more through the handle, whatever size was listed.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { SkipArticle } from './report.ts';
import { SAVE_AS_PAGE } from './lib/safety/file-signature.ts';
import { MAX_SEED_BYTES } from './lib/safety/limits.ts';

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

// A page saved as one file (MHTML: .mhtml, .mht) is read as a saved page (lib/html/read/saved-page.ts).
// An XHTML page (.xhtml, as some tools save one) is read by the same lenient HTML path.
const KINDS: Record<string, SeedKind> = { '.txt': 'text', '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.mhtml': 'html', '.mht': 'html' };
const BACKUP = /(?:~|\.bak|\.swp|\.swo|\.orig|\.rej|\.tmp)$/i;

/** A seed's kind by its name; a gzip-compressed one (story.html.gz) is of the kind it unpacks to (lib/safety/gzip-seed.ts). */
export function seedKindOf(name: string): SeedKind | null {
  const unpacked = /\.gz$/i.test(name) ? name.slice(0, -'.gz'.length) : name;
  const ext = /\.[^.]+$/.exec(unpacked)?.[0].toLowerCase() ?? '';
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

/**
 * A page saved in a form the ingest does not read, by its name: the reason names the form and what to
 * save instead; null for any other name. (The same forms under a seed's name are told by their bytes:
 * lib/safety/file-signature.ts.)
 */
export function unreadPageFormat(name: string): string | null {
  if (/\.webarchive$/i.test(name)) return `a Safari web archive (.webarchive), which is not read: save the page again as HTML ("Page Source" in Safari's Save As), or ${SAVE_AS_PAGE} from another browser`;
  if (/\.maff$/i.test(name)) return `a page archive (.maff, a ZIP), which is not read: unzip it into the seeds folder, or ${SAVE_AS_PAGE}`;
  if (/\.url$/i.test(name)) return `an Internet shortcut (.url): a link to the page, not the page: open it and ${SAVE_AS_PAGE}`;
  if (/\.webloc$/i.test(name)) return `a web location shortcut (.webloc): a link to the page, not the page: open it and ${SAVE_AS_PAGE}`;
  return null;
}

/**
 * Why a folder in seeds/ is not read: nothing inside a folder is a seed. A "Web page, complete" save
 * writes `<page>_files/` (a browser in another language `<page>-<word>`) beside `<page>.html`: named so.
 */
function folderReason(name: string, names: ReadonlySet<string>): string {
  const stem = /^(.+)[_.-]\p{L}+$/u.exec(name)?.[1];
  const page = stem ? ['.html', '.htm', '.xhtml', '.HTML', '.HTM'].map((ext) => stem + ext).find((n) => names.has(n)) : undefined;
  if (page) return `the folder a browser saved with ${page} ("Web page, complete": its scripts, styles, images and frames): not read, ${page} is the seed`;
  return 'a folder: what it holds is not read (only files directly inside the seeds folder are seeds)';
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
  const names = readdirSync(seedsDir).sort();
  const all = new Set(names);
  for (const name of names) {
    const notSeed = nameNotASeed(name);
    if (notSeed) {
      // A dot file stays a dot file; any other name is asked what it is (one lstat, as a seed's).
      let stats: Stats | null = null;
      if (!name.startsWith('.')) {
        try {
          stats = lstatSync(join(seedsDir, name));
        } catch {
          stats = null;
        }
      }
      const format = stats?.isFile() ? unreadPageFormat(name) : null;
      if (format) listing.refused.push({ name, reason: format });
      else listing.ignored.push({ name, reason: stats?.isDirectory() ? folderReason(name, all) : notSeed });
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
 * when the name no longer holds a regular file (or cannot be read), or holds more than `maxBytes`.
 */
export function readSeedBytes(seedsDir: string, name: string, maxBytes = MAX_SEED_BYTES): Buffer {
  let fd: number;
  try {
    fd = openSync(join(seedsDir, name), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new SkipArticle('a symbolic link: only regular files inside the seeds folder are read');
    throw new SkipArticle(`could not be read: ${code ?? (error as Error).message}`);
  }
  try {
    const stats = fstatSync(fd);
    const problem = typeProblem(stats);
    if (problem) throw new SkipArticle(problem);
    return readBounded(fd, stats.size, maxBytes);
  } catch (error) {
    if (error instanceof SkipArticle) throw error;
    throw new SkipArticle(`could not be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  } finally {
    closeSync(fd);
  }
}

/** How much more is read at a time once a file has passed the size it had when opened. */
const GROWTH_CHUNK = 64 * 1024;

/**
 * An open file's bytes, at most `maxBytes`: a file that grows while it is read (or was listed at 0
 * bytes) is read in chunks only until it passes the limit, then refused. The file's size when opened
 * is read into a buffer of its own (which the worker pool hands over without a copy), then one probe
 * finds its end.
 */
function readBounded(fd: number, size: number, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  let want = Math.min(size || GROWTH_CHUNK, maxBytes + 1);
  for (;;) {
    const chunk = Buffer.allocUnsafeSlow(want);
    let filled = 0;
    for (let n = 1; n && filled < want; filled += n) n = readSync(fd, chunk, filled, want - filled, null);
    if (filled) chunks.push(filled === want ? chunk : chunk.subarray(0, filled));
    total += filled;
    if (total > maxBytes) throw new SkipArticle(`too large: over ${maxBytes.toLocaleString('en')} bytes, more than any article (only that much was read)`);
    if (filled < want) break;
    want = Math.min(Math.max(total, GROWTH_CHUNK), maxBytes + 1 - total);
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
