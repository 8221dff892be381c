/**
 * A person's reports by year, for people named in more reports than their page lists
 * (/people/<slug>/<year>/): the years newest first, undated last.
 */
import type { Article } from './site-data';

export const yearOfArticle = (a: Pick<Article, 'date'>) => a.date?.slice(0, 4) ?? 'undated';

export function reportYears(articles: Pick<Article, 'date'>[]): { year: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(yearOfArticle(a), (counts.get(yearOfArticle(a)) ?? 0) + 1);
  return [...counts].map(([year, count]) => ({ year, count })).sort((a, b) => (a.year === 'undated' ? 1 : b.year === 'undated' ? -1 : b.year.localeCompare(a.year)));
}
