/**
 * The corpus stages, over every article's placement input at once (no body text is read): slugs, then
 * events and the dates they let us infer. Mentions and the facts lines need bodies and run only for
 * the articles whose placement changed (run.ts).
 */
import { hash as oneShotHash } from 'node:crypto';
import type { ArticleOut, PlacementInput } from './types.ts';
import { Report, type ReportEntry } from './report.ts';
import { clusterEvents, type EventOut } from './stages/events.ts';
import type { Pairs } from './stages/event-pairs.ts';
import { compareText, slugify } from './lib/page-text/language/text.ts';
import { isPlausible, MAX_GAP_YEARS, plausibleRange } from './lib/dates/plausible-dates.ts';

export interface Placed {
  /** In seed order. */
  articles: ArticleOut[];
  events: EventOut[];
  /** What the corpus stages reported, per seed. */
  reports: Map<string, Report>;
  /** The events stage's pairs, by position in `articles`: for the next run to remember. */
  pairs: Pairs;
  /** Published slugs whose seed has another slug now (movedSlugs), sorted: each old address redirects to the new one. */
  moved: MovedSlug[];
}

/** An article address that moved: the published slug `from` of the seed now at `to`. */
export interface MovedSlug { from: string; to: string }

export interface PlaceOptions {
  /** The phrase overlap of two reports: the caller reads their bodies. */
  overlapOf: (a: ArticleOut, b: ArticleOut) => number;
  /** Last run's pairs, and a seed's position in last run's `articles` (-1 when new or changed). */
  remembered?: { pairs: Pairs; positionOf: (seed: string) => number };
  /** Published article slugs by seed digest (published-slugs.ts), and each seed's digest: who keeps a published address. */
  published?: { slugsOf: Map<string, string[]>; digestOf: (seed: string) => string | undefined };
}

export function placeArticles(inputs: PlacementInput[], { overlapOf, remembered, published }: PlaceOptions): Placed {
  // Seed order by code unit, as the seeds folder is listed: positions then stay comparable between runs.
  const articles = assignSlugs([...inputs].sort((a, b) => compareText(a.seed, b.seed)), published);
  const reports = new Map<string, Report>();
  const reportOf = (seed: string) => reports.get(seed) ?? reports.set(seed, new Report(seed)).get(seed)!;
  const memory = remembered && { pairs: remembered.pairs, was: Int32Array.from(articles, (a) => remembered.positionOf(a.seed)) };
  const { events, pairs } = clusterEvents(articles, reportOf, (i, j) => overlapOf(articles[i], articles[j]), memory);
  flagImplausibleDates(articles, events, reportOf);
  return { articles, events, reports, pairs, moved: movedSlugs(articles, published) };
}

/**
 * Slugs from the article's own date and its title: an inferred date is left out, so that a new
 * sibling report never changes an existing URL. Every article gets its own slug: a clash gets a
 * suffix from the end of the seed's name (where "part 1" / "part 2" differ), and when that clashes
 * too (names without Latin letters, "新闻一/二"), a hash of the seed's name — neither depends on
 * which other seeds exist.
 *
 * Which of two clashing seeds is first by name would decide who gets the plain slug, so a new seed
 * whose name sorts first would take a published address over (and the paragraph links into it). A
 * seed the published list ties to one of the slugs this rule could give it (its base slug, or one
 * with a suffix) keeps that slug, regardless of the other seeds; the others fall back on the rule.
 */
function assignSlugs(inputs: PlacementInput[], published: PlaceOptions['published']): ArticleOut[] {
  const out: ArticleOut[] = [];
  const kept = keptSlugs(inputs, published);
  const taken = new Set(kept.values());
  for (const s of inputs) {
    const base = baseSlug(s);
    let slug = kept.get(s.seed) ?? base;
    if (!kept.has(s.seed)) {
      if (taken.has(slug)) slug = `${base}-${slugify(s.seed.replace(/\.[^.]*$/, ''), 50).slice(-12).replace(/^-+/, '')}`;
      const hash = oneShotHash('sha1', s.seed, 'hex');
      for (let n = 6; taken.has(slug); n++) slug = n <= hash.length ? `${base}-${hash.slice(0, n)}` : `${base}-${hash}-${n}`;
    }
    taken.add(slug);
    out.push({ ...s, slug, event: null, datedFrom: null });
  }
  return out;
}

