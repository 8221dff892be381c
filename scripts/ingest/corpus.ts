/**
 * The corpus stages, over all articles at once: slugs, events (and the dates they let us infer),
 * dates mentioned in the text, and the data files the site reads (content/data/*.json).
 */
import type { ArticleOut, ArticleRecord } from './types.ts';
import type { TopicMatcher } from './stages/topics.ts';
import { Report } from './report.ts';
import { clusterEvents, type EventOut } from './stages/events.ts';
import { findMentions, type MentionOut } from './stages/mentions.ts';
import { slugify } from './lib/text.ts';

export interface Corpus {
  articles: ArticleOut[];
  events: EventOut[];
  mentions: MentionOut[];
  topics: { slug: string; name: string; articles: string[]; excerpts: { article: string; paragraph: string; sentence: string; match: string }[] }[];
  people: { slug: string; name: string; roles: string[]; articles: string[]; quotes: { article: string; paragraph: string; sentence: string; date: string | null }[] }[];
  figures: { id: string; label: string; unit: string; points: FigurePoint[] }[];
}

interface FigurePoint {
  article: string;
  paragraph: string;
  sentence: string;
  value: number;
  upper: number | null;
  qualifier: string | null;
  text: string;
  date: string | null;
  speaker: string | null;
}

export function buildCorpus(records: ArticleRecord[], matchers: TopicMatcher[], reports: Map<string, Report>): Corpus {
  const sorted = [...records].sort((a, b) => a.seed.localeCompare(b.seed));
  const articles = assignSlugs(sorted);
  const events = clusterEvents(articles, reports);
  const mentions = articles.flatMap((a) => findMentions(a, reports.get(a.seed)!));
  articles.sort(byDateThenSlug);
  return {
    articles,
    events,
    mentions: mentions.sort((a, b) => a.date.localeCompare(b.date) || a.article.localeCompare(b.article) || a.paragraph.localeCompare(b.paragraph, 'en', { numeric: true })),
    topics: matchers.map((m) => ({
      slug: m.slug,
      name: m.name,
      articles: articles.filter((a) => a.topics.includes(m.slug)).map((a) => a.slug),
      excerpts: articles.flatMap((a) => a.excerpts.filter((e) => e.topic === m.slug).map((e) => ({ article: a.slug, paragraph: e.paragraph, sentence: e.sentence, match: e.match }))),
    })),
    people: collectPeople(articles),
    figures: collectFigures(articles),
  };
}

/**
 * Slugs from the article's own date and its title: an inferred date is left out, so that a new
 * sibling report never changes an existing URL. Clashes get a suffix from the seed's name, which
 * does not depend on which other seeds exist.
 */
function assignSlugs(records: ArticleRecord[]): ArticleOut[] {
  const out: ArticleOut[] = [];
  const taken = new Set<string>();
  for (const r of records) {
    const title = slugify(r.title) || 'article';
    let slug = r.date ? `${r.date.date}-${title}` : title;
    if (taken.has(slug)) slug += '-' + slugify(r.seed.replace(/\.[^.]*$/, ''), 3).slice(-12);
    taken.add(slug);
    out.push({ ...r, slug, event: null, datedFrom: null });
  }
  return out;
}

function byDateThenSlug(a: ArticleOut, b: ArticleOut): number {
  return (a.date?.date ?? '9999').localeCompare(b.date?.date ?? '9999') || a.slug.localeCompare(b.slug);
}

function collectPeople(articles: ArticleOut[]): Corpus['people'] {
  const people = new Map<string, Corpus['people'][number]>();
  for (const a of articles) {
    for (const p of a.people) {
      const entry = people.get(p.slug) ?? people.set(p.slug, { slug: p.slug, name: p.name, roles: [], articles: [], quotes: [] }).get(p.slug)!;
      if (p.role && !entry.roles.some((r) => r.toLowerCase() === p.role!.toLowerCase())) entry.roles.push(p.role);
      entry.articles.push(a.slug);
      for (const q of a.quotes.filter((q) => q.person === p.slug)) {
        entry.quotes.push({ article: a.slug, paragraph: q.paragraph, sentence: q.sentence, date: a.date?.date ?? null });
      }
    }
  }
  return [...people.values()].sort((x, y) => y.articles.length - x.articles.length || x.slug.localeCompare(y.slug));
}

function collectFigures(articles: ArticleOut[]): Corpus['figures'] {
  const series = new Map<string, Corpus['figures'][number]>();
  for (const a of articles) {
    for (const f of a.figures) {
      const id = slugify(f.key.replace('|', ' '), 10);
      const entry = series.get(id) ?? series.set(id, { id, label: f.label, unit: f.unit, points: [] }).get(id)!;
      entry.points.push({
        article: a.slug,
        paragraph: f.paragraph,
        sentence: f.sentence,
        value: f.value,
        upper: f.upper,
        qualifier: f.qualifier,
        text: f.text,
        date: a.date?.date ?? null,
        speaker: f.speaker,
      });
    }
  }
  for (const s of series.values()) s.points.sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999') || x.article.localeCompare(y.article));
  return [...series.values()].sort((x, y) => y.points.length - x.points.length || x.id.localeCompare(y.id));
}
