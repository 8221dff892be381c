/** Choosing which quoted sentences a page shows when there are more than it can hold. */
import type { Excerpt, SiteData } from '../data/site-data';
import { newestFirst } from '../data/site-data';

/**
 * Up to `limit` excerpts, spread over as many articles as possible: newest article first, one sentence
 * from each, then a second round, and so on. Same sentence twice (several matches) is shown once.
 */
export function pickExcerpts(excerpts: Excerpt[], data: SiteData, limit: number): Excerpt[] {
  const seen = new Set<string>();
  const byArticle = new Map<string, Excerpt[]>();
  for (const x of excerpts) {
    const key = `${x.article}#${x.paragraph}#${x.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    byArticle.set(x.article, [...(byArticle.get(x.article) ?? []), x]);
  }
  const articles = [...byArticle.keys()]
    .map((s) => data.articleBySlug.get(s)!)
    .sort(newestFirst)
    .map((a) => byArticle.get(a.slug)!);
  const out: Excerpt[] = [];
  for (let round = 0; out.length < limit; round++) {
    let added = false;
    for (const list of articles) {
      if (list[round] && out.length < limit) { out.push(list[round]); added = true; }
    }
    if (!added) break;
  }
  return out;
}
