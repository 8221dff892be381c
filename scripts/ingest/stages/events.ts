/**
 * events: reports of the same occasion become one event. Two reports can be the same occasion
 * when they share a speaker, their news days agree (an undated report saying "said on Friday"
 * fits only a Friday), and their words overlap (TF-IDF cosine). Events never join different
 * speakers or different days. An undated report inherits its event's date (`inferred`).
 *
 * Scales by blocking: only reports that share a speaker, or (without speakers) a news day, are
 * compared, so 10,000 reports cost a few thousand comparisons, not fifty million.
 */
import type { ArticleOut, DateFound } from '../types.ts';
import { Report } from '../report.ts';
import { addDays, slugify, weekdayOf } from '../lib/text.ts';

/**
 * Phrase overlap (share of the smaller report's two-word phrases found in the other) needed to
 * call two reports one occasion. Reports of one ministry's events share talking points (~0.2 on
 * today's seeds for two different press conferences), so overlap alone never decides: the shared
 * speaker and the news day do, and overlap guards against a speaker's unrelated remarks that day.
 */
export const SAME_EVENT_WITH_SPEAKER = 0.1;
/** An undated report that names no weekday has only its words to go on. */
export const SAME_EVENT_UNDATED = 0.25;
/** Without a shared speaker, only near-identical texts on the same day are one event. */
export const SAME_EVENT_WITHOUT_SPEAKER = 0.5;

export interface EventOut {
  id: string;
  date: string | null;
  datePrecision: 'day' | 'month' | 'year' | null;
  title: string;
  articles: string[];
  topics: string[];
  speakers: string[];
  outlets: string[];
}

interface Node {
  article: ArticleOut;
  day: string | null; // the news day: own date, moved back to the weekday it names
  weekday: string | null;
  speakers: Set<string>;
  /** Two-word phrases, computed on first use: most reports are never compared. */
  phrases: Set<string> | null;
}

/** The day the news happened: a report dated Saturday that says "said on Friday" reports Friday. */
export function newsDay(date: DateFound | null, weekdays: string[]): string | null {
  if (!date || date.precision !== 'day') return null;
  const wanted = weekdays[0];
  if (!wanted) return date.date;
  for (let back = 0; back < 7; back++) {
    const day = addDays(date.date, -back);
    if (weekdayOf(day) === wanted) return day;
  }
  return date.date;
}

export function clusterEvents(articles: ArticleOut[], reports: Map<string, Report>): EventOut[] {
  const nodes: Node[] = articles.map((article) => ({
    article,
    day: newsDay(article.date, article.newsWeekdays),
    weekday: article.newsWeekdays[0] ?? null,
    speakers: new Set(article.people.map((p) => p.slug)),
    phrases: null,
  }));

  const pairs = candidatePairs(nodes);
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const members = new Map<number, number[]>(nodes.map((_, i) => [i, [i]]));
  for (const { a, b } of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const merged = [...members.get(ra)!, ...members.get(rb)!];
    if (!consistent(merged.map((i) => nodes[i]))) continue;
    parent[rb] = ra;
    members.set(ra, merged);
    members.delete(rb);
  }

  const events: EventOut[] = [];
  const usedIds = new Set<string>();
  const groups = [...members.values()].map((g) => g.map((i) => nodes[i]));
  groups.sort((x, y) => x[0].article.seed.localeCompare(y[0].article.seed));
  for (const group of groups) {
    const dated = group.filter((n) => n.day).sort(byTrust);
    if (!dated.length && group.length < 2) continue; // an undated report on its own is no event
    const lead = dated[0] ?? [...group].sort(byTrust)[0];
    const day = lead.day;
    for (const n of group) {
      if (!n.article.date && day) inferDate(n, lead, day, reports.get(n.article.seed)!);
    }
    const shared = [...lead.speakers].filter((s) => group.every((n) => n.speakers.has(s)));
    let id = `${day ?? 'undated'}-${shared[0] ?? slugify(lead.article.title, 5)}`;
    if (usedIds.has(id)) id += `-${slugify(lead.article.title, 5)}`;
    usedIds.add(id);
    const ordered = [...group].sort(byTrust);
    for (const n of ordered) n.article.event = id;
    if (group.length > 1) {
      reports.get(lead.article.seed)!.add('events', 'same-event', 'inferred', id, `with ${ordered.filter((n) => n !== lead).map((n) => n.article.seed).join(', ')}`);
    }
    events.push({
      id,
      date: day,
      datePrecision: day ? 'day' : null,
      title: lead.article.title,
      articles: ordered.map((n) => n.article.slug),
      topics: unique(ordered.flatMap((n) => n.article.topics)),
      speakers: shared,
      outlets: unique(ordered.map((n) => n.article.outlet).filter((o): o is string => !!o)),
    });
  }
  return events.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id));
}

const TRUST = { explicit: 0, dateline: 1, inferred: 2 } as const;
function byTrust(a: Node, b: Node): number {
  const ta = a.article.date ? TRUST[a.article.date.source] : 3;
  const tb = b.article.date ? TRUST[b.article.date.source] : 3;
  return ta - tb || a.article.seed.localeCompare(b.article.seed);
}

