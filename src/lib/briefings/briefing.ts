/**
 * What the printable briefing says, chosen from the data and numbered for citation. Building the whole
 * model first, in reading order, lets citation numbers follow the order a reader meets them.
 */
import type { Article, EventView, FigurePoint, Person, Series, SiteData, TopicView, Excerpt } from '../data/site-data';
import { pickExcerpts } from '../text/excerpts';
import { changedOverTime, pointsInOrder } from '../data/figures';
import { passagesOf, quoteCounts, sentencesOf, type Passage, type QuoteKind } from '../data/quotes';
import { sampleQuote, type SampleQuote } from './sample-quote';

/** Hands out source numbers in order of first citation. */
export class Citations {
  private numbers = new Map<string, number>();
  private order: string[] = [];
  cite(slug: string): number {
    let n = this.numbers.get(slug);
    if (n === undefined) {
      n = this.order.push(slug);
      this.numbers.set(slug, n);
    }
    return n;
  }
  get slugs(): readonly string[] { return this.order; }
}

import { BRIEFING_LIMITS } from './briefing-limits';
import { isRangeEnd } from '../data/event-range';
export { BRIEFING_LIMITS };

export interface BriefingModel {
  ends: { first: { event: EventView; cite: number }; last: { event: EventView; cite: number } } | null;
  events: { event: EventView; cites: number[]; more: number }[];
  eventsTotal: number;
  topics: { topic: TopicView; events: number; facts: { excerpt: Excerpt; cite: number }[] }[];
  figures: { series: Series; first: FigurePoint; last: FigurePoint; cites: [number, number] }[];
  /**
   * Quotes as a reader counts them (src/lib/data/quotes.ts), with a sample of the latest one, direct if there
   * is one, from its first sentence of substance (src/lib/briefings/sample-quote.ts).
   */
  people: { person: Person; quotes: ReturnType<typeof quoteCounts>; quote: { kind: QuoteKind; sample: SampleQuote; article: string } | null; cite: number | null }[];
  peopleTotal: number;
  sources: Article[];
}

export interface BriefingOptions {
  /** Excerpts shown per topic: more when the briefing is about one topic. */
  excerptsPerTopic?: number;
}

/** `data` is the site's data, or one scope's view of it (briefing-scope.ts). */
export function buildBriefing(data: SiteData, options: BriefingOptions = {}): BriefingModel {
  const c = new Citations();

  // The summary names the first and the last event of the whole record, citing their lead report: the ends
  // of its range (event-range.ts), so events dated by their news day, never a bound (a report's last update).
  const dated = data.events.filter(isRangeEnd);
  const ends = [dated[0], dated[dated.length - 1]]
    .filter((e): e is EventView => e !== undefined)
    .map((event) => ({ event, cite: c.cite(event.articles[0].slug) }));

  // Timeline: the most reported events (latest first on ties), then shown in order of time.
  const chosen = [...data.events]
    .sort((a, b) => b.articles.length - a.articles.length || (a.date! < b.date! ? 1 : a.date! > b.date! ? -1 : a.id < b.id ? -1 : 1))
    .slice(0, BRIEFING_LIMITS.events)
    .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.id < b.id ? -1 : 1));
  // Up to three reports per event are cited (the most trusted first): enough to check, short enough to print.
  const events = chosen.map((event) => ({
    event,
    cites: event.articles.slice(0, BRIEFING_LIMITS.citesPerEvent).map((a) => c.cite(a.slug)),
    more: Math.max(0, event.articles.length - BRIEFING_LIMITS.citesPerEvent),
  }));

  const topics = data.topics.map((topic) => ({
    topic,
    events: data.events.filter((e) => e.topics.includes(topic.slug)).length,
    facts: pickExcerpts(topic.excerpts, data, options.excerptsPerTopic ?? BRIEFING_LIMITS.excerptsPerTopic).map((excerpt) => ({ excerpt, cite: c.cite(excerpt.article) })),
  }));

  const figures = data.series
    .filter(changedOverTime)
    .sort((a, b) => b.points.length - a.points.length || (a.label < b.label ? -1 : 1))
    .slice(0, BRIEFING_LIMITS.figures)
    .map((series) => {
      const pts = pointsInOrder(series).filter((p) => p.date);
      const first = pts[0];
      const last = pts[pts.length - 1];
      return { series, first, last, cites: [c.cite(first.article), c.cite(last.article)] as [number, number] };
    });

  const latestFirst = (a: Passage, b: Passage) =>
    (a.date ?? '') < (b.date ?? '') ? 1 : (a.date ?? '') > (b.date ?? '') ? -1 : a.article < b.article ? -1 : a.article > b.article ? 1 : 0;
  const speakers = data.people
    .map((person) => ({ person, passages: passagesOf(person, data) }))
    .map((p) => ({ ...p, counts: quoteCounts(p.passages) }))
    .filter((p) => p.passages.length > 0)
    .sort((a, b) => b.counts.total - a.counts.total || b.person.articles.length - a.person.articles.length || (a.person.name < b.person.name ? -1 : 1));
  const people = speakers.slice(0, BRIEFING_LIMITS.people).map(({ person, passages, counts }) => {
    // The latest quote, in the speaker's own words when there are any: what the person says now.
    const newest = [...passages].sort(latestFirst);
    const passage = newest.find((p) => p.kinds.includes('direct')) ?? newest[0];
    if (!passage) return { person, quotes: counts, quote: null, cite: null };
    const kind: QuoteKind = passage.kinds.includes('direct') ? 'direct' : 'reported';
    const sample = sampleQuote(sentencesOf(passage, kind), data.articleBySlug.get(passage.article)?.lang);
    return { person, quotes: counts, quote: { kind, sample, article: passage.article }, cite: c.cite(passage.article) };
  });

  return {
    ends: ends.length === 2 ? { first: ends[0], last: ends[1] } : null,
    events,
    eventsTotal: data.events.length,
    topics,
    figures,
    people,
    peopleTotal: speakers.length,
    sources: c.slugs.map((s) => data.articleBySlug.get(s)!),
  };
}
