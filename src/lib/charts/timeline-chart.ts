/**
 * Geometry of the timeline chart: a bar per month for the number of events, then one lane per topic
 * (and for events without a topic, and for dates mentioned in the text) with a mark per month whose
 * area grows with the count. Aggregating by month keeps the chart the same size at 10,000 articles.
 */
import { scaleLinear, scaleSqrt, scaleUtc } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { round, shapePath } from './chart-geometry';
import { monthKeyOf } from '../text/dates';
import { maxOf } from './extent';
import { compare } from '../api/api-order';

export interface Lane {
  key: string;
  label: string;
  /** Topic position for colour and shape; null draws the neutral style. */
  index: number | null;
  hollow?: boolean;
  counts: Map<string, number>; // month key → count
  /** Year-precision counts ("in 2022"), drawn as a bracket over the year. */
  years?: Map<string, number>;
  noun: [string, string]; // singular, plural: "event", "events"
}

export interface ChartInput {
  firstMonth: string; // YYYY-MM
  lastMonth: string;
  totals: Map<string, number>;
  lanes: Lane[];
  /**
   * `wide`: lane labels in a column on the left (desktop). `narrow`: labels above each lane, so the
   * whole width is time and the text stays legible when a phone shrinks the chart.
   */
  variant?: 'wide' | 'narrow';
  /** Prefix for the ids of the mark shapes defined once in the SVG's <defs> (unique on the page). */
  idPrefix: string;
}

/** Marks come in a few sizes, each defined once and placed with <use>: small markup at any scale. */
const SIZE_STEPS = 5;

const PAD = 8;
const AXIS_H = 34;
/**
 * The narrow drawing is as wide as the narrowest column it is shown in (a 300 px embed's, 268 px):
 * scaled down from a wider one its 11 px labels came out at 8 px. Drawn at this width, the month
 * labels thin out (every quarter, then years only) rather than shrink.
 */
const NARROW_WIDTH = 264;
/**
 * The wide drawing is no wider than the narrowest column it is shown in (a 641 px screen's, 609 px),
 * so it is never drawn below its size: at 720 units a 610 px column drew its labels at 0.85 times
 * their size, 10 px text at 8.6 px. Wider columns draw it larger (site.css caps how much).
 */
const WIDE_WIDTH = 600;
const VARIANTS = {
  wide: { width: WIDE_WIDTH, labelW: 118, barH: 52, laneH: 28, labelAbove: false },
  narrow: { width: NARROW_WIDTH, labelW: PAD, barH: 60, laneH: 36, labelAbove: true },
};

