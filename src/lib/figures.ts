/** Helpers over figures.json series: which changed, which concern a topic, how to say a value. */
import type { Series, FigurePoint, TopicView } from './site-data';
import { formatNumber } from './labels';

/** Dated points, oldest first (undated points keep their place at the end). */
export function pointsInOrder(series: Series): FigurePoint[] {
  return [...series.points].sort((a, b) => (a.date ?? '9999') < (b.date ?? '9999') ? -1 : (a.date ?? '9999') > (b.date ?? '9999') ? 1 : a.article < b.article ? -1 : 1);
}

/** A series "changed" when two of its points differ in value or in how the value was qualified. */
export function hasChanged(series: Series): boolean {
  const pts = series.points;
  return pts.some((p) => p.value !== pts[0].value || p.upper !== pts[0].upper || p.qualifier !== pts[0].qualifier);
}

/** "more than 160", "114", "10 to 20". */
export const valueWords = (p: FigurePoint) =>
  `${p.qualifier ? `${p.qualifier} ` : ''}${formatNumber(p.value)}${p.upper !== null && p.upper !== undefined ? ` to ${formatNumber(p.upper)}` : ''}`;

/** Points whose sentence is one where the topic was found (same paragraph of the same article). */
export function seriesForTopic(all: Series[], topic: TopicView): { series: Series; points: FigurePoint[] }[] {
  const paragraphs = new Set(topic.excerpts.map((x) => `${x.article}#${x.paragraph}`));
  return all
    .map((series) => ({ series, points: pointsInOrder(series).filter((p) => paragraphs.has(`${p.article}#${p.paragraph}`)) }))
    .filter((s) => s.points.length > 0);
}
