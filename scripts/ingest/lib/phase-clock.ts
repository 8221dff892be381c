/**
 * Marks where the ingest's per-page work passes from one phase to the next (decode, the prune pass,
 * Readability, its retries, the text stages), for the phase profiler (scripts/bench/html-phases.ts).
 * The ingest itself installs no clock: each mark is then one test of a variable, so the marks may
 * stay in the hot path. A mark names the phase that starts; it returns the phase it ends, so a step
 * nested inside another (the whole page built on first use) can hand the clock back to it.
 */
type Clock = (phase: string) => string;
let clock: Clock | null = null;

/** Installs (or, with null, removes) the profiler's clock. */
export function setPhaseClock(next: Clock | null): void {
  clock = next;
}

/** The phase `phase` starts here; the phase that ran until now (empty without a clock). */
export function phase(name: string): string {
  return clock ? clock(name) : '';
}
