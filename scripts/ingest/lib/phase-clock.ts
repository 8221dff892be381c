/**
 * Marks where the ingest's per-page work passes from one phase to the next (decode, the prune pass,
 * Readability, its retries, the text stages), for the phase profiler (scripts/bench/html-phases.ts).
 * The ingest itself installs no clock: each mark is then one test of a module variable, so the marks
 * may stay in the hot path. A mark names the phase that starts; it returns the phase it ends, so a
 * step nested inside another (the whole page built on first use) can hand the clock back to it.
 *
 * The HTML stage is loaded on first use (pipeline.ts), and a loader that gives it a module graph of
 * its own (a test runner's) gives it its own copy of this module: each copy enters itself in a list
 * on the global object, and setPhaseClock installs the clock in every copy.
 */
type Clock = (phase: string) => string;
let clock: Clock | null = null;

const COPIES = Symbol.for('ingest.phaseClockCopies');
const copies = ((globalThis as { [COPIES]?: Set<(next: Clock | null) => void> })[COPIES] ??= new Set());
// A copy loaded after a clock was installed starts with it.
const installed = Symbol.for('ingest.phaseClock');
clock = (globalThis as { [installed]?: Clock | null })[installed] ?? null;
copies.add((next) => {
  clock = next;
});

/** Installs (or, with null, removes) the profiler's clock, in every copy of this module. */
export function setPhaseClock(next: Clock | null): void {
  (globalThis as { [installed]?: Clock | null })[installed] = next;
  for (const set of copies) set(next);
}

/** The phase `name` starts here; the phase that ran until now (empty without a clock). */
export function phase(name: string): string {
  return clock ? clock(name) : '';
}
