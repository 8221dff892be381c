/**
 * The ways the benchmark turns a case into an article body and headline. Each runs the project's own
 * ingest functions (not the CLI) on bytes, exactly as a seed of that kind would be read:
 *
 * - `raw`: the innerText as is, no cleaning; the headline is its first line (the floor to beat);
 * - `text`: the innerText given to the per-article pipeline as a `.txt` seed;
 * - `html`: the saved page given to the per-article pipeline as an `.html` seed.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { processArticle } from '../../ingest/pipeline.ts';
import { proseParagraphs } from '../../ingest/lib/html/article/picture-captions.ts';
// The ingest loads its HTML stage with the first saved page (pipeline.ts); here it is loaded before
// any clock starts, like every other module of the ingest, so pages/s is the pages' cost alone.
import '../../ingest/stages/html.ts';
import { Report, SkipArticle } from '../../ingest/report.ts';
import { compileTopics, type TopicMatcher } from '../../ingest/stages/topics.ts';
import { loadTopicDefinitions } from '../../ingest/run.ts';
import type { BenchCase } from './cases.ts';

export type PathName = 'raw' | 'text' | 'html';

export interface Extraction {
  body: string;
  headline: string | null;
  /** Why the ingest skipped the page, if it did (scored as an empty body). */
  skipped?: string;
  lang?: string | null;
  /** The day the page says it was published (a page stamp, else the article's date to the day). */
  published?: string | null;
  author?: string | null;
}

let matchers: TopicMatcher[] | null = null;
/** The project's real topic definitions, so the timing includes the topics stage as a build would. */
function topicMatchers(): TopicMatcher[] {
  matchers ??= compileTopics(loadTopicDefinitions(join(import.meta.dirname, '../../../content/topics')));
  return matchers;
}

function viaPipeline(seed: string, bytes: Uint8Array): Extraction {
  const report = new Report(seed);
  try {
    const record = processArticle(seed, bytes, topicMatchers(), report);
    const lang = (record as { lang?: string | null }).lang ?? null;
    const published = record.published ?? (record.date?.precision === 'day' ? record.date.date : null);
    // The pictures' captions shown beside the article are not its text (lib/html/article/picture-captions.ts).
    return { body: proseParagraphs(record.paragraphs).map((p) => p.text).join('\n\n'), headline: record.title || null, lang, published, author: record.author };
  } catch (error) {
    if (error instanceof SkipArticle) return { body: '', headline: null, skipped: error.reason };
    throw error;
  }
}

export const PATHS: Record<PathName, { label: string; available: (c: BenchCase) => boolean; run: (c: BenchCase) => Extraction }> = {
  raw: {
    label: 'raw text, no cleaning',
    available: (c) => c.innerText() !== null,
    run: (c) => {
      const text = c.innerText() ?? '';
      return { body: text, headline: text.split('\n').find((l) => l.trim())?.trim() ?? null };
    },
  },
  text: {
    label: 'text path (.txt seed)',
    available: (c) => c.innerText() !== null,
    run: (c) => viaPipeline(`${c.id}.txt`, new TextEncoder().encode(c.innerText() ?? '')),
  },
  html: {
    label: 'HTML path (.html seed)',
    available: () => htmlPathExists(),
    run: (c) => viaPipeline(`${c.id}.html`, c.html()),
  },
};

/** The HTML path is scored once the pipeline reads HTML seeds (scripts/ingest/stages/html.ts). */
function htmlPathExists(): boolean {
  return readdirSync(join(import.meta.dirname, '../../ingest/stages')).includes('html.ts');
}
