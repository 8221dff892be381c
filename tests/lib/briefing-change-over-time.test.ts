/**
 * A briefing's figure line ("Employees: over 130 (8 July 2025), then more than 700 (8 July 2025)")
 * tells of a measure that changed over time. A real listicle gave two firms' staff the same day in one
 * report, and the briefing printed it as a change: values stated on one day are things counted side by
 * side, and need a second day to be a change.
 */
import { describe, expect, it } from 'vitest';
import { changedOverTime } from '../../src/lib/data/figures.ts';
import type { Series } from '../../src/lib/data/site-data.ts';

const point = (article: string, date: string, value: number, unit = 'employees') => ({
  article, paragraph: 'p-1', sentence: `${value} ${unit}`, value, upper: null, qualifier: 'over', text: `over ${value} ${unit}`, unit, date, speaker: null,
});
const series = (id: string, points: ReturnType<typeof point>[]) => ({ id, label: id, unit: id, points }) as unknown as Series;

describe("a briefing's figures: a change over time (changedOverTime, which src/lib/briefings/briefing.ts asks)", () => {
  it('two values of one day are no change', () => {
    expect(changedOverTime(series('employees', [point('top-firms', '2025-07-08', 130), point('top-firms', '2025-07-08', 700)]))).toBe(false);
  });

  it('two values of two days are', () => {
    expect(changedOverTime(series('joint laboratories', [point('a', '2020-10-27', 33), point('b', '2023-02-24', 40)]))).toBe(true);
    // Two days, one value: unchanged.
    expect(changedOverTime(series('joint laboratories', [point('a', '2020-10-27', 33), point('b', '2023-02-24', 33)]))).toBe(false);
  });

  it('two values of two days in two units of one measure are not', () => {
    expect(changedOverTime(series('countries', [point('a', '2020-10-27', 160, 'countries'), point('b', '2023-02-24', 170, 'countries and regions')]))).toBe(false);
  });
});
