/**
 * The sentence over a series' chart on the figures index, saying what the data says: any two values
 * were "changed over 2 statements", also two firms' staff counted side by side in one report, or a
 * count of countries beside one of countries and regions.
 *
 *   160 on 4 June 2021, 170 on 9 May 2023        → "From 160 on 4 June 2021 to 170 on 9 May 2023."
 *   three or more values over several days       → "Changed over 3 statements, from 160 on … to 180 on …."
 *   different values, all of one day             → "2 values stated on one day, side by side: not a change."
 *   different units ("countries", "countries and regions": figures.ts oneUnit) → "2 statements in different units (…): not a change."
 *   one value each time                          → "Unchanged over 2 statements."
 */
import type { FigurePoint, Series } from './site-data';
import { hasChanged, oneUnit, valueWords } from './figures';
import { plural } from '../text/labels';

/** `points` in order of time (pointsInOrder); `when` says when a dated one was stated ("on 4 June 2021", pointWhen). */
export function seriesChangeWords(series: Series, points: FigurePoint[], when: (p: FigurePoint & { date: string }) => string): string {
  if (!oneUnit(points)) return `${plural(points.length, 'statement')} in different units (${[...new Set(points.map((p) => p.unit))].join('; ')}): not a change.`;
  if (!hasChanged(series)) return `Unchanged over ${plural(points.length, 'statement')}.`;
  const dated = points.filter((p): p is FigurePoint & { date: string } => p.date !== null);
  if (new Set(dated.map((p) => p.date)).size < 2) return `${plural(points.length, 'value')} stated on one day, side by side: not a change.`;
  const first = dated[0];
  const last = dated[dated.length - 1];
  const from = `${valueWords(first)} ${when(first)}`;
  const to = valueWords(last) === valueWords(first) ? `${valueWords(last)} again ${when(last)}` : `${valueWords(last)} ${when(last)}`;
  return points.length === 2 ? `From ${from} to ${to}.` : `Changed over ${plural(points.length, 'statement')}, from ${from} to ${to}.`;
}
