/**
 * Holds the floor of the extraction benchmark (tests/fixtures/extract/floor.json): on every path and split,
 * F1 may not fall more than 0.01 below the numbers in floor.json. The ingest functions run on the
 * committed innerText (text path, every case) and saved HTML (HTML path, every third case: see
 * floorSample), no browser.
 *
 * After an improvement, raise the floor:  npm run bench:extract -- --write-floor
 * and commit floor.json with the change, so the gain cannot be lost unnoticed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES_DIR, FIXTURES, loadCases, type Split } from '../../scripts/bench/extract/cases.ts';
import { floorSample, runPath } from '../../scripts/bench/extract/run.ts';
import type { PathName } from '../../scripts/bench/extract/paths.ts';

const TOLERANCE = 0.01;
const floor = JSON.parse(readFileSync(join(FIXTURES, 'floor.json'), 'utf8')) as Partial<Record<PathName, Record<Split, number>>>;
const cases = loadCases();

// The cases are public data kept outside the repository (see tests/fixtures/extract/README.md):
// without them there is nothing to score, which is said once rather than reported as a pass.
if (cases.length === 0) console.warn(`extraction benchmark: no cases in ${CASES_DIR}; the floor test is skipped (tests/fixtures/extract/README.md)`);

describe.skipIf(cases.length === 0)('extraction benchmark floor', () => {
  it('has its cases, about 70 % dev and 30 % held out', () => {
    expect(cases.length).toBeGreaterThan(250);
    const dev = cases.filter((c) => c.split === 'dev').length / cases.length;
    expect(dev).toBeGreaterThan(0.6);
    expect(dev).toBeLessThan(0.8);
    expect(cases.every((c) => c.innerText() !== null)).toBe(true);
  });

  for (const [path, bySplit] of Object.entries(floor) as [PathName, Record<Split, number>][]) {
    // The HTML sample takes ~5 CPU seconds; a busy machine may stretch that several times.
    it(`${path} path: F1 per split stays within ${TOLERANCE} of the floor`, { timeout: 180_000 }, () => {
      const result = runPath(path, floorSample(path, cases));
      expect(result, `${path} path is not available`).not.toBeNull();
      for (const split of ['dev', 'heldout'] as const) {
        const f1 = result!.splits[split]!.f1;
        expect(f1, `${path} ${split}: F1 ${f1.toFixed(4)} fell below the floor ${bySplit[split]} (see npm run bench:extract -- --cases)`).toBeGreaterThanOrEqual(bySplit[split] - TOLERANCE);
        if (f1 > bySplit[split] + 0.02) console.log(`${path} ${split}: F1 ${f1.toFixed(4)} is above the floor ${bySplit[split]}; raise it: npm run bench:extract -- --write-floor`);
      }
    });
  }
});
