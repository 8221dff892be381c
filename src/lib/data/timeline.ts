/**
 * Turns events and mentioned dates into what the timeline pages show: items grouped by year and month,
 * counts per month for the chart and its table, the slice the overview page can afford to list, and
 * the parts of a scope that one year's or one month's page lists.
 */
import { compare } from '../api/api-order';
import { monthKeyOf, monthLabel, monthPartOf, yearOf } from '../text/dates';
import { anchorDay } from '../urls/anchor-day';
import { mentionAnchor } from '../urls/links';
import type { EventView, MentionGroup, SiteData, TopicView } from './site-data';

export type TimelineItem =
  | { kind: 'event'; date: string; event: EventView }
  | { kind: 'mention'; date: string; group: MentionGroup };

export interface MonthGroup { key: string; items: TimelineItem[] }
export interface YearGroup {
  year: string;
  /** Dates known only to the year ("in 2022"): listed before the months. */
  yearItems: TimelineItem[];
  months: MonthGroup[];
}

/** One topic's view of the timeline, or everything when `topic` is undefined. */
export interface TimelineScope {
  topic?: TopicView;
  events: EventView[];
  mentionGroups: MentionGroup[];
}

export function scopeFor(data: SiteData, topic?: TopicView): TimelineScope {
  if (!topic) return { events: data.events, mentionGroups: data.mentionGroups };
  // A mentioned date belongs to a topic only when its sentence's paragraph is one the topic was found in;
  // the article as a whole may be about something else.
  const paragraphs = new Set(topic.excerpts.map((x) => `${x.article}#${x.paragraph}`));
  const mentionGroups = data.mentionGroups
    .map((g) => ({ ...g, mentions: g.mentions.filter((m) => paragraphs.has(`${m.article}#${m.paragraph}`)) }))
    .filter((g) => g.mentions.length > 0);
  return { topic, events: data.events.filter((e) => e.topics.includes(topic.slug)), mentionGroups };
}

/**
 * The events chart's title: what it counts and the months it spans ("ITER events per month, May 2019
 * to June 2024"); without dated events, no span to name.
 */
export function eventsChartTitle(scope: TimelineScope): string {
  const first = scope.events[0]?.date;
  const last = scope.events.at(-1)?.date;
  if (!first || !last) return 'Events per month';
  return `${scope.topic ? `${scope.topic.name} events` : 'Events'} per month, ${monthLabel(monthKeyOf(first))} to ${monthLabel(monthKeyOf(last))}`;
}

const precisionOf = (i: TimelineItem) => (i.kind === 'event' ? i.event.datePrecision : i.group.datePrecision);

export function itemsOf(scope: TimelineScope): TimelineItem[] {
  const items: TimelineItem[] = [
    ...scope.events.map((event) => ({ kind: 'event' as const, date: event.date!, event })),
    ...scope.mentionGroups.map((group) => ({ kind: 'mention' as const, date: group.date, group })),
  ];
  // Coarser dates first within their period ("in 2022" before its months, "in October" before
  // "on 27 October"), then by date and id: one string key keeps the order total and stable.
  const key = (i: TimelineItem) => {
    const p = precisionOf(i);
    const period = p === 'year' ? '00' : i.date.slice(5, 7);
    const id = i.kind === 'event' ? i.event.id : i.group.key;
    return `${yearOf(i.date)}|${period}|${p === 'day' ? 1 : 0}|${i.date}|${id}`;
  };
  return items.map((i) => [key(i), i] as const).sort(([a], [b]) => compare(a, b)).map(([, i]) => i);
}

export function groupByYear(items: TimelineItem[]): YearGroup[] {
  const years = new Map<string, YearGroup>();
  for (const item of items) {
    const y = yearOf(item.date);
    let group = years.get(y);
    if (!group) years.set(y, (group = { year: y, yearItems: [], months: [] }));
    if (precisionOf(item) === 'year') { group.yearItems.push(item); continue; }
    const key = monthKeyOf(item.date);
    let month = group.months[group.months.length - 1];
    if (!month || month.key !== key) group.months.push((month = { key, items: [] }));
    month.items.push(item);
  }
  return [...years.values()];
}

