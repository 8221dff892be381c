/**
 * What a briefing is about: everything, one topic, or one year. A scope narrows the site's data to its
 * subject (its reports, events, topic excerpts, figure statements and quotes) and hands the same shape
 * back, so that one model (briefing.ts) and one component tree (Briefing.astro) make every briefing.
 */
import type { Article, EventView, SiteData, TopicView } from '../data/site-data';
import { seriesForTopic } from '../data/figures';
import { yearOf } from '../text/dates';
import { href } from '../urls/url';
import { eventRange } from '../data/event-range';

export type BriefingScope = { kind: 'all' } | { kind: 'topic'; topic: TopicView } | { kind: 'year'; year: string };

export interface BriefingSubject {
  scope: BriefingScope;
  /** File and page name: `all`, a topic slug, a year. The PDF is `briefings/<name>.pdf`. */
  name: string;
}

/** Every briefing the site prints: everything, each topic, each year with dated reports. */
export function briefingSubjects(data: SiteData): BriefingSubject[] {
  const years = [...new Set(data.events.map((e) => yearOf(e.date!)))].sort();
  return [
    { scope: { kind: 'all' }, name: 'all' },
    ...data.topics.map((topic) => ({ scope: { kind: 'topic' as const, topic }, name: topic.slug })),
    ...years.map((year) => ({ scope: { kind: 'year' as const, year }, name: year })),
  ];
}

/** `/briefing/`, `/briefing/iter/`, `/briefing/2020/`. */
export const briefingPageHref = (name = 'all') => href(name === 'all' ? '/briefing/' : `/briefing/${name}/`);
/** `/briefings/iter.pdf`: where the build writes the printed briefing. */
export const briefingPdfHref = (name: string) => href(`/briefings/${name}.pdf`);

/**
 * The site's data seen from inside the scope: lookups (articleBySlug, topicBySlug …) stay whole, since
 * a cited report is looked up by slug; the lists a briefing summarises hold only the scope's part.
 */
export function scopeData(data: SiteData, scope: BriefingScope): SiteData {
  if (scope.kind === 'all') return data;
  const inScope: (a: Article) => boolean =
    scope.kind === 'topic'
      ? ((slugs) => (a: Article) => slugs.has(a.slug))(new Set(scope.topic.articles.map((a) => a.slug)))
      : (a: Article) => a.date !== null && yearOf(a.date) === scope.year;
  const articles = data.articles.filter(inScope);
  const slugs = new Set(articles.map((a) => a.slug));
  const has = (slug: string) => slugs.has(slug);
  const inEvent = (e: EventView) => e.articles.some(inScope);
  const events =
    scope.kind === 'topic'
      ? data.events.filter((e) => e.topics.includes(scope.topic.slug))
      : data.events.filter((e) => yearOf(e.date!) === scope.year);

  const topics: TopicView[] =
    scope.kind === 'topic'
      ? [scope.topic]
      : data.topics
          .map((t) => ({ ...t, articles: t.articles.filter(inScope), excerpts: t.excerpts.filter((x) => has(x.article)) }))
          .filter((t) => t.articles.length > 0);

  // A topic's figures are the statements made in the paragraphs that name it; a year's, those of its reports.
  const series =
    scope.kind === 'topic'
      ? seriesForTopic(data.series, scope.topic).map(({ series, points }) => ({ ...series, points }))
      : data.series.map((s) => ({ ...s, points: s.points.filter((p) => has(p.article)) })).filter((s) => s.points.length > 0);

  const people = data.people
    .map((p) => ({ ...p, articles: p.articles.filter(has), quotes: p.quotes.filter((q) => has(q.article)) }))
    .filter((p) => p.articles.length > 0);

  const outlets = [...new Set(articles.map((a) => a.outlet).filter((o): o is string => !!o))].sort();
  const range = eventRange(events);
  return {
    ...data,
    articles,
    events,
    undatedEvents: data.undatedEvents.filter(inEvent),
    topics,
    people,
    series,
    mentionGroups: [],
    outlets,
    range,
  };
}
