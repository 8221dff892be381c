/**
 * events: reports of the same occasion become one event. Two reports can be the same occasion
 * when they share a speaker, their news days agree (an undated report saying "said on Friday"
 * fits only a Friday), and their words overlap (lib/facts/phrases.ts). Events never join different
 * speakers or different days. An undated report inherits its event's date (`inferred`).
 *
 * Scales by blocking: only reports that share a speaker, or (without speakers) a news day, are
 * compared, and a re-run compares only changed reports (event-pairs.ts).
 */
import type { ArticleOut, DateFound } from '../types.ts';
import { Report } from '../report.ts';
import { addDays, compareText, slugify, weekdayOf } from '../lib/page-text/language/text.ts';
import { quotedTitle } from '../../../src/lib/text/quoted-title.ts';
import { findPairs, type PairNode, type Pairs, type RememberedPairs } from './event-pairs.ts';

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
  /**
   * Present when no report gives the news day: the date is then the earliest day a report of it was last
   * updated (dateSource `update`), and the event happened on that day or before it. Absent otherwise.
   */
  dateBound?: 'on-or-before';
  /** False when the date is outside the corpus's plausible range (lib/dates/plausible-dates.ts); absent otherwise. */
  plausible?: false;
}

/** A group being formed: what a merge must stay consistent with (see `canMerge`). */
interface Group {
  members: number[];
  day: string | null;
  /** The weekday named by the group's undated reports that name one. */
  undatedWeekday: string | null;
  /** Speakers shared by every member that has speakers; null while no member has any. */
  shared: Set<string> | null;
  /** The earliest day a member dated only by its update was updated: the group's news day is on or before it. */
  updatedBy: string | null;
}

/**
 * The day the news happened: a report dated Saturday that says "said on Friday" reports Friday. A page
 * dated only by its update has none: its news is of that day or any before it.
 */
export function newsDay(date: DateFound | null, weekdays: string[]): string | null {
  if (!date || date.precision !== 'day' || date.source === 'update') return null;
  const wanted = weekdays[0];
  if (!wanted) return date.date;
  for (let back = 0; back < 7; back++) {
    const day = addDays(date.date, -back);
    if (weekdayOf(day) === wanted) return day;
  }
  return date.date;
}

/**
 * `overlapOf(i, j)` gives the phrase overlap of articles[i] and articles[j] (lib/facts/phrases.ts): the
 * caller computes it from their bodies, so that this stage needs no body text. With `remembered`
 * (last run's pairs), it is asked only about pairs with a changed report (see event-pairs.ts).
 * Returns the events and the pairs, for the next run to remember.
 */
export function clusterEvents(
  articles: ArticleOut[],
  reportOf: (seed: string) => Report,
  overlapOf: (i: number, j: number) => number,
  remembered?: RememberedPairs,
): { events: EventOut[]; pairs: Pairs } {
  const nodes: PairNode[] = articles.map((article) => {
    const day = newsDay(article.date, article.newsWeekdays);
    return {
      article,
      day,
      dayWeekday: day ? weekdayOf(day) : null,
      weekday: article.newsWeekdays[0] ?? null,
      updated: article.date?.source === 'update' && article.date.precision === 'day' ? article.date.date : null,
      speakers: new Set(article.speakers),
    };
  });

  // Union-find over the candidate pairs, best overlap first; a merge happens only when the merged
  // group is still one occasion. Groups carry what that takes, so a check costs no walk over members.
  const thresholds = { withSpeaker: SAME_EVENT_WITH_SPEAKER, withoutSpeaker: SAME_EVENT_WITHOUT_SPEAKER, undatedWithoutWeekday: SAME_EVENT_UNDATED };
  const pairs = findPairs(nodes, overlapOf, thresholds, remembered);
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const groups = new Map<number, Group>(nodes.map((n, i) => [i, groupOf(n, i)]));
  for (let p = 0; p < pairs.a.length; p++) {
    const ra = find(pairs.a[p]);
    const rb = find(pairs.b[p]);
    if (ra === rb) continue;
    const merged = merge(groups.get(ra)!, groups.get(rb)!);
    if (!merged) continue;
    parent[rb] = ra;
    groups.set(ra, merged);
    groups.delete(rb);
  }

  const events: EventOut[] = [];
  const usedIds = new Set<string>();
  const grouped = [...groups.values()].map((g) => g.members.map((i) => nodes[i]));
  grouped.sort((x, y) => compareText(x[0].article.seed, y[0].article.seed));
  for (const group of grouped) {
    const dated = group.filter((n) => n.day).sort(byTrust);
    // Reports dated only by their update date the event when no report gives its news day: by the
    // earliest update, the latest the news can be. They date no sibling: the news day is not known.
    const updated = group.filter((n) => n.updated).sort((a, b) => compareText(a.updated!, b.updated!) || compareText(a.article.seed, b.article.seed));
    if (!dated.length && !updated.length && group.length < 2) continue; // an undated report on its own is no event
    const lead = dated[0] ?? updated[0] ?? [...group].sort(byTrust)[0];
    const day = lead.day ?? lead.updated;
    for (const n of group) {
      if (!n.article.date && lead.day) inferDate(n, lead, lead.day, reportOf(n.article.seed));
    }
    const shared = [...lead.speakers].filter((s) => group.every((n) => n.speakers.has(s)));
    let id = `${day ?? 'undated'}-${shared[0] ?? slugify(lead.article.title, 5)}`;
    if (usedIds.has(id)) id += `-${slugify(lead.article.title, 5)}`;
    for (let n = 2, base = id; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    const ordered = [...group].sort(byTrust);
    for (const n of ordered) n.article.event = id;
    if (group.length > 1) {
      reportOf(lead.article.seed).add('events', 'same-event', 'inferred', id, `with ${ordered.filter((n) => n !== lead).map((n) => n.article.seed).join(', ')}`);
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
      ...(day && !lead.day ? { dateBound: 'on-or-before' as const } : {}),
    });
  }
  events.sort((a, b) => compareText(a.date ?? '9999', b.date ?? '9999') || compareText(a.id, b.id));
  return { events, pairs };
}