/**
 * The overview lists the latest `limit` entries (events and mentioned dates); the month pages list
 * everything. When the cut falls inside a month, that month is marked partial so the page can say so
 * and send month links to the month's page instead.
 */
export function recentSlice(items: TimelineItem[], limit: number): { items: TimelineItem[]; complete: boolean; partialMonth: string | null } {
  if (items.length <= limit) return { items, complete: true, partialMonth: null };
  const datedToMonth = items.filter((i) => precisionOf(i) !== 'year');
  const kept = datedToMonth.slice(-limit);
  if (kept.length === 0) return { items: [], complete: false, partialMonth: null };
  const firstMonth = monthKeyOf(kept[0].date);
  const inMonth = (i: TimelineItem) => monthKeyOf(i.date) === firstMonth;
  const partial = kept.filter(inMonth).length < datedToMonth.filter(inMonth).length;
  return { items: kept, complete: false, partialMonth: partial ? firstMonth : null };
}

export interface MonthCount {
  key: string;
  events: number;
  /** Events whose date is plausible (not a placeholder stamp like 2099-12-31): these set the chart's range. */
  plausible: number;
  /** Events per topic slug; an event with several topics counts once in each. */
  byTopic: Map<string, number>;
  untopical: number;
  mentions: number;
}

/** Counts per month over the scope's events and day- or month-precise mentioned dates. */
export function countByMonth(scope: TimelineScope, topics: TopicView[]): Map<string, MonthCount> {
  const months = new Map<string, MonthCount>();
  const at = (key: string) => {
    let m = months.get(key);
    if (!m) months.set(key, (m = { key, events: 0, plausible: 0, byTopic: new Map(topics.map((t) => [t.slug, 0])), untopical: 0, mentions: 0 }));
    return m;
  };
  for (const e of scope.events) {
    const m = at(monthKeyOf(e.date!));
    m.events += 1;
    if (e.plausible !== false) m.plausible += 1;
    if (e.topics.length === 0) m.untopical += 1;
    for (const t of e.topics) if (m.byTopic.has(t)) m.byTopic.set(t, m.byTopic.get(t)! + 1);
  }
  for (const g of scope.mentionGroups) if (g.datePrecision !== 'year') at(monthKeyOf(g.date)).mentions += 1;
  return new Map([...months.entries()].sort(([a], [b]) => compare(a, b)));
}

/** Mentioned years ("in 2022"), with how many distinct mentions name each. */
export function mentionedYears(scope: TimelineScope): Map<string, number> {
  const years = new Map<string, number>();
  for (const g of scope.mentionGroups) if (g.datePrecision === 'year') years.set(yearOf(g.date), (years.get(yearOf(g.date)) ?? 0) + 1);
  return years;
}

/** Years that have a per-year page: any year with an event or a mentioned date. */
export function yearsOf(items: TimelineItem[]): string[] {
  return [...new Set(items.map((i) => yearOf(i.date)))].sort();
}

/** Whether an item belongs to a month, and so to a month's page; dates known only to the year do not. */
export const inAMonth = (i: TimelineItem) => precisionOf(i) !== 'year';

/** Months that have a page (`YYYY-MM`, oldest first): any month with an event or a mentioned day or month. */
export function monthsOf(items: TimelineItem[]): string[] {
  return [...new Set(items.filter(inAMonth).map((i) => monthKeyOf(i.date)))].sort();
}

/**
 * The part of a scope one page lists: a year (`2021`: everything dated in it) or a month (`2021-03`:
 * what is dated to that month or a day in it; a date known only to the year is in no month, even
 * though it is stored as its first of January).
 */
