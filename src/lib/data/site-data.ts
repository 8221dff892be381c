/**
 * The site's view of the corpus: the articles collection joined with content/data/*.json, indexed once
 * per build so that every page does lookups, not scans (the same code must carry 10,000 articles).
 * Everything here is sorted by stable keys (date, then id), never by file or insertion order.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ArticleFrontmatter, FiguresFile, MentionsFile, PeopleFile, TimelineEvent, TopicsFile } from '../../schema';
import { loadEvents, loadFigures, loadMentions, loadMovedArticles, loadPeople, loadSkipped, loadTopicsData } from './data';
import type { Precision } from '../text/dates';
import { hasFigurePage } from './figures';
import { eventRange, type EventRange } from './event-range';

export type Article = ArticleFrontmatter;
export type ArticleEntry = CollectionEntry<'articles'>;
export type TopicEntry = CollectionEntry<'topics'>;
export type Person = PeopleFile['people'][number];
export type Series = FiguresFile['series'][number];
export type FigurePoint = Series['points'][number];
export type Mention = MentionsFile['mentions'][number];
export type Excerpt = TopicsFile['topics'][number]['excerpts'][number];

/** An occasion on the timeline with its reports resolved. */
export interface EventView {
  id: string;
  date: string | null;
  datePrecision: Precision | null;
  title: string;
  topics: string[];
  speakers: string[];
  /** Reports, most trusted date first (the ingest's order). */
  articles: Article[];
  /** True when the ingest put the article in no event; the article then stands for itself. */
  standalone: boolean;
  /** False when the ingest flagged the date as implausible (a placeholder stamp): outside the chart's range. */
  plausible?: false;
  /**
   * Present when the date is no news day but the day a report was last updated (the only day its reports
   * give): the event happened then or before, and the site says "by 9 June 2021" (EventDate.astro).
   */
  dateBound?: 'on-or-before';
}

export interface TopicView {
  slug: string;
  name: string;
  fullName: string;
  /** 0-based position in the topics' `order`: picks the topic's colour and shape. */
  index: number;
  entry: TopicEntry;
  /** Newest first; undated last. */
  articles: Article[];
  excerpts: Excerpt[];
}

/** Dates mentioned in the text, grouped when several sentences name the same date. */
export interface MentionGroup {
  key: string;
  date: string;
  datePrecision: Precision;
  mentions: Mention[];
}

export interface SiteData {
  articles: Article[]; // oldest first, undated last
  articleBySlug: Map<string, Article>;
  entryBySlug: Map<string, ArticleEntry>;
  events: EventView[]; // dated, oldest first
  undatedEvents: EventView[];
  eventById: Map<string, EventView>;
  eventOfArticle: Map<string, EventView>;
  topics: TopicView[];
  topicBySlug: Map<string, TopicView>;
  people: Person[]; // by name
  personBySlug: Map<string, Person>;
  /** Measures with pages of their own (see hasFigurePage); all of them are in /api/figures.json. */
  series: Series[];
  /** How many measures were stated only once, by no one named: not listed on the site's pages. */
  unlistedSeries: number;
  mentionGroups: MentionGroup[]; // oldest first
  outlets: string[];
  skipped: number;
  /** The span of the dated events: the first and last news day, the bounded events apart (event-range.ts). */
  range: EventRange;
  /** Published article slugs whose article is at another slug now: their old addresses redirect (src/lib/urls/redirects.ts). */
  movedArticles: { from: string; to: string }[];
}

const byDateThenKey = <T>(date: (t: T) => string | null, key: (t: T) => string) => (a: T, b: T) => {
  const da = date(a) ?? '9999-99-99';
  const db = date(b) ?? '9999-99-99';
  return da < db ? -1 : da > db ? 1 : key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
};
export const articleOrder = byDateThenKey<Article>((a) => a.date, (a) => a.slug);
export const newestFirst = (a: Article, b: Article) => {
  if (a.date === b.date) return a.slug < b.slug ? -1 : 1;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? 1 : -1;
};

let cached: Promise<SiteData> | undefined;

/** The joined corpus; built on first call and shared by every page of the build. */
export function getSiteData(): Promise<SiteData> {
  cached ??= build();
  return cached;
}

