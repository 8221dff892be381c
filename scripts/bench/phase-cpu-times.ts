/**
 * CPU time by ingest phase, one page at a time, for the bench's timing tools (html-phases.ts,
 * html-page-costs.ts). It installs the ingest's phase clock (lib/phase-clock.ts): each phase mark charges the
 * process CPU microseconds since the last mark to the phase that ran. `process.cpuUsage()` rather than
 * `threadCpuUsage()`, whose steps are too coarse on some machines to time a page's phases.
 */
import { setPhaseClock } from '../ingest/lib/phase-clock.ts';

export interface PhaseCpuTimes {
  /** The phase running now ('other' outside any). */
  readonly current: string;
  /** Starts a page: its times begin at zero, in 'other'. */
  startPage(): void;
  /** Ends the page: charges the running phase, and returns the page's microseconds by phase. */
  endPage(): Map<string, number>;
  /** Removes the clock. */
  stop(): void;
}

export function cpuNow(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

export function startPhaseCpuTimes(): PhaseCpuTimes {
  let current = 'other';
  let since = 0;
  let times = new Map<string, number>();
  const charge = (now: number) => {
    times.set(current, (times.get(current) ?? 0) + now - since);
    since = now;
  };
  setPhaseClock((next) => {
    charge(cpuNow());
    const ended = current;
    current = next;
    return ended;
  });
  return {
    get current() {
      return current;
    },
    startPage() {
      times = new Map();
      current = 'other';
      since = cpuNow();
    },
    endPage() {
      charge(cpuNow());
      current = 'other';
      return times;
    },
    stop() {
      setPhaseClock(null);
    },
  };
}
