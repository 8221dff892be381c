/**
 * What part of the corpus a page is about, from its path alone, for what every page states in the
 * same place (preview card, "Sources up to", dateModified) without each page passing it: a topic's
 * page, its timeline pages and embeds are the topic's; an article is its first topic's. The path is the
 * one inside the site, without the base path (`sitePathOf` in src/lib/urls/url.ts).
 */
import type { SiteData, TopicView } from '../data/site-data';
import type { Precision } from '../text/dates';

export function topicOfPath(sitePath: string, data: SiteData): TopicView | undefined {
  const [first, second, third] = sitePath.split('/').filter(Boolean);
  const slug =
    first === 'topics' || first === 'timeline' ? second
    : first === 'embed' ? third
    : first === 'articles' && second ? data.articleBySlug.get(second)?.topics[0]
    : undefined;
  return slug ? data.topicBySlug.get(slug) : undefined;
}

/**
 * The date of the newest dated source a page draws on: its topic's newest report on a topic's pages
 * and embeds, else the site's (an article page is one source in the site's collection), with the
 * precision it is known to ("Sources up to October 2020" for a report dated to its month only: never a
 * day no source gave). Of reports of the same date, the most precise. Null when nothing is dated.
 * Never the clock.
 */
export function newestSource(sitePath: string, data: SiteData): { date: string; precision: Precision } | null {
  const topic = sitePath.startsWith('/articles/') ? undefined : topicOfPath(sitePath, data);
  // Every page asks: one scan per scope and build, not one per page (10,000 pages × 10,000 articles).
  const known = newestByScope.get(data) ?? newestByScope.set(data, new Map()).get(data)!;
  const key = topic?.slug ?? '';
  if (!known.has(key)) {
    let newest: { date: string; precision: Precision } | null = null;
    for (const a of topic ? topic.articles : data.articles) {
      if (!a.date) continue;
      const precision = a.datePrecision ?? 'day';
      if (!newest || a.date > newest.date || (a.date === newest.date && FINER[precision] < FINER[newest.precision])) newest = { date: a.date, precision };
    }
    known.set(key, newest);
  }
  return known.get(key)!;
}

/** The newest source's date (newestSource) as its ISO day. */
export const newestSourceDate = (sitePath: string, data: SiteData): string | null => newestSource(sitePath, data)?.date ?? null;

const FINER: Record<Precision, number> = { day: 0, month: 1, year: 2 };
const newestByScope = new WeakMap<SiteData, Map<string, { date: string; precision: Precision } | null>>();
