/**
 * A test fails only when the code is wrong: a bound on the time our own code takes in the test's
 * process counts CPU seconds (cpu-seconds.ts), never wall time, which a loaded machine stretches (a
 * hostile-page test took 2.7 s of wall time for 0.5 s of work at load 11, and failed). This audit reads
 * the tests' sources so that a new bound on wall time, or a second copy of the CPU count, fails here
 * rather than on a busy CI machine. Wall time stays only where the work is another process's, each
 * file listed with why.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const TESTS = join(import.meta.dirname, '..');

/** Files that read a clock for something other than our code's speed in this process. */
const WALL_TIME_ALLOWED: Record<string, string> = {
  'ingest/cli-project.ts': "how long a child ingest process ran: fault-kill picks its kill times from it; no test bounds it",
  'ingest/pool-failure.test.ts': 'how long the pool of worker threads took to fail; returned, not bounded',
};

/** A clock read that a speed bound is made of: a wall clock, or the CPU count written out again. */
const CLOCK = /performance\.now\(\)|process\.hrtime|process\.cpuUsage\(|Date\.now\(\) - [A-Za-z_]/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : sources(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

describe('time bounds in the tests', () => {
  it('count CPU seconds through cpu-seconds.ts: no wall clock, no copy of the count, but where listed', () => {
    const found = sources(TESTS)
      .map((path) => relative(TESTS, path))
      .filter((file) => file !== 'ingest/cpu-seconds.ts' && !(file in WALL_TIME_ALLOWED) && file !== 'ingest/time-bounds-audit.test.ts')
      .flatMap((file) =>
        readFileSync(join(TESTS, file), 'utf8')
          .split('\n')
          .flatMap((line, i) => (CLOCK.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(found).toEqual([]);
  });

  it('list only files that still read a clock', () => {
    const stale = Object.keys(WALL_TIME_ALLOWED).filter((file) => !CLOCK.test(readFileSync(join(TESTS, file), 'utf8')));
    expect(stale).toEqual([]);
  });

  it('catch the shapes they are here for', () => {
    for (const line of ['const t0 = performance.now();', 'const start = process.cpuUsage();', 'expect(Date.now() - start).toBeLessThan(20_000);', 'process.hrtime.bigint()'])
      expect(CLOCK.test(line), line).toBe(true);
    expect(CLOCK.test('const old = new Date(Date.now() - 60_000);')).toBe(false);
  });
});
