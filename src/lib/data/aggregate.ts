/**
 * Groups the per-article lines of content/data/facts/*.jsonl into what pages read: each topic's
 * excerpts, each person's roles and quotes, each figure series' points, and every mentioned date.
 * Pure and order-independent: the result depends on the set of lines, never on the order they came in
 * (articles are walked by date, then slug, as everywhere on the site).
 */
import type { ArticleFacts, FiguresFile, MentionsFile, PeopleFile, TopicsFile } from '../../schema';

export type Excerpt = TopicsFile['topics'][number]['excerpts'][number];

export interface Aggregated {
  excerpts: Map<string, Excerpt[]>; // by topic slug
  people: PeopleFile['people'];
  series: FiguresFile['series'];
  mentions: MentionsFile['mentions'];
}

const byDateThenArticle = (a: ArticleFacts, b: ArticleFacts) =>
  (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.article.localeCompare(b.article);

export function aggregateFacts(lines: ArticleFacts[]): Aggregated {
  const facts = [...lines].sort(byDateThenArticle);
  return { excerpts: groupExcerpts(facts), people: groupPeople(facts), series: groupSeries(facts), mentions: listMentions(facts) };
}

function groupExcerpts(facts: ArticleFacts[]): Aggregated['excerpts'] {
  const byTopic = new Map<string, Excerpt[]>();
  for (const f of facts) {
    for (const e of f.excerpts) {
      const list = byTopic.get(e.topic) ?? byTopic.set(e.topic, []).get(e.topic)!;
      list.push({ article: f.article, paragraph: e.paragraph, sentence: e.sentence, match: e.match });
    }
  }
  return byTopic;
}

/** Most-quoted first; a role is listed once however it is capitalised. */
function groupPeople(facts: ArticleFacts[]): PeopleFile['people'] {
  const people = new Map<string, PeopleFile['people'][number]>();
  for (const f of facts) {
    for (const p of f.people) {
      const entry = people.get(p.slug) ?? people.set(p.slug, { slug: p.slug, name: p.name, roles: [], articles: [], quotes: [] }).get(p.slug)!;
      if (p.role && !entry.roles.some((r) => r.toLowerCase() === p.role!.toLowerCase())) entry.roles.push(p.role);
      entry.articles.push(f.article);
      for (const q of f.quotes) {
        if (q.person === p.slug) entry.quotes.push({ article: f.article, paragraph: q.paragraph, sentence: q.sentence, date: f.date, ...(q.kind && { kind: q.kind }) });
      }
    }
  }
  return [...people.values()].sort((x, y) => y.articles.length - x.articles.length || x.slug.localeCompare(y.slug));
}

/** Longest series first; points oldest first. */
function groupSeries(facts: ArticleFacts[]): FiguresFile['series'] {
  const series = new Map<string, FiguresFile['series'][number]>();
  for (const f of facts) {
    for (const p of f.figures) {
      const entry = series.get(p.series) ?? series.set(p.series, { id: p.series, label: p.label, unit: p.unit, points: [] }).get(p.series)!;
      entry.points.push({
        article: f.article, paragraph: p.paragraph, sentence: p.sentence, value: p.value, upper: p.upper,
        qualifier: p.qualifier, text: p.text, unit: p.unit, date: f.date, speaker: p.speaker,
      });
    }
  }
  return [...series.values()].sort((x, y) => y.points.length - x.points.length || x.id.localeCompare(y.id));
}

function listMentions(facts: ArticleFacts[]): MentionsFile['mentions'] {
  const mentions = facts.flatMap((f) => f.mentions.map((m) => ({ article: f.article, ...m })));
  return mentions.sort(
    (a, b) => a.date.localeCompare(b.date) || a.article.localeCompare(b.article) || a.paragraph.localeCompare(b.paragraph, 'en', { numeric: true }),
  );
}