// A saved page's date field and address rank below a date written in the text, and a date line only its
// shown text gives (none of its fields did) below those; an update below any publication date (it bounds
// the news day, it does not name it).
const TRUST = { explicit: 0, dateline: 1, metadata: 2, url: 3, 'page-text': 4, update: 5, inferred: 6 } as const;
function byTrust(a: PairNode, b: PairNode): number {
  const ta = a.article.date ? TRUST[a.article.date.source] : 7;
  const tb = b.article.date ? TRUST[b.article.date.source] : 7;
  return ta - tb || compareText(a.article.seed, b.article.seed);
}

/** A sibling's headline in the evidence's quotation marks: its own quotation nested, never doubled (""Thirty labs" next year"). */
function inQuotes(title: string): string {
  const q = quotedTitle(title);
  return q.marks ? `"${q.text}"` : q.text;
}

function inferDate(node: PairNode, lead: PairNode, day: string, report: Report): void {
  const lead_ = lead.article;
  const how = lead_.date ? `${lead_.date.source === 'explicit' || lead_.date.source === 'page-text' ? 'its date stamp' : 'its dateline'} "${lead_.date.evidence}"` : 'its date';
  const weekday = node.weekday ? ` This report says "${node.weekday[0].toUpperCase()}${node.weekday.slice(1)}", and ${day} is one.` : '';
  node.article.date = {
    date: day,
    precision: 'day',
    source: 'inferred',
    evidence: `Same event as ${inQuotes(lead_.title)}${lead_.outlet ? ` (${lead_.outlet})` : ''}, dated ${day} by ${how}.${weekday}`,
  };
  node.article.datedFrom = lead_.slug;
  report.add('events', 'date-from-sibling', 'inferred', day, node.article.date.evidence);
}

function groupOf(n: PairNode, i: number): Group {
  return {
    members: [i],
    day: n.day,
    undatedWeekday: !n.day && n.weekday ? n.weekday : null,
    shared: n.speakers.size ? n.speakers : null,
    updatedBy: n.updated,
  };
}

/**
 * Two groups make one occasion only if their dated reports share one news day, every undated
 * report's weekday fits it (and they name one weekday), and one speaker runs through every report
 * that has speakers. Returns the merged group, or null.
 */
function merge(a: Group, b: Group): Group | null {
  if (a.day && b.day && a.day !== b.day) return null;
  if (a.undatedWeekday && b.undatedWeekday && a.undatedWeekday !== b.undatedWeekday) return null;
  const day = a.day ?? b.day;
  const undatedWeekday = a.undatedWeekday ?? b.undatedWeekday;
  if (day && undatedWeekday && weekdayOf(day) !== undatedWeekday) return null;
  // A page updated on a day reports news of that day or before, never of a later one.
  const updatedBy = a.updatedBy && b.updatedBy ? (a.updatedBy < b.updatedBy ? a.updatedBy : b.updatedBy) : a.updatedBy ?? b.updatedBy;
  if (day && updatedBy && day > updatedBy) return null;
  let shared = a.shared ?? b.shared;
  if (a.shared && b.shared) {
    const other = b.shared;
    shared = new Set([...a.shared].filter((s) => other.has(s)));
    if (!shared.size) return null;
  }
  return { members: [...a.members, ...b.members], day, undatedWeekday, shared, updatedBy };
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
