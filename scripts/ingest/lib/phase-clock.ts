/**
 * Marks where the ingest's per-page work passes from one phase to the next (decode, the prune pass,
 * Readability, its retries, the text stages), for the phase profiler (scripts/bench/html-phases.ts).
 * The ingest itself installs no clock: each mark is then one test, so the marks may stay in the hot
 * path. A mark names the phase that starts; it returns the phase it ends, so a step nested inside
 * another (the whole page built on first use) can hand the clock back to it.
 *
 * The clock is kept on the global object, not in this module: the HTML stage is loaded on first use
 * (pipeline.ts), and a loader that gives it a module graph of its own (a test runner's) would
 * otherwise give it a clock of its own, never installed.
 */
type Clock = (phase: string) => string;
const KEY = Symbol.for('ingest.phaseClock');
const holder = globalThis as { [KEY]?: Clock | null };

/** Installs (or, with null, removes) the profiler's clock. */
export function setPhaseClock(next: Clock | null): void {
  holder[KEY] = next;
}

/** The phase `name` starts here; the phase that ran until now (empty without a clock). */
export function phase(name: string): string {
  const clock = holder[KEY];
  return clock ? clock(name) : '';
}
