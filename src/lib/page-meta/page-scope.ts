/**
 * What part of the corpus a page is about, from its path alone, for what every page states in the
 * same place (preview card, "Sources up to", dateModified) without each page passing it: a topic's
 * page, its timeline pages and embeds are the topic's; an article is its first topic's.
 */
import type { SiteData, TopicView } from '../data/site-data';

/** The path inside the site: `/sub/topics/iter/` → `/topics/iter/` under BASE_PATH=/sub/. */
export function sitePathOf(pathname: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

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
 * and embeds, else the site's (an article page is one source in the site's collection). Null when
 * nothing is dated. Never the clock.
 */
export function newestSourceDate(sitePath: string, data: SiteData): string | null {
  const topic = sitePath.startsWith('/articles/') ? undefined : topicOfPath(sitePath, data);
  // Every page asks: one scan per scope and build, not one per page (10,000 pages × 10,000 articles).
  const known = newestByScope.get(data) ?? newestByScope.set(data, new Map()).get(data)!;
  const key = topic?.slug ?? '';
  if (!known.has(key)) {
    let newest: string | null = null;
    for (const a of topic ? topic.articles : data.articles) if (a.date && (!newest || a.date > newest)) newest = a.date;
    known.set(key, newest);
  }
  return known.get(key)!;
}

const newestByScope = new WeakMap<SiteData, Map<string, string | null>>();