const monthStart = (key: string) => new Date(`${key}-01T00:00:00Z`);
const fmtMonth = (d: Date) => d.toISOString().slice(0, 7);
const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function layoutTimeline({ firstMonth, lastMonth, totals, lanes, variant = 'wide', idPrefix }: ChartInput) {
  const { width, labelW: LABEL_W, barH: BAR_H, laneH: LANE_H, labelAbove } = VARIANTS[variant];
  const start = monthStart(firstMonth);
  const end = utcMonth.offset(monthStart(lastMonth), 1);
  const x = scaleUtc().domain([start, end]).range([LABEL_W, width - PAD]);
  const months = utcMonth.range(start, end);
  const monthW = (width - PAD - LABEL_W) / months.length;
  const centre = (d: Date) => round((x(d) + x(utcMonth.offset(d, 1))) / 2);

  const maxTotal = maxOf(totals.values(), 1);
  const y = scaleLinear().domain([0, maxTotal]).range([0, BAR_H - 12]);
  const barTop = PAD + (labelAbove ? 14 : 0);
  const baseline = barTop + BAR_H;
  const bars = months
    .map((d) => ({ key: fmtMonth(d), count: totals.get(fmtMonth(d)) ?? 0, d }))
    .filter((b) => b.count > 0)
    .map((b) => ({
      key: b.key,
      count: b.count,
      x: round(x(b.d) + Math.min(1, monthW * 0.1)),
      w: round(Math.max(1, monthW - 2 * Math.min(1, monthW * 0.1))),
      y: round(baseline - y(b.count)),
      h: round(y(b.count)),
    }));

  const maxCount = maxOf(lanes.flatMap((l) => [...l.counts.values()]), 1);
  // Diamonds and triangles reach further than a circle of the same area: keep them inside the lane.
  const maxR = Math.max(2.5, Math.min(labelAbove ? 8 : LANE_H / 4, monthW / 2 + 1));
  const r = scaleSqrt().domain([0, maxCount]).range([0, maxR]);
  const defs = new Map<string, string>(); // id → path
  const lanesTop = baseline + 10;
  const laneShapes = lanes.map((lane, i) => {
    const top = lanesTop + i * LANE_H;
    const cy = round(labelAbove ? top + LANE_H - 12 : top + LANE_H / 2);
    const labelY = round(labelAbove ? top + 11 : cy + 4);
    const marks = months
      .map((d) => ({ key: fmtMonth(d), count: lane.counts.get(fmtMonth(d)) ?? 0, d }))
      .filter((m) => m.count > 0)
      .map((m) => {
        const step = Math.max(1, Math.ceil((r(m.count) / maxR) * SIZE_STEPS));
        const radius = Math.max(2.5, (maxR * step) / SIZE_STEPS);
        const shape = lane.index ?? 0;
        const id = `${idPrefix}${shape}${step}`;
        if (!defs.has(id)) defs.set(id, shapePath(shape, 3 * radius * radius));
        return { key: m.key, cx: centre(m.d), href: `#${id}` };
      });
    const spans = [...(lane.years ?? new Map()).entries()]
      .map(([year, count]) => {
        const from = new Date(`${year}-01-01T00:00:00Z`);
        const to = utcYear.offset(from, 1);
        if (to <= start || from >= end) return null;
        const left = Math.max(x(from), LABEL_W);
        const full = Math.min(x(to), width - PAD) - left;
        // A unit of padding each side, less where a year is only a few units wide (a range of two
        // centuries), as months are padded: the year stays drawn.
        const inset = Math.min(1, full * 0.1);
        return {
          year,
          x1: round(left + inset),
          w: round(full - 2 * inset),
          title: `${lane.label}, the year ${year}: ${count} ${lane.noun[count === 1 ? 0 : 1]}`,
        };
      })
      // A year that only touches the edge of a long range is narrower than its padding: not drawn.
      .filter((s): s is NonNullable<typeof s> => s !== null && s.w >= 1);
    return { ...lane, cy, labelY, marks, spans, top };
  });

  const axisY = lanesTop + lanes.length * LANE_H + 4;
  const every = monthW >= 30 ? 1 : monthW >= 10 ? 3 : 12;
  const monthTicks = months.map((d) => ({
    x: round(x(d)),
    label: d.getUTCMonth() % every === 0 && every < 12 ? MONTH_ABBR[d.getUTCMonth()] : null,
    cx: centre(d),
    major: d.getUTCMonth() === 0,
  }));
  // Each year is labelled in the middle of its stretch of the axis, kept inside the plot. Labels that
  // would run into each other slide apart within their own year's stretch; only a label that cannot is
  // dropped (the first and the last year are kept, unless the first's stretch is so short that its label
  // would stand over the next year). Dropped instead, a year whose neighbour sat at the middle of a
  // short last stretch (January to July) went unlabelled with room to spare.
  const LABEL_HALF = 15;
  const GAP = 2 * LABEL_HALF + 4;
  const lo = LABEL_W + LABEL_HALF;
  const hi = width - PAD - LABEL_HALF;
  const clamp = (v: number) => Math.min(Math.max(v, lo), hi);
  const bounds = [start, ...utcYear.range(utcMonth.offset(start, 1), end), end];
  const candidates = bounds.slice(0, -1).map((from, i) => {
    const left = x(from);
    const right = x(bounds[i + 1]);
    // Where the label's middle may go: over its own year, or where the plot's edge pushes it.
    return { mid: clamp((left + right) / 2), min: clamp(left), max: clamp(right), from: left, to: right, label: String(from.getUTCFullYear()) };
  });
  const yearTicks = placeYearLabels(candidates, GAP).map((t) => ({ x: round(t.x), label: t.label }));

  return {
    width,
    height: axisY + AXIS_H,
    labelW: LABEL_W,
    labelAbove,
    plotLeft: LABEL_W,
    plotRight: width - PAD,
    barTop,
    baseline,
    maxTotal,
    bars,
    lanes: laneShapes,
    defs: [...defs.entries()].sort(([a], [b]) => compare(a, b)).map(([id, path]) => ({ id, path })),
    laneH: LANE_H,
    axisY,
    monthTicks: every === 12 ? monthTicks.filter((t) => t.major) : monthTicks,
    yearTicks,
    months: months.map(fmtMonth),
  };
}

