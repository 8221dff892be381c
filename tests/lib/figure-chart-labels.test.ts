/**
 * A figure chart's value labels never run into each other: the same value stated a few weeks apart
 * ("31 to 1" twice) drew two labels over each other, unreadable (seen on the figures page built from
 * unseen sites). The latest keeps its label; values far apart, or at other heights, keep theirs.
 * Invented points.
 */
import { describe, expect, it } from 'vitest';
import { layoutSeries } from '../../src/lib/charts/figure-chart.ts';

const point = (date: string, value: number, upper: number | null = null) => ({
  article: `a-${date}`, paragraph: 'p-1', sentence: 's', value, upper, qualifier: null, text: `${value} to ${upper}`, date, speaker: null,
});
const labelled = (points: ReturnType<typeof point>[]) =>
  layoutSeries(points as never).points.filter((p) => p.label !== null).map((p) => p.point.date);

describe('figure chart value labels', () => {
  it('leaves off the earlier of two labels that would overlap, keeping the latest', () => {
    expect(labelled([point('2023-03-01', 31, 1), point('2023-03-20', 31, 1), point('2025-09-01', 4, 1)])).toEqual(['2023-03-20', '2025-09-01']);
  });
  it('keeps labels apart in time or in height', () => {
    expect(labelled([point('2020-01-10', 31, 1), point('2025-01-10', 31, 1)])).toEqual(['2020-01-10', '2025-01-10']);
    expect(labelled([point('2023-03-01', 2), point('2023-03-20', 90)])).toEqual(['2023-03-01', '2023-03-20']);
  });
});
