/**
 * The per-article stages, in order: decode → segment → clean → dedupe → metadata → topics →
 * people → figures. Pure: bytes in, record and report out (cached by the CLI on the bytes' hash).
 * The corpus stages (events, mentions, emit) run afterwards over all records: see corpus.ts.
 */
import { createHash } from 'node:crypto';
import type { ArticleRecord } from './types.ts';
import { Report, SkipArticle, type ReportEntry } from './report.ts';
import { decode } from './stages/decode.ts';
import { segment } from './stages/segment.ts';
import { clean } from './stages/clean.ts';
import { dedupe } from './stages/dedupe.ts';
import { extractMetadata } from './stages/metadata.ts';
import { findTopics, type TopicMatcher } from './stages/topics.ts';
import { findPeople } from './stages/people.ts';
import { findFigures } from './stages/figures.ts';

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Throws SkipArticle for files that cannot become an article. */
export function processArticle(seed: string, bytes: Uint8Array, topics: TopicMatcher[], report: Report): ArticleRecord {
  const text = decode(seed, bytes, report);
  const { units, header } = segment(text, report);
  const cleaned = clean(units, header, report);
  const { title, paragraphs } = dedupe(cleaned, header, report);
  const meta = extractMetadata(header, paragraphs, report);
  const { topics: topicSlugs, excerpts } = findTopics(paragraphs, topics, report);
  const { people, quotes } = findPeople(paragraphs, report);
  const figures = findFigures(paragraphs, quotes, report);
  return {
    seed,
    hash: hashBytes(bytes),
    paragraphs,
    title,
    ...meta,
    topics: topicSlugs,
    excerpts,
    people,
    quotes,
    figures,
  };
}

/** What became of one seed: an article, or the reason it was skipped; with its report entries. */
export interface Outcome {
  seed: string;
  record?: ArticleRecord;
  skip?: string;
  /** Only unreadable files are worth caching; an unexpected error is retried next time. */
  cacheable: boolean;
  entries: ReportEntry[];
}

/** Bad input gets a clear reason, never a crash: the rest of the site still builds. */
export function processSeed(seed: string, bytes: Uint8Array, topics: TopicMatcher[]): Outcome {
  const report = new Report(seed);
  try {
    return { seed, record: processArticle(seed, bytes, topics, report), cacheable: true, entries: report.entries };
  } catch (error) {
    const reason = error instanceof SkipArticle ? error.reason : `could not be read: ${(error as Error).message}`;
    report.add('decode', 'skipped', 'skipped', undefined, reason);
    return { seed, skip: reason, cacheable: error instanceof SkipArticle, entries: report.entries };
  }
}
