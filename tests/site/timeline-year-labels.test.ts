/**
 * The timeline chart's year labels: every year whose stretch of the axis has room for its label is
 * named. A range ending early in a year (January to July) puts that year's label near the plot's end;
 * the year before it slides left within its own stretch rather than go unlabelled, and no two labels
 * are drawn over each other.
 */
import { describe, expect, it } from 'vitest';
import { layoutTimeline, placeYearLabels } from '../../src/lib/charts/timeline-chart.ts';

const layout = (firstMonth: string, lastMonth: string, variant: 'wide' | 'narrow' = 'wide') =>
  layoutTimeline({
    firstMonth, lastMonth, variant, idPrefix: 't', totals: new Map([[firstMonth, 1], [lastMonth, 1]]),
    lanes: [{ key: 'x', label: 'X', index: null, counts: new Map([[firstMonth, 1]]), noun: ['event', 'events'] }],
  });

/** Labels at least this far apart, middle to middle, are not drawn over each other (two 11 px years and a gap). */
const GAP = 34;

describe('the timeline chart’s year labels', () => {
  it('names every year of a range that ends in July when each year has room', () => {
    const ticks = layout('2013-11', '2026-07').yearTicks;
    expect(ticks.map((t) => t.label)).toContain('2025');
    expect(ticks.map((t) => t.label).slice(-3)).toEqual(['2024', '2025', '2026']);
    ticks.slice(1).forEach((t, i) => expect(t.x - ticks[i].x).toBeGreaterThanOrEqual(GAP));
  });

  it('keeps each label over its own year', () => {
    const l = layout('2013-11', '2026-07');
    for (const t of l.yearTicks.slice(1, -1)) {
      const year = Number(t.label);
      const from = l.plotLeft + ((year - 2013) * 12 - 10) * ((l.plotRight - l.plotLeft) / l.months.length);
      const to = from + 12 * ((l.plotRight - l.plotLeft) / l.months.length);
      expect(t.x).toBeGreaterThanOrEqual(from - 0.1);
      expect(t.x).toBeLessThanOrEqual(to + 0.1);
    }
  });

  it('still drops years that have no room, the first and the last kept, none over another', () => {
    const ticks = layout('1990-01', '2026-07', 'narrow').yearTicks;
    expect(ticks[0].label).toBe('1990');
    expect(ticks[ticks.length - 1].label).toBe('2026');
    expect(ticks.length).toBeLessThan(37);
    ticks.slice(1).forEach((t, i) => expect(t.x - ticks[i].x).toBeGreaterThanOrEqual(GAP));
  });

  it('names the first full year rather than stand the first label over it, when the range opens late in a year', () => {
    // November and December 2013 are too short a stretch for "2013": pushed inside the plot, it stood over
    // 2014's months and 2014, which had room, went unlabelled.
    for (const variant of ['wide', 'narrow'] as const) {
      const l = layout('2013-11', '2026-07', variant);
      const month = (l.plotRight - l.plotLeft) / l.months.length;
      const first = l.yearTicks[0];
      const from = l.plotLeft + ((Number(first.label) - 2013) * 12 - 10) * month;
      expect(first.x).toBeGreaterThanOrEqual(from - 0.1);
      expect(first.x).toBeLessThanOrEqual(from + 12 * month + 0.1);
    }
    expect(layout('2013-11', '2026-07').yearTicks[0].label).toBe('2014');
    // A first stretch that holds its label's middle keeps it.
    expect(layout('2016-08', '2026-07').yearTicks[0].label).toBe('2016');
  });

  it('keeps the last year’s label however short its stretch (the year the news reaches)', () => {
    for (const variant of ['wide', 'narrow'] as const) {
      const ticks = layout('2016-08', '2026-06', variant).yearTicks;
      expect(ticks[ticks.length - 1].label).toBe('2026');
    }
    expect(layout('2013-01', '2026-01').yearTicks.at(-1)?.label).toBe('2026');
  });

  it('slides a label only as far as its stretch allows', () => {
    const placed = placeYearLabels([
      { mid: 10, min: 10, max: 10, label: 'a' },
      { mid: 40, min: 30, max: 50, label: 'b' },
      { mid: 60, min: 60, max: 60, label: 'c' },
    ], 34);
    // "b" would need to stand at 44 or more after "a" and at 26 or less before "c": no room, dropped.
    expect(placed.map((p) => p.label)).toEqual(['a', 'c']);
  });
});
