/**
 * Geometry of a small line chart for one figures series: time across, value up from zero (so a change
 * from 161 to "more than 160" looks as small as it is). Points said with a qualifier are drawn hollow.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { line } from 'd3-shape';
import { round } from './chart-geometry';
import type { FigurePoint } from '../data/site-data';
import { formatNumber } from '../text/labels';
import { monthKeyOf, shortMonthLabel } from '../text/dates';
import { FIGURE_DETAIL_LIMIT as DETAIL_LIMIT } from '../data/limits';
import { maxOf, minOf } from './extent';
import { compare } from '../api/api-order';
import { valueWords } from '../data/figures';

const M = { top: 18, right: 96, bottom: 28, left: 44 };
/**
 * The narrow drawing's width: that of the narrowest column it is shown in (a 300 px screen's, 268 px),
 * so its 11 px labels are never drawn smaller (site.css shows it below 30rem).
 */
export const NARROW_FIGURE_WIDTH = 264;
/** Units from one year label's middle to the next: a label's width and a gap. */
const YEAR_LABEL_SPACING = 36;

export function layoutSeries(points: FigurePoint[], width = 440, height = 180) {
  // The same value stated on the same day by several reports is one point on the chart.
  const seen = new Set<string>();
  const dated = points.filter((p): p is FigurePoint & { date: string } => {
    const key = `${p.date}|${p.value}|${p.upper}|${p.qualifier}`;
    if (p.date === null || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const dates = dated.map((p) => new Date(`${p.date}T00:00:00Z`));
  const min = new Date(minOf(dates.map(Number)));
  const max = new Date(maxOf(dates.map(Number)));
  const x = scaleUtc()
    .domain([utcMonth.offset(utcMonth.floor(min), -2), utcMonth.offset(utcMonth.ceil(max), 2)])
    .range([M.left, width - M.right]);
  const top = maxOf(dated.map((p) => p.value));
  const y = scaleLinear().domain([0, top * 1.12]).nice(4).range([height - M.bottom, M.top]);
  const years = utcYear.range(utcYear.ceil(x.domain()[0]), x.domain()[1]);
  // Within a year (no new year inside the axis, or one: a lone "2024" under values of late 2023 read as
  // their year) the ticks are months, at most four, each named with its year: year labels on month
  // ticks said "2024 2024 2024", the same word under every tick.
  const [from, to] = x.domain();
  const monthStep = Math.max(1, Math.ceil(utcMonth.count(from, to) / 4));
  // A year label at 11 px is some 26 units wide: over many years, or drawn narrow, every other year (or
  // fewer) is named, counting back from the latest, so labels never run into each other.
  const yearW = ((width - M.right - M.left) * 365 * 86_400_000) / (Number(to) - Number(from));
  const yearStep = Math.max(1, Math.ceil(YEAR_LABEL_SPACING / yearW));
  const xTicks = years.length >= 2
    ? years.filter((_, i) => (years.length - 1 - i) % yearStep === 0).map((d) => ({ x: round(x(d)), label: String(d.getUTCFullYear()) }))
    : utcMonth.range(utcMonth.ceil(from), to, monthStep).map((d) => ({ x: round(x(d)), label: shortMonthLabel(d.toISOString().slice(0, 7)) }));
  const yTicks = y.ticks(4).map((v) => ({ y: round(y(v)), label: formatNumber(v) }));
  // Up to DETAIL_LIMIT points are drawn one by one; beyond that, one dot per month at the month's
  // middle value with a line over its range, so the chart stays small and readable at any scale.
  const detailed = dated.length <= DETAIL_LIMIT;
  const pts = detailed
    ? dated.map((p, i) => {
        const cx = round(x(dates[i]));
        const cy = round(y(p.value));
        // With many points only the first and the last carry a value label, right of the dot and above it.
        const labelled = dated.length <= 6 || i === 0 || i === dated.length - 1;
        return { point: p, cx, cy, exact: p.qualifier === null, label: labelled ? { x: cx + LABEL_OFFSET, y: cy - LABEL_OFFSET, text: valueWords(p) } : null };
      })
    : [];
  keepLabelsApart(pts);
  const months = new Map<string, number[]>();
  if (!detailed) for (const p of dated) months.set(monthKeyOf(p.date), [...(months.get(monthKeyOf(p.date)) ?? []), p.value]);
  const ranges = [...months.entries()].sort(([a], [b]) => compare(a, b)).map(([month, values]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = new Date(`${month}-15T00:00:00Z`);
    return {
      month,
      cx: round(x(mid)),
      cy: round(y(sorted[Math.floor((sorted.length - 1) / 2)])),
      y1: round(y(sorted[0])),
      y2: round(y(sorted[sorted.length - 1])),
    };
  });
  // A line helps read a handful of statements; through hundreds it is only noise.
  const path = detailed && pts.length <= 40 ? line<{ cx: number; cy: number }>().x((p) => p.cx).y((p) => p.cy)(pts) ?? '' : '';
  return {
    width, height, xTicks, yTicks, points: pts, ranges, statements: dated.length,
    radius: pts.length <= 40 ? 5 : 2.5,
    path: path.replace(/-?\d+\.\d+/g, (n) => String(round(Number(n)))),
    left: M.left, right: width - M.right, bottom: height - M.bottom, top: M.top,
  };
}

export type SeriesLayout = ReturnType<typeof layoutSeries>;

/** How far a value label stands right of its dot's centre and above it, in chart units. */
const LABEL_OFFSET = 8;
/** An 11 px label's width per character, in chart units, a little over the average (digits and "to"). */
const LABEL_CHAR_WIDTH = 7;
/** An 11 px label's height, in chart units, with a line's gap. */
const LABEL_HEIGHT = 13;

/**
 * A value label stands right of its dot and above it. Two dots near each other at about the same
 * height ("31 to 1" stated twice a few weeks apart) drew their labels over each other, unreadable.
 * Counting from the latest (the value a reader looks for first), a label that would run into one
 * already kept is left off; its dot stays, and the table under the chart names every value.
 */
function keepLabelsApart(points: { cx: number; cy: number; label: { x: number; text: string } | null }[]): void {
  const kept: { x1: number; x2: number; y: number }[] = [];
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i];
    if (!p.label) continue;
    const box = { x1: p.cx, x2: p.label.x + p.label.text.length * LABEL_CHAR_WIDTH, y: p.cy };
    if (kept.some((k) => box.x1 < k.x2 && k.x1 < box.x2 && Math.abs(box.y - k.y) < LABEL_HEIGHT)) p.label = null;
    else kept.push(box);
  }
}
