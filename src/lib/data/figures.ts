/** Helpers over figures.json series: which changed, which concern a topic, how to say a value. */
import type { Article, Series, FigurePoint, TopicView } from './site-data';
import { formatNumber } from '../text/labels';
import { articleDateWords, updatedWord, yearOf } from '../text/dates';
import { pagesByWeight } from './paging';
import { FIGURE_INDEX_CHARTS, FIGURE_INDEX_SERIES } from './limits';

/**
 * Whether a measure gets pages of its own (/figures/<id>/, a place on /figures/ and in the lists):
 * only when it is reported more than once, by two sentences or two articles, or by someone named.
 * Every number in a text would otherwise make a page (one 2 MB file made 12,071 of them). Measures
 * stated once stay in their article's text and in /api/figures.json; so do bare shares (isBareShare).
 */
export function hasFigurePage(series: Series): boolean {
  if (isBareShare(series)) return false;
  if (series.points.some((p) => p.speaker)) return true;
  const first = series.points[0];
  return series.points.some((p) => p.article !== first.article || p.paragraph !== first.paragraph || p.sentence !== first.sentence);
}

/**
 * A share that says of nothing what it is a share of: the figures stage keys every "N%" and "N per
 * cent" alike ("per cent"), so its series gathers the shares of unrelated things ("80% of the
 * participants", "a 64% increase in email revenue") and a page, a chart or a briefing's "Per cent: 80
 * …, then 64 …" would tell of a change in one measure that no report made. Each share stays in its
 * article's text and in /api/figures.json.
 */
export const isBareShare = (series: Pick<Series, 'label' | 'unit'>): boolean => series.unit === 'per cent' && series.label === 'per cent';

/** Dated points, oldest first (undated points keep their place at the end). */
export function pointsInOrder(series: Series): FigurePoint[] {
  return [...series.points].sort((a, b) => (a.date ?? '9999') < (b.date ?? '9999') ? -1 : (a.date ?? '9999') > (b.date ?? '9999') ? 1 : a.article < b.article ? -1 : 1);
}

/**
 * A point's date as its report is dated, for ArticleDate.astro: the day a figure was stated is its
 * report's date, so it is no more precise than that date and reads "updated …" when the report's page
 * gave only the day it was last updated.
 */
export const pointDating = (p: FigurePoint, report: Pick<Article, 'datePrecision' | 'dateSource'> | undefined) =>
  ({ date: p.date, datePrecision: report?.datePrecision ?? 'day', dateSource: report?.dateSource ?? null });

/** A dated point's date in words as its report is dated: "4 June 2021", "updated 9 June 2021" (pointDating). */
export const pointDateWords = (p: FigurePoint & { date: string }, report: Pick<Article, 'datePrecision' | 'dateSource'> | undefined) =>
  articleDateWords(pointDating(p, report))!;

/**
 * When a dated point was stated, to follow its value in a sentence: "on 4 June 2021", "in June 2021",
 * or "in a report updated 9 June 2021" when its report's page gave only its update.
 */
export function pointWhen(p: FigurePoint & { date: string }, report: Pick<Article, 'datePrecision' | 'dateSource'> | undefined): string {
  return `${pointWhenWord(report)} ${articleDateWords(pointDating(p, report))}`;
}

/** The words before a point's date in a sentence (pointWhen): "in a report" before "updated …", else "on" a day, "in" a month or a year. */
export function pointWhenWord(report: Pick<Article, 'datePrecision' | 'dateSource'> | undefined): string {
  if (updatedWord(report ?? {})) return 'in a report';
  return (report?.datePrecision ?? 'day') === 'day' ? 'on' : 'in';
}

/** A series "changed" when two of its points differ in value or in how the value was qualified. */
export function hasChanged(series: Series): boolean {
  const pts = series.points;
  return pts.some((p) => p.value !== pts[0].value || p.upper !== pts[0].upper || p.qualifier !== pts[0].qualifier);
}

/**
 * Whether a series changed over time, as a briefing's "A (day), then B (day)" tells: its values differ
 * and were stated on two days at least. Values of one day (a list of firms' staff in one report, "over
 * 130" and "more than 700" employees) are things counted side by side, not one that changed; so are
 * values in two units of one measure.
 */
export function changedOverTime(series: Series): boolean {
  return new Set(series.points.map((p) => p.date).filter(Boolean)).size >= 2 && hasChanged(series) && oneUnit(series.points);
}