export function scopeWithin(scope: TimelineScope, period: string): TimelineScope {
  return scopeWhere(scope, (date, precision) => !!date && date.startsWith(period) && (period.length === 4 || precision !== 'year'));
}

/** The events and mentioned dates of a scope whose date and precision pass `within`. */
function scopeWhere(scope: TimelineScope, within: (date: string | null, precision: string | null) => boolean): TimelineScope {
  return {
    topic: scope.topic,
    events: scope.events.filter((e) => within(e.date, e.datePrecision)),
    mentionGroups: scope.mentionGroups.filter((g) => within(g.date, g.datePrecision)),
  };
}

/** Whether a date is known to the day, and so listed on a part of its month (src/lib/text/dates.ts monthParts). */
const dayDated = (date: string | null, precision: string | null) => !!date && precision !== 'year' && precision !== 'month';
/** Whether an item is dated to the day. */
export const toTheDay = (i: TimelineItem) => dayDated(i.date, precisionOf(i));

/** A part of a month that has a page in a scope: its month (`YYYY-MM`) and part (`11-20`). */
export interface MonthPart { month: string; part: string }

/** Parts of months that have a page (oldest first): any with an event or a mentioned day. */
export function partsOf(items: TimelineItem[]): MonthPart[] {
  const keys = [...new Set(items.filter(toTheDay).map((i) => `${monthKeyOf(i.date)}|${monthPartOf(i.date)}`))].sort();
  return keys.map((k) => ({ month: k.slice(0, 7), part: k.slice(8) }));
}

/** What one part of a month lists: the events and mentioned dates of its days. */
export function scopeWithinPart(scope: TimelineScope, { month, part }: MonthPart): TimelineScope {
  return scopeWhere(scope, (date, precision) => dayDated(date, precision) && monthKeyOf(date!) === month && monthPartOf(date!) === part);
}

/**
 * The anchors a part of a month lists that the day in their id would not send there: an old link to
 * the month's page (`/timeline/2021/03/#<id>`) is sent on to the part of the day its id names
 * (TimelineMonth.astro), so these are listed on the part's card for the script to find. Event ids
 * start with their date, so this is empty unless an id does not (an article's own slug with no date).
 */
export function anchorsAwayFromTheirDay({ month, part }: MonthPart, events: { id: string }[], mentionKeys: string[]): string[] {
  const here = (id: string) => {
    const day = anchorDay(id);
    return !!day && monthKeyOf(day) === month && monthPartOf(day) === part;
  };
  return [...events.map((e) => e.id), ...mentionKeys.map(mentionAnchor)].filter((id) => !here(id));
}

/** The `n` events told by the most reports; ties go to the earlier date, then the id. */
export function mostReported(events: EventView[], n: number): EventView[] {
  return [...events]
    .sort((a, b) => b.articles.length - a.articles.length || (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, n);
}

/** Distinct reports of some events. */
export const reportCount = (events: EventView[]) => new Set(events.flatMap((e) => e.articles.map((a) => a.slug))).size;

/** What a date that is only a report's last update means (the event's bound, or its lead report's own source). */
const UPDATE_DAY = "the day the report was last updated (the news may be earlier)";

/** How the date of an event was found, told by its most trusted report. */
export function dateSourceOf(event: EventView): string {
  // Whatever the lead's own date: a report dated only to the month leads an event dated by another's update.
  if (event.dateBound) return UPDATE_DAY;
  const lead = event.articles[0];
  switch (lead?.dateSource) {
    case 'explicit': return 'date stated in the report';
    case 'dateline': return 'date from the dateline';
    case 'metadata': return "date from the page's date field";
    case 'url': return "date from the page's address";
    case 'page-text': return 'date stated in the report';
    case 'update': return UPDATE_DAY;
    case 'inferred': return 'date inferred from a related report';
    default: return 'date source not recorded';
  }
}