interface YearLabel {
  /** The middle of its year's stretch, where it stands when it has room. */
  mid: number;
  /** How far left and right of `mid` its middle may slide and still stand over its year. */
  min: number;
  max: number;
  /** Its year's stretch itself, before the plot's edges clamp it (absent: the label stands over it). */
  from?: number;
  to?: number;
  label: string;
}

/** Whether a label's middle stands over its own year's stretch. */
const overOwnYear = (l: YearLabel) => l.from === undefined || l.to === undefined || (l.mid >= l.from && l.mid <= l.to);

/**
 * A range opening in November gives its first year a stretch too short for a label: pushed inside the
 * plot, "2013" stood over 2014's months and took the room 2014's own label had. Such a first label gives
 * way to the next when that one stands over its own year; the gridline still shows where 2014 begins.
 * The last year keeps its label however short its stretch (the year the news reaches; the one before
 * slides left of it instead).
 */
function firstOverItsYear(labels: YearLabel[]): YearLabel[] {
  return labels.length > 2 && !overOwnYear(labels[0]) && overOwnYear(labels[1]) ? labels.slice(1) : labels;
}

/**
 * Year labels with at least `gap` between their middles: each where it belongs when it has room, else
 * slid within its year's stretch: right of the label before it (left to right), then left of the one
 * after it (right to left, from the last, which is always kept). A label its stretch cannot hold
 * apart from its neighbours is dropped, never drawn over one. A first label that could only stand over
 * the next year gives way to that year's (firstOverItsYear).
 */
export function placeYearLabels(all: YearLabel[], gap: number): { x: number; label: string }[] {
  const labels = firstOverItsYear(all);
  if (labels.length <= 1) return labels.map((l) => ({ x: l.mid, label: l.label }));
  const last = labels[labels.length - 1];
  // Left to right: each label at its middle, or pushed right up to its stretch's end; the last stays
  // in place (it is placed against the others below).
  const kept: { x: number; label: YearLabel }[] = [{ x: labels[0].mid, label: labels[0] }];
  for (const l of labels.slice(1, -1)) {
    const x = Math.max(l.mid, kept[kept.length - 1].x + gap);
    if (x <= l.max) kept.push({ x, label: l });
  }
  // Right to left from the last: each label pulled left of the next, down to its stretch's start; one
  // pulled past it is dropped. The first is never dropped: the labels after it that it runs into are.
  const placed: { x: number; label: YearLabel }[] = [{ x: last.mid, label: last }];
  for (let i = kept.length - 1; i > 0; i--) {
    const x = Math.min(kept[i].x, placed[0].x - gap);
    if (x >= kept[i].label.min) placed.unshift({ x, label: kept[i].label });
  }
  while (placed.length > 1 && placed[0].x - kept[0].x < gap) placed.shift();
  placed.unshift(kept[0]);
  return placed.map((p) => ({ x: p.x, label: p.label.label }));
}

export type TimelineLayout = ReturnType<typeof layoutTimeline>;

/** The chart's month range: from the first to the last month with anything in it. */
export function monthRange(keys: Iterable<string>): { first: string; last: string } | null {
  const sorted = [...keys].map(monthKeyOf).sort();
  return sorted.length ? { first: sorted[0], last: sorted[sorted.length - 1] } : null;
}
