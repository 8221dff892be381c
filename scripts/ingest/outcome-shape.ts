/**
 * The shape of a cached per-seed outcome (outcome-cache.ts), checked when it is read back. The
 * checksum says an entry was written whole, not that what was written is an outcome this code can
 * write out: an entry of another shape (an edit by hand, a bug, another version's fields) that passed
 * failed the run while its article was written — a paragraph of null, quotes that are no list — and
 * every run after it, as the entry stayed; a date of the wrong type named the article "undefined-…".
 * Every field the writers read is checked here, with the types and values the data files' schemas
 * (src/schema.ts) take, so an entry that passes cannot fail them; one that does not is made again.
 */
import { z } from 'zod';
import { articleFrontmatter, datePrecision, dateSource, isoDate, paragraphId, personRef, quoteKind, reportLine, topicSlug } from '../../src/schema.ts';
import type { ArticleRecord, ArticleSummary, PlacementInput } from './types.ts';
import type { Outcome } from './outcome.ts';

const listStep = z.object({ list: z.number(), item: z.number(), as: z.enum(['ol', 'ul', 'dt', 'dd']), number: z.number().optional(), quoted: z.literal(true).optional() });

const paragraph = z.object({
  id: paragraphId,
  text: z.string(),
  sentences: z.array(z.string()),
  speakerLabel: z.string().optional(),
  kind: z.enum(['heading', 'item', 'row', 'pre', 'caption']).optional(),
  cells: z.array(z.string()).optional(),
  headerRow: z.literal(true).optional(),
  ordered: z.literal(true).optional(),
  level: z.number().optional(),
  quoted: z.literal(true).optional(),
  quoteStart: z.literal(true).optional(),
  number: z.number().optional(),
  verbatim: z.string().optional(),
  listPath: z.array(listStep).optional(),
});

/** A month's or a year's date is written as its first day (lib/dates). */
const dateFound = z.object({ date: isoDate, precision: datePrecision, source: dateSource, evidence: z.string() });
/** The frontmatter's language code: what the writer checks the summary's against. */
const lang = articleFrontmatter.shape.lang.unwrap().nullable();

const record = z.object({
  seed: z.string(),
  hash: z.string(),
  paragraphs: z.array(paragraph),
  title: z.string(),
  lang: z.string().nullable(),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  editor: z.string().nullable(),
  date: dateFound.nullable(),
  published: isoDate.nullable(),
  dateModified: isoDate.nullable().optional(),
  newsWeekdays: z.array(z.string()),
  topics: z.array(topicSlug),
  excerpts: z.array(z.object({ topic: topicSlug, paragraph: paragraphId, sentence: z.string(), match: z.string() })),
  people: z.array(personRef),
  quotes: z.array(z.object({ person: z.string(), paragraph: paragraphId, sentence: z.string(), kind: quoteKind })),
  figures: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      unit: z.string(),
      value: z.number(),
      upper: z.number().nullable(),
      qualifier: z.string().nullable(),
      text: z.string(),
      paragraph: paragraphId,
      sentence: z.string(),
      speaker: z.string().nullable(),
    }),
  ),
}) satisfies z.ZodType<ArticleRecord>;

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown) => v === null || typeof v === 'string';
const isStrings = (v: unknown) => Array.isArray(v) && v.every(isString);
const TOPICS: ReadonlySet<unknown> = new Set(topicSlug.options);
const PRECISIONS: ReadonlySet<unknown> = new Set(datePrecision.options);
const SOURCES: ReadonlySet<unknown> = new Set(dateSource.options);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What the corpus stages place an article by: in its summary, and kept for every seed in the state's
 * log (state.ts), which a warm run reads whole. Checked by hand rather than by zod: 10,000 lines took
 * zod 75–175 ms of CPU, as much again as parsing them; this takes a few.
 */
export function isPlacementInput(o: unknown): o is PlacementInput {
  if (!o || typeof o !== 'object' || Array.isArray(o)) return false;
  const p = o as Record<string, unknown>;
  const date = p.date as Record<string, unknown> | null;
  const dateOk = date === null || (!!date && typeof date === 'object' && isString(date.date) && ISO_DATE.test(date.date) && PRECISIONS.has(date.precision) && SOURCES.has(date.source) && isString(date.evidence));
  return (
    dateOk &&
    isString(p.seed) &&
    isString(p.title) &&
    isString(p.titleSlug) &&
    isStringOrNull(p.outlet) &&
    Array.isArray(p.topics) &&
    p.topics.every((t) => TOPICS.has(t)) &&
    isStrings(p.speakers) &&
    isStrings(p.newsWeekdays)
  );
}

const summary = z.intersection(
  z.custom<PlacementInput>(isPlacementInput),
  z.object({
    author: z.string().nullable(),
    editor: z.string().nullable(),
    published: isoDate.nullable(),
    dateModified: isoDate.nullable().optional(),
    people: z.array(personRef),
    paragraphCount: z.number().int().nonnegative(),
    wordCount: z.number().int().nonnegative(),
    summary: z.string(),
    lang,
  }),
) satisfies z.ZodType<ArticleSummary>;

/** What processAndCache writes: only cacheable outcomes are; a skip's reason, or an article's record and summary. */
const entries = reportLine.shape.entries;
const cachedOutcome = z.union([
  z.object({ cacheable: z.literal(true), entries, skip: z.string() }),
  z.object({ cacheable: z.literal(true), entries, record, summary }),
]);

/** True when `o` has the shape of what processAndCache wrote (the checksum already says it was written whole). */
export function isCachedOutcome(o: unknown): o is Omit<Outcome, 'seed'> {
  return cachedOutcome.safeParse(o).success;
}
