/**
 * The article body the project's own pipeline gives a seed, for the bench's census tools (lost-lines.ts,
 * html-lost-text.ts, html-snippet-census.ts): '' when the pipeline skips the page, and the report the
 * caller passes keeps every stage's say about what it removed.
 */
import { join } from 'node:path';
import { processArticle } from '../../../ingest/pipeline.ts';
import { Report, SkipArticle } from '../../../ingest/report.ts';
import type { BenchCase } from '../cases.ts';
import { compileTopics, type TopicMatcher } from '../../../ingest/stages/topics.ts';
import { loadTopicDefinitions } from '../../../ingest/run.ts';
import { proseParagraphs } from '../../../ingest/lib/html/article/picture-captions.ts';

let matchers: TopicMatcher[] | null = null;

export function bodyThroughPipeline(seed: string, bytes: Uint8Array, report: Report): string {
  return articleThroughPipeline(seed, bytes, report).body;
}

/** The body and the title the pipeline gives a seed ('' and '' when it skips the page). */
export function articleThroughPipeline(seed: string, bytes: Uint8Array, report: Report): { body: string; title: string } {
  matchers ??= compileTopics(loadTopicDefinitions(join(import.meta.dirname, '../../../../content/topics')));
  try {
    const article = processArticle(seed, bytes, matchers, report);
    // The pictures' captions shown beside the article are not its text (lib/html/article/picture-captions.ts).
    return { body: proseParagraphs(article.paragraphs).map((p) => p.text).join('\n\n'), title: article.title };
  } catch (error) {
    if (!(error instanceof SkipArticle)) throw error;
    return { body: '', title: '' };
  }
}

/** A case as the seed file a path reads: its saved page (html), or its innerText (text; null when the set has none). */
export function seedOfCase(c: BenchCase, path: string): { seed: string; bytes: Uint8Array } | null {
  if (path === 'html') return { seed: `${c.id}.html`, bytes: c.html() };
  const text = c.innerText();
  return text === null ? null : { seed: `${c.id}.txt`, bytes: new TextEncoder().encode(text) };
}

/** Each case the path can read, with the body the pipeline gives it ('' when it skips the page), in order. */
export function* bodiesOnPath<C extends BenchCase>(cases: readonly C[], path: string): Generator<{ c: C; body: string }> {
  for (const c of cases) {
    const seed = seedOfCase(c, path);
    if (seed) yield { c, body: bodyThroughPipeline(seed.seed, seed.bytes, new Report(seed.seed)) };
  }
}
