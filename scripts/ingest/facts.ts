/**
 * The per-seed lines of content/data/facts/*.jsonl and content/data/report/*.jsonl, each
 * validated against the data contract (src/schema.ts) before it is written.
 */
import type { ArticleOut, ArticleRecord } from './types.ts';
import type { ReportEntry } from './report.ts';
import type { MentionOut } from './stages/mentions.ts';
import { seedLine } from './jsonl.ts';
import { slugify } from './lib/page-text/language/text.ts';
import { articleFacts, reportLine } from '../../src/schema.ts';

/** A figure's series: what is counted, normalised (`key`), as a slug. */
export const seriesId = (key: string) => slugify(key.replace('|', ' '), 10);

export function factsLine(article: ArticleOut, record: ArticleRecord, mentions: MentionOut[]): string {
  const { seed, ...facts } = articleFacts.parse({
    seed: article.seed,
    article: article.slug,
    date: article.date?.date ?? null,
    people: record.people,
    excerpts: record.excerpts.map(({ topic, paragraph, sentence, match }) => ({ topic, paragraph, sentence, match })),
    quotes: record.quotes.map(({ person, paragraph, sentence, kind }) => ({ person, paragraph, sentence, kind })),
    figures: record.figures.map((f) => ({
      series: seriesId(f.key), label: f.label, unit: f.unit, paragraph: f.paragraph, sentence: f.sentence,
      value: f.value, upper: f.upper, qualifier: f.qualifier, text: f.text, speaker: f.speaker,
    })),
    mentions: mentions.map(({ paragraph, sentence, text, date, datePrecision, resolvedBy }) => ({ paragraph, sentence, text, date, datePrecision, resolvedBy })),
  });
  return seedLine(seed, facts);
}

export function reportLineOf(seed: string, entries: ReportEntry[]): string {
  const parsed = reportLine.parse({ seed, entries: entries.map(({ seed: _, ...entry }) => entry) });
  return seedLine(seed, { entries: parsed.entries });
}
