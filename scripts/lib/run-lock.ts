/**
 * One writer at a time on a project's `.cache/` and `content/`: `npm run dev`'s seeds watcher and a
 * `npm run build` in another terminal would otherwise ingest at once, each sweeping the other's
 * temporary files and overwriting the other's state.
 *
 * The lock is a file created with O_EXCL (only one creator can succeed) holding its owner: pid, host,
 * when it started, and the kernel's start time of that pid (so a pid the system has since given to
 * another program is not mistaken for the owner). A second run waits, saying once whom it waits for,
 * and fails with a clear message after `timeoutMs`. A lock whose owner is gone (killed, crashed, the
 * machine restarted) is taken over, with a message. An unreadable lock file (damaged, or caught
 * between create and write) is taken over once it is older than DAMAGED_AFTER_MS, so no damage can
 * block the next run for good. A folder where the lock file goes (made by hand, by a sync tool) is
 * no lock and would fail every run: it is removed at once, with a message.
 *
 * Breaking a stale lock is itself done under a short-lived second lock (`<lock>.break`), so that two
 * waiters who both see the same stale owner cannot each remove it and then remove each other's fresh lock.
 */
import { closeSync, fsyncSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

export interface LockOwner {
  pid: number;
  host: string;
  /** When the run started (ISO): for people reading the message, never for output. */
  started: string;
  /** Field 22 of /proc/<pid>/stat (start time in clock ticks since boot), where there is a /proc. */
  processStart?: string;
}

export interface LockOptions {
  /** Give up after this long (ms). */
  timeoutMs: number;
  /** What the lock protects, for messages: "the ingest". */
  what: string;
  /** Messages about waiting and taking over (default: none). */
  log?: (line: string) => void;
  pollMs?: number;
}

/** An unparsable lock this old is damaged, not being written. */
export const DAMAGED_AFTER_MS = 10_000;
/** A `.break` lock this old was left by a run killed while breaking a stale lock. */
const BREAK_STALE_MS = 10_000;

/** The lock was still held when the wait ran out: the message says by whom and what to do. */
export class LockTimeout extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function processStartOf(pid: number): string | undefined {
  try {
    // The command name (field 2) is in brackets and may hold spaces: count fields after its end.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

export function currentOwner(): LockOwner {
  const processStart = processStartOf(process.pid);
  return { pid: process.pid, host: hostname(), started: new Date().toISOString(), ...(processStart && { processStart }) };
}

function parseOwner(text: string): LockOwner | null {
  try {
    const o = JSON.parse(text) as Partial<LockOwner>;
    if (!Number.isInteger(o.pid) || (o.pid as number) <= 0 || typeof o.host !== 'string' || typeof o.started !== 'string') return null;
    return o as LockOwner;
  } catch {
    return null;
  }
}

/** Whether the owner may still be running. On another host nobody can tell: assume it is. */
export function ownerAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    // EPERM: the process exists and belongs to someone else.
  }
  const now = processStartOf(owner.pid);
  return !(owner.processStart && now && now !== owner.processStart);
}

/** Creates the file only if it does not exist (O_CREAT | O_EXCL), with its content synced. */
function createExclusive(file: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

type Seen =
  | { kind: 'none' }
  | { kind: 'owner'; owner: LockOwner; text: string }
  | { kind: 'damaged'; text: string; ageMs: number }
  | { kind: 'folder'; text: '' };

function look(file: string): Seen {
  let text: string;
  let mtime: number;
  try {
    text = readFileSync(file, 'utf8');
    mtime = statSync(file).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') return { kind: 'folder', text: '' };
    throw error;
  }
  const owner = parseOwner(text);
  return owner ? { kind: 'owner', owner, text } : { kind: 'damaged', text, ageMs: Date.now() - mtime };
}

const describeOwner = (o: LockOwner) => `pid ${o.pid}${o.host !== hostname() ? ` on ${o.host}` : ''}, started ${o.started}`;

/** Removes `file` if it still holds `text`, under the `.break` lock. True when the lock file is gone. */
function breakStale(file: string, text: string): boolean {
  const breaker = `${file}.break`;
  if (!createExclusive(breaker, String(process.pid))) {
    try {
      // Recursive: a folder there (made by hand) would otherwise stay and block every break.
      if (Date.now() - statSync(breaker).mtimeMs > BREAK_STALE_MS) rmSync(breaker, { recursive: true, force: true });
    } catch {
      // gone meanwhile
    }
    return false;
  }
  try {
    const now = look(file);
    if (now.kind === 'none') return true;
    if (('text' in now ? now.text : null) !== text) return false; // someone else took it over first
    rmSync(file, { recursive: true, force: true });
    return true;
  } finally {
    rmSync(breaker, { force: true });
  }
}

/**
 * Waits for the lock and takes it; resolves with its release. Rejects after `timeoutMs` with a message
 * that names the owner and the lock file.
 */
export async function acquireLock(file: string, options: LockOptions): Promise<() => void> {
  const { timeoutMs, what, log = () => {}, pollMs = 200 } = options;
  const me = currentOwner();
  const mine = JSON.stringify(me);
  const deadline = Date.now() + timeoutMs;
  let announced = false;
  for (;;) {
    if (createExclusive(file, mine)) {
      return () => {
        // Only our own lock is removed: never one that was (wrongly) taken over from us.
        const now = look(file);
        if (now.kind === 'owner' && now.text === mine) rmSync(file, { force: true });
      };
    }
    const seen = look(file);
    if (seen.kind === 'none') continue; // released meanwhile: try again at once
    const stale = seen.kind === 'owner' ? !ownerAlive(seen.owner) : seen.kind === 'folder' || seen.ageMs > DAMAGED_AFTER_MS;
    if (stale && breakStale(file, seen.text)) {
      log(seen.kind === 'owner'
        ? `${what}: took over the lock ${file} left by a run that is no longer running (${describeOwner(seen.owner)})`
        : seen.kind === 'folder'
          ? `${what}: removed the folder ${file}, which stood where the lock file goes (no run makes one there)`
          : `${what}: took over the lock ${file}, which was unreadable (${seen.text.length} bytes, ${Math.round(seen.ageMs / 1000)} s old)`);
      continue;
    }
    if (Date.now() >= deadline) {
      const who = seen.kind === 'owner' ? describeOwner(seen.owner) : 'unreadable lock file, being written or damaged';
      throw new LockTimeout(
        `${what}: another run still holds ${file} (${who}) after ${Math.round(timeoutMs / 1000)} s of waiting; ` +
          `nothing was written. Let it finish, or stop it; if no such run exists, delete ${file}.`,
      );
    }
    if (!announced && !stale) {
      announced = true;
      const who = seen.kind === 'owner' ? describeOwner(seen.owner) : 'its lock file is being written';
      log(`${what}: waiting for the run already working on this project (${who}; lock ${file}), up to ${Math.round(timeoutMs / 1000)} s`);
    }
    await sleep(pollMs);
  }
}