/**
 * Whether the statements count in one unit: "160 countries" and "170 countries and regions", "3 million
 * yuan" and "2 billion yuan" are two things, not one that changed. A series groups wordings of one
 * measure, so the unit is its head word (the last: "cooperation agreements" and "inter-governmental
 * agreements" count agreements) with any word of scale before it.
 */
export const oneUnit = (points: Pick<FigurePoint, 'unit'>[]) => points.every((p) => unitKey(p.unit) === unitKey(points[0].unit));
const SCALE = /^(?:hundred|thousand|million|billion|trillion|bn|mn|k)$/;
function unitKey(unit: string): string {
  const words = unit.toLowerCase().split(/\s+/).filter(Boolean);
  return [...words.filter((w) => SCALE.test(w)), words.at(-1) ?? ''].join(' ');
}

/** On how many days a series' values were stated: they can tell of a change over time from two on. */
const daysStatedMemo = new WeakMap<Series, number>();
/** Counted once per series, not on each of a sort's comparisons (overDaysFirst runs some n log n times over every series). */
function daysStated(series: Series): number {
  let days = daysStatedMemo.get(series);
  if (days === undefined) {
    days = new Set(series.points.map((p) => p.date).filter(Boolean)).size;
    daysStatedMemo.set(series, days);
  }
  return days;
}

/**
 * Series stated on two days or more first, then by most points, then by label. Values of one day are
 * things counted side by side (a report's list of a hundred boxers' knockouts), however many: they
 * come after a measure stated twice, as figure-change.ts says over their chart ("not a change").
 */
export function overDaysFirst(a: Series, b: Series): number {
  return Number(daysStated(b) >= 2) - Number(daysStated(a) >= 2) || b.points.length - a.points.length || (a.label < b.label ? -1 : 1);
}

/** The home page's headline figures: the first `count` series with a value, those that can show change first (overDaysFirst). */
export const headlineSeries = (all: Series[], count: number): Series[] => all.filter((s) => s.points.length > 0).sort(overDaysFirst).slice(0, count);

/**
 * What a series' latest value "was" before (a headline figure's "was 161 on 27 October 2020"): its first
 * value, when that was stated on an earlier day than the latest. Null for values of one day (a list in
 * one report), and when the latest is undated (no later than anything).
 */
export function earlierStatement(series: Series): FigurePoint | null {
  const points = pointsInOrder(series);
  const first = points[0];
  const last = points[points.length - 1];
  return first && last && first.date && last.date && first.date < last.date ? first : null;
}

/** "more than 160", "114", "10 to 20". */
export const valueWords = (p: FigurePoint) =>
  `${p.qualifier ? `${p.qualifier} ` : ''}${formatNumber(p.value)}${p.upper !== null && p.upper !== undefined ? ` to ${formatNumber(p.upper)}` : ''}`;

/** Points whose sentence is one where the topic was found (same paragraph of the same article); most stated series first. */
export function seriesForTopic(all: Series[], topic: TopicView): { series: Series; points: FigurePoint[] }[] {
  const paragraphs = new Set(topic.excerpts.map((x) => `${x.article}#${x.paragraph}`));
  return all
    .map((series) => ({ series, points: pointsInOrder(series).filter((p) => paragraphs.has(`${p.article}#${p.paragraph}`)) }))
    .filter((s) => s.points.length > 0)
    .sort((a, b) => b.points.length - a.points.length || (a.series.label < b.series.label ? -1 : 1));
}

/** The year a statement belongs to on a series' per-year pages: `2021`, or `undated`. */
export const yearOfPoint = (date: string | null) => (date ? yearOf(date) : 'undated');

/**
 * The figures index in pages (src/lib/data/paging.ts): series that can show change first (two dated
 * values or more: those of two days or more, then those of one day, most points first: overDaysFirst),
 * then the single statements, each page holding at most
 * FIGURE_INDEX_SERIES measures of which at most FIGURE_INDEX_CHARTS are drawn as charts.
 */
export function figureIndexPages(all: Series[]): { pages: { series: Series; multi: boolean }[][]; multi: number } {
  const ordered = [...all].sort(overDaysFirst)
    .map((series) => ({ series, multi: series.points.filter((p) => p.date).length >= 2 }));
  const inOrder = [...ordered.filter((s) => s.multi), ...ordered.filter((s) => !s.multi)];
  return {
    pages: pagesByWeight(inOrder, FIGURE_INDEX_SERIES, FIGURE_INDEX_CHARTS, (s) => s.multi),
    multi: inOrder.filter((s) => s.multi).length,
  };
}
