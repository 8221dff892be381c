/**
 * The data contract between the ingest (scripts/ingest) and the site (src/pages).
 * One zod schema per generated file; the ingest validates what it writes with these,
 * and Astro validates what it reads with the same ones (src/content.config.ts).
 */
import { z } from 'zod';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
export const datePrecision = z.enum(['day', 'month', 'year']);
/**
 * explicit: a date stamp in the page's text; dateline: the news dateline; metadata: a saved page's
 * machine-readable field (JSON-LD datePublished, article:published_time, <time datetime>); url: a
 * date in the page's own address; page-text: a date line a saved page shows its reader when none of
 * its fields dates it, read as a text seed's stamp is (scripts/ingest/stages/html-shown-date.ts); update:
 * the day the page says it was last updated, when it states
 * no publication date (the news is of that day or earlier: a weaker date, shown as "updated");
 * inferred: from a sibling report of the same event.
 */
export const dateSource = z.enum(['explicit', 'dateline', 'metadata', 'url', 'page-text', 'update', 'inferred']);
export const topicSlug = z.enum(['iter', 'ska', 'belt-and-road', 'covax']);
/** Paragraph anchor on an article page: `p-1`, `p-2`, … in reading order. */
export const paragraphId = z.string().regex(/^p-\d+$/);

/** A sentence quoted from an article, with the way back to it. */
export const citation = z.object({
  article: z.string(), // article slug
  paragraph: paragraphId,
  sentence: z.string(),
});

/**
 * How a quote gives the speaker's words: `direct` in their own words (in quotation marks, or a transcript's
 * answer), `reported` in the writer's ("Wang said that …"). Optional so that facts written before it
 * still validate; readers fall back to quoteKindOf() in src/lib/data/quotes.ts.
 */
export const quoteKind = z.enum(['direct', 'reported']);

export const personRef = z.object({
  slug: z.string(),
  name: z.string(),
  role: z.string().nullable(),
});

/** Frontmatter of content/articles/<slug>.mdx. */
export const articleFrontmatter = z.object({
  slug: z.string(),
  seed: z.string(), // file name in seeds/
  title: z.string(),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  editor: z.string().nullable(),
  /** The date of the news the article reports (null = undated; never today's date, never a guess). */
  date: isoDate.nullable(),
  datePrecision: datePrecision.nullable(),
  dateSource: dateSource.nullable(),
  /** The line or sentence that proves the date, or for `inferred` how it was inferred. */
  dateEvidence: z.string().nullable(),
  /** For `inferred`: the slug of the sibling report the date came from. */
  datedFrom: z.string().nullable(),
  /** A page stamp that differs from `date` (e.g. posted the day after the dateline). */
  published: isoDate.nullable(),
  /** When a saved page says it was last modified (its metadata); never used as the news date. */
  dateModified: isoDate.nullable().optional(),
  topics: z.array(topicSlug),
  people: z.array(personRef),
  event: z.string().nullable(),
  paragraphs: z.number().int().nonnegative(),
  words: z.number().int().nonnegative(),
  /** First sentence of the body, for meta descriptions and lists. */
  summary: z.string(),
  /** The article's language as detected from its text (BCP-47: "en", "pt", "zh"); absent when too short to tell. */
  lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/).optional(),
});
export type ArticleFrontmatter = z.infer<typeof articleFrontmatter>;

/**
 * content/data/moved-articles.json: article slugs published before (src/data/published-pages.json)
 * whose seed's article has another slug now; the old address redirects to the new one.
 */
export const movedArticlesFile = z.object({
  moved: z.array(z.object({ from: z.string(), to: z.string() })),
});

/** content/data/events.json */
export const eventsFile = z.object({
  events: z.array(
    z.object({
      id: z.string(), // stable: `<date>-<lead speaker or title slug>`
      date: isoDate.nullable(),
      datePrecision: datePrecision.nullable(),
      title: z.string(),
      articles: z.array(z.string()), // slugs, most trusted date first
      topics: z.array(topicSlug),
      speakers: z.array(z.string()), // person slugs shared by the reports
      outlets: z.array(z.string()),
      /** Present when no report gives the news day: the date is the earliest day a report was last updated, and the event is of that day or before (scripts/ingest/stages/events.ts). */
      dateBound: z.literal('on-or-before').optional(),
      /** Present (false) when the date is implausible (a placeholder stamp like 2099-12-31): kept out of the chart's range. */
      plausible: z.literal(false).optional(),
    }),
  ),
});
export type EventsFile = z.infer<typeof eventsFile>;
export type TimelineEvent = EventsFile['events'][number];

/** content/data/topics.json: which articles mention a topic (the sentences that do are in facts/*.jsonl). */
export const topicsListFile = z.object({
  topics: z.array(z.object({ slug: topicSlug, name: z.string(), articles: z.array(z.string()) })),
});

