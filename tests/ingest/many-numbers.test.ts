/**
 * Arrays that grow with the input are never spread into a call (`push(...xs)`, `Math.max(...xs)`):
 * past ~100,000 values that overflows the stack. The ingest side is in hostile-seeds.test.ts (a seed
 * of 200,000 figure sentences); here the chart geometry the site draws from the same numbers.
 */
import { describe, expect, it } from 'vitest';
import { layoutSeries } from '../../src/lib/charts/figure-chart.ts';
import { layoutTimeline } from '../../src/lib/charts/timeline-chart.ts';
import { maxOf, minOf } from '../../src/lib/charts/extent.ts';

describe('many numbers', () => {
  it('finds the extent of 500,000 values', () => {
    const values = Array.from({ length: 500_000 }, (_, i) => (i * 7919) % 1_000_003);
    expect(maxOf(values)).toBe(values.reduce((a, b) => (b > a ? b : a)));
    expect(minOf(values)).toBe(0);
    expect(maxOf([], 1)).toBe(1);
  });

  it('lays out a figure series of 200,000 points', () => {
    const points = Array.from({ length: 200_000 }, (_, i) => ({
      article: `a-${i}`, paragraph: 'p-1', sentence: 's', value: i, upper: null, qualifier: null, text: `${i} labs`,
      date: `20${String(10 + (i % 10)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`, speaker: null,
    }));
    expect(() => layoutSeries(points as never)).not.toThrow();
  });

  it('lays out a timeline with 200,000 months of counts in a lane', () => {
    const counts = new Map(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, i % 5]));
    const input = { firstMonth: '2020-01', lastMonth: '2020-12', totals: new Map([['2020-03', 2]]), lanes: [{ key: 'x', label: 'X', index: 0, counts, noun: ['event', 'events'] as [string, string] }], idPrefix: 't' };
    expect(() => layoutTimeline(input)).not.toThrow();
  });
});