async function build(): Promise<SiteData> {
  const entries = await getCollection('articles');
  const entryBySlug = new Map(entries.map((e) => [e.data.slug, e]));
  const articles = entries.map((e) => e.data).sort(articleOrder);
  const articleBySlug = new Map(articles.map((a) => [a.slug, a]));

  const toView = (e: TimelineEvent): EventView => ({
    id: e.id,
    date: e.date,
    datePrecision: e.datePrecision,
    title: e.title,
    topics: e.topics,
    speakers: e.speakers,
    articles: e.articles.map((s) => articleBySlug.get(s)).filter((a): a is Article => a !== undefined),
    standalone: false,
    ...(e.plausible === false ? { plausible: false as const } : {}),
    ...(e.dateBound ? { dateBound: e.dateBound } : {}),
  });
  const allEvents = loadEvents().map(toView).filter((e) => e.articles.length > 0);
  const eventOfArticle = new Map<string, EventView>();
  for (const e of allEvents) for (const a of e.articles) eventOfArticle.set(a.slug, e);
  for (const a of articles) {
    if (eventOfArticle.has(a.slug)) continue;
    const own: EventView = {
      id: a.slug, date: a.date, datePrecision: a.datePrecision, title: a.title, topics: a.topics,
      speakers: a.people.map((p) => p.slug), articles: [a], standalone: true,
      // An article standing for itself is dated as it is: by its update, a bound, like an event's.
      ...(a.date && a.dateSource === 'update' ? { dateBound: 'on-or-before' as const } : {}),
    };
    allEvents.push(own);
    eventOfArticle.set(a.slug, own);
  }
  allEvents.sort(byDateThenKey((e) => e.date, (e) => e.id));
  const events = allEvents.filter((e) => e.date !== null);
  const undatedEvents = allEvents.filter((e) => e.date === null);

  const topicEntries = (await getCollection('topics')).sort((a, b) => a.data.order - b.data.order);
  const topicData = new Map(loadTopicsData().map((t) => [t.slug, t]));
  const topics: TopicView[] = topicEntries.map((entry, index) => {
    const d = topicData.get(entry.data.slug);
    return {
      slug: entry.data.slug,
      name: entry.data.name,
      fullName: entry.data.fullName,
      index,
      entry,
      articles: (d?.articles ?? []).map((s) => articleBySlug.get(s)).filter((a): a is Article => !!a).sort(newestFirst),
      excerpts: (d?.excerpts ?? []).filter((x) => articleBySlug.has(x.article)),
    };
  });

  const people = [...loadPeople()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.slug < b.slug ? -1 : 1));

  const groups = new Map<string, MentionGroup>();
  for (const m of loadMentions()) {
    if (!articleBySlug.has(m.article)) continue;
    const key = `${m.datePrecision}-${m.date}`;
    const g = groups.get(key) ?? { key, date: m.date, datePrecision: m.datePrecision, mentions: [] };
    g.mentions.push(m);
    groups.set(key, g);
  }
  const mentionGroups = [...groups.values()].sort(byDateThenKey((g) => g.date, (g) => g.key));
  for (const g of mentionGroups) g.mentions.sort(byDateThenKey((m) => articleBySlug.get(m.article)?.date ?? null, (m) => `${m.article}#${m.paragraph}`));

  const allSeries = loadFigures();
  const listedSeries = allSeries.filter(hasFigurePage);
  const outlets = [...new Set(articles.map((a) => a.outlet).filter((o): o is string => !!o))].sort();
  const range = eventRange(events);

  return {
    articles, articleBySlug, entryBySlug, events, undatedEvents,
    eventById: new Map(allEvents.map((e) => [e.id, e])), eventOfArticle,
    topics, topicBySlug: new Map(topics.map((t) => [t.slug, t])),
    people, personBySlug: new Map(people.map((p) => [p.slug, p])),
    series: listedSeries, unlistedSeries: allSeries.length - listedSeries.length, mentionGroups, outlets, skipped: loadSkipped().length, range,
    movedArticles: loadMovedArticles(),
  };
}
