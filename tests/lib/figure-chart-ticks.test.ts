/**
 * The time axis of a figure's small chart names each tick once: a series whose dates lie within a
 * few months of one year had every tick labelled with that year ("2024 2024 2024 2024"), an axis
 * that says nothing. Within a year its ticks name months. Invented points.
 */
import { describe, expect, it } from 'vitest';
import { layoutSeries, NARROW_FIGURE_WIDTH } from '../../src/lib/charts/figure-chart.ts';

const point = (date: string, value: number) => ({
  article: `a-${date}`, paragraph: 'p-1', sentence: 's', value, upper: null, qualifier: null, text: `${value} labs`, date, speaker: null,
});
const labels = (points: ReturnType<typeof point>[]) => layoutSeries(points as never).xTicks.map((t) => t.label);

describe('figure chart ticks', () => {
  it('labels no two ticks alike, and names months when the dates lie within a year', () => {
    for (const points of [[point('2024-06-03', 3), point('2024-06-03', 202)], [point('2024-05-15', 12), point('2024-07-19', 14)], [point('2023-06-10', 1)]]) {
      const l = labels(points);
      expect(l.length, JSON.stringify(l)).toBeGreaterThanOrEqual(2);
      expect(new Set(l).size, JSON.stringify(l)).toBe(l.length);
      expect(l.every((x) => /^[A-Z][a-z]{2} \d{4}$/.test(x)), JSON.stringify(l)).toBe(true);
    }
  });
  it('names months when one new year falls inside a short axis: a lone "2024" under values of 22 December 2023 read as their year', () => {
    for (const points of [[point('2023-12-22', 7), point('2023-12-22', 31)], [point('2023-11-02', 4), point('2024-02-20', 9)]]) {
      const l = labels(points);
      expect(l.length, JSON.stringify(l)).toBeGreaterThanOrEqual(2);
      expect(l.every((x) => /^[A-Z][a-z]{2} \d{4}$/.test(x)), JSON.stringify(l)).toBe(true);
    }
    expect(labels([point('2023-12-22', 7)])).toContain('Dec 2023');
  });
  it('keeps years on a chart over several years', () => {
    expect(labels([point('2019-11-11', 53), point('2024-07-08', 38)])).toEqual(['2020', '2021', '2022', '2023', '2024']);
  });
  it('leaves room between year labels on a long series drawn narrow (every other year, or fewer)', () => {
    const points = [point('2008-03-01', 5), point('2024-07-08', 38)];
    for (const width of [440, NARROW_FIGURE_WIDTH]) {
      const ticks = layoutSeries(points as never, width).xTicks;
      expect(ticks.length, `${width}`).toBeGreaterThanOrEqual(2);
      // A year label at 11 px is about 26 units wide: 34 apart leaves a gap.
      for (let i = 1; i < ticks.length; i++) expect(ticks[i].x - ticks[i - 1].x, `${width}: ${ticks[i - 1].label}–${ticks[i].label}`).toBeGreaterThanOrEqual(34);
      expect(ticks.map((t) => t.label)).toContain('2024');
    }
  });
});
