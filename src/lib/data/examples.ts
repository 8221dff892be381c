/**
 * Examples for the explanatory copy, taken from the data rather than written in: the pages then never
 * quote words that the current collection does not contain. Each returns [] when the data has none.
 */
import type { SiteData } from './site-data';

const distinct = (values: string[], n: number) => [...new Set(values.map((v) => v.trim()).filter(Boolean))].slice(0, n);

/** Words that named a mentioned date ("on Thursday", "In 2022"), one per precision where possible. */
export function mentionExamples(data: SiteData, n = 2): string[] {
  const byPrecision = ['day', 'year', 'month'].map((p) => data.mentionGroups.find((g) => g.datePrecision === p)?.mentions[0]?.text ?? '');
  return distinct([...byPrecision, ...data.mentionGroups.map((g) => g.mentions[0].text)], n);
}

/** A dateline as it appears in a report, if any report was dated by one (up to its "--", without the ingest's notes). */
export const datelineExample = (data: SiteData): string[] =>
  distinct(data.articles.filter((a) => a.dateSource === 'dateline' && a.dateEvidence).map((a) => /^.*?--/.exec(a.dateEvidence!)?.[0] ?? a.dateEvidence!), 1);

/** A figure said with a qualifier ("more than …"), as written. */
export const qualifiedFigureExample = (data: SiteData): string[] =>
  distinct(data.series.flatMap((s) => s.points.filter((p) => p.qualifier).map((p) => p.text)), 1);

/** Roles as the reports word them: the shortest, which read best as examples. */
export const roleExamples = (data: SiteData, n = 2): string[] =>
  distinct([...data.people.flatMap((p) => p.roles)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1)), n);

/** Phrases that look like a topic but are not it, from the topic definitions: [phrase, topic name]. */
export const notTopicExamples = (data: SiteData, n = 2): [string, string][] =>
  data.topics.flatMap((t) => (t.entry.data.notWhen[0] ? [[t.entry.data.notWhen[0], t.name] as [string, string]] : [])).slice(0, n);

/** “a”, “b” and “c” */
export const quoteList = (items: string[]) => {
  const q = items.map((i) => `“${i}”`);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
};