/** A topic with the articles that mention it and the sentences that do (grouped from facts/*.jsonl). */
export const topicsFile = z.object({
  topics: z.array(
    z.object({
      slug: topicSlug,
      name: z.string(),
      articles: z.array(z.string()),
      excerpts: z.array(citation.extend({ match: z.string() })),
    }),
  ),
});
export type TopicsFile = z.infer<typeof topicsFile>;

/** Who spoke, with the sentences they said (grouped from facts/*.jsonl). */
export const peopleFile = z.object({
  people: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      roles: z.array(z.string()),
      articles: z.array(z.string()),
      quotes: z.array(citation.extend({ date: isoDate.nullable(), kind: quoteKind.optional() })),
    }),
  ),
});
export type PeopleFile = z.infer<typeof peopleFile>;

/** Quantitative claims grouped into series over time (grouped from facts/*.jsonl). */
export const figuresFile = z.object({
  series: z.array(
    z.object({
      id: z.string(),
      label: z.string(), // what is counted, e.g. "countries and regions with sci-tech cooperation relations"
      unit: z.string(),
      points: z.array(
        citation.extend({
          value: z.number(),
          /** The upper end of a range ("10 to 20 countries"), else null. */
          upper: z.number().nullable(),
          /** "more than", "over", "nearly", "about" … kept as said; null when exact. */
          qualifier: z.string().nullable(),
          text: z.string(), // the figure as written: "more than 160 countries and regions"
          /** What this statement counts, as it words it ("countries and regions"): a series groups wordings of one measure, and two units are two things, not one that changed. */
          unit: z.string(),
          date: isoDate.nullable(),
          speaker: z.string().nullable(), // person slug
        }),
      ),
    }),
  ),
});
export type FiguresFile = z.infer<typeof figuresFile>;

/** Dates mentioned inside articles ("released on Thursday", "in 2022"), from facts/*.jsonl. */
export const mentionsFile = z.object({
  mentions: z.array(
    citation.extend({
      text: z.string(), // the words that name the date
      date: isoDate, // first day of the period for month/year precision
      datePrecision: datePrecision,
      /** How it was resolved, e.g. "weekday before the article date 2020-10-30". */
      resolvedBy: z.string(),
    }),
  ),
});
export type MentionsFile = z.infer<typeof mentionsFile>;

/**
 * content/data/facts/*.jsonl, one line per article: what the article states, each with
 * the paragraph and sentence it came from. One line per article (rather than one file per kind), in
 * 64 shards by seed, lets a re-run after one changed seed rewrite one shard; the site groups the
 * lines into topics, people, figure series and mentioned dates (src/lib/data/aggregate.ts).
 */
export const articleFacts = z.object({
  seed: z.string(),
  article: z.string(), // slug
  date: isoDate.nullable(), // the article's date, inferred ones included
  people: z.array(personRef),
  excerpts: z.array(z.object({ topic: topicSlug, paragraph: paragraphId, sentence: z.string(), match: z.string() })),
  quotes: z.array(z.object({ person: z.string(), paragraph: paragraphId, sentence: z.string(), kind: quoteKind.optional() })),
  figures: z.array(
    z.object({
      series: z.string(),
      label: z.string(),
      unit: z.string(),
      paragraph: paragraphId,
      sentence: z.string(),
      value: z.number(),
      upper: z.number().nullable(),
      qualifier: z.string().nullable(),
      text: z.string(),
      speaker: z.string().nullable(),
    }),
  ),
  mentions: z.array(
    z.object({
      paragraph: paragraphId,
      sentence: z.string(),
      text: z.string(),
      date: isoDate,
      datePrecision: datePrecision,
      resolvedBy: z.string(),
    }),
  ),
});
export type ArticleFacts = z.infer<typeof articleFacts>;

/** content/data/report/*.jsonl, one line per seed: what each stage removed, changed or inferred. */
export const reportLine = z.object({
  seed: z.string(),
  entries: z.array(
    z.object({
      stage: z.string(),
      rule: z.string(),
      action: z.enum(['removed', 'changed', 'inferred', 'skipped', 'found']),
      text: z.string().optional(),
      detail: z.string().optional(),
    }),
  ),
});
export type ReportLine = z.infer<typeof reportLine>;

/**
 * content/data/skipped.json: seeds that could not be read (or are byte-identical duplicates, or are
 * links, FIFOs … with a seed's name), with the reason; and the other files of the seeds folder that
 * are not seeds (README.md, editor backups, dot files, other extensions), which the site does not
 * publish.
 */
export const skippedFile = z.object({
  skipped: z.array(z.object({ seed: z.string(), reason: z.string() })),
  ignored: z.array(z.object({ name: z.string(), reason: z.string() })).default([]),
});

/** content/topics/<slug>.md frontmatter: hand-written topic definitions. */
export const topicDefinition = z.object({
  slug: topicSlug,
  name: z.string(),
  fullName: z.string(),
  order: z.number(),
  aliases: z.array(z.string()),
  caseSensitive: z.array(z.string()),
  notWhen: z.array(z.string()),
});
export type TopicDefinition = z.infer<typeof topicDefinition>;
