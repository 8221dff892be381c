/**
 * What the linear-time tests of hostile inputs share: the CPU seconds a run takes (CPU, not wall time,
 * so a loaded machine does not fail them), and two paragraphs of plain article prose to set the
 * hostile line among. Every bound on the time our own code takes in a test's process counts here
 * (time-bounds-audit.test.ts fails on a wall clock or a second copy of the count). vitest runs the
 * test files in child processes (its default pool, forks), one test at a time in each, so the count
 * is the test's own work.
 */

/** CPU seconds (user + system) `run` takes. */
export function cpuSeconds(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** Two paragraphs of an article round a hostile line. */
export const PROSE_BEFORE = 'China and the European Union will run 30 more joint laboratories on climate research over the next five years, the science ministry said on Monday.';
export const PROSE_AFTER = 'The laboratories will share ocean observation data and train young researchers from both regions, officials said at the signing in Beijing.';