function inferDate(node: Node, lead: Node, day: string, report: Report): void {
  const lead_ = lead.article;
  const how = lead_.date ? `${lead_.date.source === 'explicit' ? 'its date stamp' : 'its dateline'} "${lead_.date.evidence}"` : 'its date';
  const weekday = node.weekday ? ` This report says "${node.weekday[0].toUpperCase()}${node.weekday.slice(1)}", and ${day} is one.` : '';
  node.article.date = {
    date: day,
    precision: 'day',
    source: 'inferred',
    evidence: `Same event as "${lead_.title}"${lead_.outlet ? ` (${lead_.outlet})` : ''}, dated ${day} by ${how}.${weekday}`,
  };
  node.article.datedFrom = lead_.slug;
  report.add('events', 'date-from-sibling', 'inferred', day, node.article.date.evidence);
}

/** A group is one occasion only if its dated reports share one news day, every undated report's weekday fits it, and one speaker runs through all. */
function consistent(group: Node[]): boolean {
  const days = new Set(group.map((n) => n.day).filter(Boolean));
  if (days.size > 1) return false;
  const [day] = days;
  if (day && group.some((n) => !n.day && n.weekday && weekdayOf(day as string) !== n.weekday)) return false;
  const weekdays = new Set(group.filter((n) => !n.day && n.weekday).map((n) => n.weekday));
  if (weekdays.size > 1) return false;
  const withSpeakers = group.filter((n) => n.speakers.size);
  if (withSpeakers.length > 1) {
    const shared = [...withSpeakers[0].speakers].filter((s) => withSpeakers.every((n) => n.speakers.has(s)));
    if (!shared.length) return false;
  }
  return true;
}

function candidatePairs(nodes: Node[]): { a: number; b: number; score: number }[] {
  const blocks = new Map<string, number[]>();
  const put = (key: string, i: number) => (blocks.get(key) ?? blocks.set(key, []).get(key)!).push(i);
  nodes.forEach((n, i) => {
    if (n.speakers.size) for (const s of n.speakers) put(`s:${s}`, i);
    else put(`d:${n.day ?? 'undated'}`, i);
  });
  const seen = new Set<number>(); // a * n + b: cheaper than string keys at 10,000 reports
  const pairs: { a: number; b: number; score: number }[] = [];
  const phrasesOf = (n: Node) => (n.phrases ??= phrases(n.article));
  const consider = (i: number, j: number, threshold: number) => {
    const [a, b] = i < j ? [i, j] : [j, i];
    const key = a * nodes.length + b;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    if (!weekdayFits(nodes[a], nodes[b]) || !weekdayFits(nodes[b], nodes[a])) return;
    const score = overlap(phrasesOf(nodes[a]), phrasesOf(nodes[b]));
    const undatedWithoutWeekday = [nodes[a], nodes[b]].some((n) => !n.day && !n.weekday);
    if (score >= (undatedWithoutWeekday ? Math.max(threshold, SAME_EVENT_UNDATED) : threshold)) pairs.push({ a, b, score });
  };
  for (const [key, list] of blocks) {
    const threshold = key.startsWith('s:') ? SAME_EVENT_WITH_SPEAKER : SAME_EVENT_WITHOUT_SPEAKER;
    // Dated reports only meet reports of the same news day; an undated report that names a
    // weekday only meets days that are that weekday.
    const byDay = new Map<string, number[]>();
    const undated: number[] = [];
    for (const i of list) {
      const day = nodes[i].day;
      if (day) (byDay.get(day) ?? byDay.set(day, []).get(day)!).push(i);
      else undated.push(i);
    }
    const daysByWeekday = new Map<string, number[][]>();
    for (const [day, same] of byDay) {
      const w = weekdayOf(day);
      (daysByWeekday.get(w) ?? daysByWeekday.set(w, []).get(w)!).push(same);
      for (let x = 0; x < same.length; x++) for (let y = x + 1; y < same.length; y++) consider(same[x], same[y], threshold);
    }
    for (const u of undated) {
      const weekday = nodes[u].weekday;
      const days = weekday ? daysByWeekday.get(weekday) ?? [] : [...byDay.values()];
      for (const same of days) for (const i of same) consider(i, u, threshold);
    }
    for (let x = 0; x < undated.length; x++) for (let y = x + 1; y < undated.length; y++) consider(undated[x], undated[y], threshold);
  }
  return pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
}

function weekdayFits(undated: Node, other: Node): boolean {
  if (undated.day || !undated.weekday) return true;
  return other.day ? weekdayOf(other.day) === undated.weekday : !other.weekday || other.weekday === undated.weekday;
}

const STOPWORDS = new Set(
  'the and for its has are was not but who all can our as of in on to a an by at is be or it we he she his her that this with from have been were will would could should their there they them than then also into about which while where when what more most such other some over only said says told'.split(' '),
);

/** Two-word phrases of content words, lightly stemmed: "releases on Thursday" ~ "released Thursday". */
export function phrases(article: { paragraphs: { text: string }[] }): Set<string> {
  const words = (article.paragraphs.map((p) => p.text).join(' ').toLowerCase().match(/\p{L}[\p{L}-]+/gu) ?? [])
    .filter((w) => !STOPWORDS.has(w))
    .map((w) => w.replace(/ies$/, 'y').replace(/(?:ing|ed|es|s)$/, ''));
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(words[i] + ' ' + words[i + 1]);
  return out;
}

/** Share of the smaller set found in the larger one. */
export function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  if (!small.size) return 0;
  let shared = 0;
  for (const p of small) if (large.has(p)) shared++;
  return shared / small.size;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