const baseSlug = (s: PlacementInput) => (s.date ? `${s.date.date}-${s.titleSlug || 'article'}` : s.titleSlug || 'article');

/**
 * The published slug each seed keeps, by seed name: the plain one before a suffixed one; a slug
 * claimed by two seeds (the same bytes read as two kinds of file) goes to the first by name.
 */
function keptSlugs(inputs: PlacementInput[], published: PlaceOptions['published']): Map<string, string> {
  const kept = new Map<string, string>();
  if (!published?.slugsOf.size) return kept;
  const claimed = new Set<string>();
  for (const s of inputs) {
    const digest = published.digestOf(s.seed);
    const slugs = digest ? published.slugsOf.get(digest) : undefined;
    if (!slugs) continue;
    const base = baseSlug(s);
    const slug = slugs.includes(base) ? base : slugs.filter((p) => p.startsWith(`${base}-`)).sort(compareText)[0];
    if (slug === undefined || claimed.has(slug)) continue;
    claimed.add(slug);
    kept.set(s.seed, slug);
  }
  return kept;
}

/**
 * A published slug the seed no longer gets (the slug rule changed: a Chinese title once gave
 * `2`, now its pinyin) still answers, with a redirect to where the seed's article is now
 * (src/lib/urls/redirects.ts): links people shared keep working, and their paragraph anchors with
 * them. A slug another article holds now stays that article's (the published-pages check says so).
 */
function movedSlugs(articles: ArticleOut[], published: PlaceOptions['published']): MovedSlug[] {
  if (!published?.slugsOf.size) return [];
  const held = new Set(articles.map((a) => a.slug));
  const moved: MovedSlug[] = [];
  for (const a of articles) {
    const digest = published.digestOf(a.seed);
    for (const from of (digest && published.slugsOf.get(digest)) || []) if (!held.has(from)) moved.push({ from, to: a.slug });
  }
  return moved.sort((x, y) => compareText(x.from, y.from));
}

/**
 * Dates outside the corpus's plausible range (lib/dates/plausible-dates.ts) are kept — they are what the
 * page says — but reported, and their events marked `plausible: false`, which the site leaves out of
 * the timeline chart's range.
 */
function flagImplausibleDates(articles: ArticleOut[], events: EventOut[], reportOf: (seed: string) => Report): void {
  const range = plausibleRange(articles.flatMap((a) => (a.date && a.date.source !== 'inferred' ? [a.date.date] : [])));
  for (const a of articles) {
    if (!a.date || a.date.source === 'inferred' || isPlausible(a.date.date, range)) continue;
    const why = a.date.date < range.from ? `before ${range.from}` : `more than ${MAX_GAP_YEARS} years after the other dates (the latest plausible is ${range.to})`;
    reportOf(a.seed).add('metadata', 'implausible-date', 'inferred', a.date.evidence, `${a.date.date} is ${why}: kept, but left out of the timeline chart`);
  }
  for (const e of events) if (e.date && !isPlausible(e.date, range)) e.plausible = false;
}

/** A hash of everything the corpus stages decided for one article: when it changes, its outputs are rewritten. */
export function placementSignature(a: ArticleOut, entries: ReportEntry[] | undefined): string {
  return oneShotHash('sha1', JSON.stringify([a.slug, a.date, a.event, a.datedFrom, entries ?? []]), 'base64url');
}

export function byDateThenSlug(a: ArticleOut, b: ArticleOut): number {
  return compareText(a.date?.date ?? '9999', b.date?.date ?? '9999') || compareText(a.slug, b.slug);
}
