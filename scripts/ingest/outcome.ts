/**
 * What the per-article stages make of one seed, and the little of it the corpus stages keep. Apart
 * from pipeline.ts so that the main thread, whose worker threads run those stages (pool.ts), loads
 * none of them (segment, main-text, franc, figures, …): pipeline.ts is loaded on first use
 * (outcome-cache.ts), which a run that remakes a damaged cache entry in this thread pays.
 */
import { hash } from 'node:crypto';
import type { ArticleRecord, ArticleSummary, PlacementInput } from './types.ts';
import type { ReportEntry } from './report.ts';

export function hashBytes(bytes: Uint8Array): string {
  // The one-shot hash: no Hash object per seed (the same digest as createHash's).
  return hash('sha256', bytes, 'hex');
}

/** The part of a summary the corpus stages need, kept between runs. */
export function placementInput(s: ArticleSummary): PlacementInput {
  const { seed, title, titleSlug, date, outlet, topics, speakers, newsWeekdays } = s;
  return { seed, title, titleSlug, date, outlet, topics, speakers, newsWeekdays };
}

/** What became of one seed: an article, or the reason it was skipped; with its report entries. */
export interface Outcome {
  seed: string;
  record?: ArticleRecord;
  summary?: ArticleSummary;
  /** The article's paragraphs as MDX (its frontmatter comes after the corpus stages). */
  body?: string;
  skip?: string;
  /** Only unreadable files are worth caching; an unexpected error is retried next time. */
  cacheable: boolean;
  entries: ReportEntry[];
}
