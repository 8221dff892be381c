/**
 * Watch a process tree through /proc while it runs: CPU time of every descendant, and the largest
 * sum of their resident memory at one moment. GNU time only sees children that are waited for;
 * Pagefind's indexer, for one, is a separate binary that outlives the Node process that started it,
 * so its CPU time would otherwise go uncounted.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();
const pageBytes = (() => {
  try {
    return Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096;
  } catch {
    return 4096;
  }
})();

interface ProcStat {
  ppid: number;
  /** Own user + system ticks (not children's: those are counted as processes of their own). */
  ticks: number;
  rssPages: number;
}

function readStat(pid: string): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces; fields resume after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]), rssPages: Number(fields[21]) };
  } catch {
    return null; // the process ended between listing and reading
  }
}

export interface TreeUsage {
  cpuSeconds: number;
  peakTreeRssMiB: number;
}

export function sampleTree(rootPid: number, everyMs = 200): { stop: () => TreeUsage } {
  const seenTicks = new Map<number, number>();
  const known = new Set<number>([rootPid]);
  let peakPages = 0;
  const sample = () => {
    if (!existsSync('/proc')) return;
    const stats = new Map<number, ProcStat>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      const stat = readStat(name);
      if (stat) stats.set(Number(name), stat);
    }
    // Descendants of anything we have seen in the tree, so an orphaned helper (re-parented to init
    // when its parent exits) stays counted.
    let grew = true;
    while (grew) {
      grew = false;
      for (const [pid, stat] of stats) {
        if (!known.has(pid) && known.has(stat.ppid)) {
          known.add(pid);
          grew = true;
        }
      }
    }
    let pages = 0;
    for (const pid of known) {
      const stat = stats.get(pid);
      if (!stat) continue;
      pages += stat.rssPages;
      seenTicks.set(pid, Math.max(seenTicks.get(pid) ?? 0, stat.ticks));
    }
    peakPages = Math.max(peakPages, pages);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      sample();
      clearInterval(timer);
      let ticks = 0;
      for (const t of seenTicks.values()) ticks += t;
      return { cpuSeconds: ticks / ticksPerSecond, peakTreeRssMiB: Math.round((peakPages * pageBytes) / 2 ** 20) };
    },
  };
}
