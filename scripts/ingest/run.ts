/**
 * The ingest as a function: seeds folder in, content/articles/*.mdx + content/data/*.json and the
 * ingest report out (printed, and written to content/data/ingest-report.json).
 *
 * Per-article results are cached by the hash of the seed's bytes and of the ingest's own code and
 * topic definitions (.cache/ingest/), so re-running after one article changes redoes one article.
 * Files are written only when their content changed; outputs whose seed is gone are removed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import YAML from 'yaml';
import type { ArticleRecord } from './types.ts';
import { Report, type ReportEntry } from './report.ts';
import type { Outcome } from './pipeline.ts';
import { processSeeds } from './pool.ts';
import { buildCorpus, type Corpus } from './corpus.ts';
import { compileTopics } from './stages/topics.ts';
import { toMdx } from './stages/emit.ts';
import { writeOutputs, type Written } from './write.ts';
import { printReport } from './print-report.ts';
import { topicDefinition, type TopicDefinition } from '../../src/schema.ts';

export interface IngestOptions {
  /** Project folder: content/ is written here, content/topics read from here. */
  root: string;
  seedsDir: string;
  /** Print the report to the console (the CLI does; tests do not). */
  print?: boolean;
}

export interface IngestResult {
  corpus: Corpus;
  skipped: { seed: string; reason: string }[];
  entries: ReportEntry[];
  written: Written;
  fromCache: number;
}

const ingestDir = import.meta.dirname;

export async function runIngest({ root, seedsDir, print = false }: IngestOptions): Promise<IngestResult> {
  const cacheDir = join(root, '.cache', 'ingest');
  const started = performance.now();

  const topicsDir = join(root, 'content', 'topics');
  const definitions = loadTopicDefinitions(topicsDir);
  const matchers = compileTopics(definitions);
  const codeVersion = hashOfCode(topicsDir);

  const seeds = readdirSync(seedsDir).filter((f) => !f.startsWith('.') && statSync(join(seedsDir, f)).isFile()).sort();
  const used = new Set<string>();
  const records: ArticleRecord[] = [];
  const skipped: { seed: string; reason: string }[] = [];
  const reports = new Map<string, Report>();
  let fromCache = 0;
  mkdirSync(cacheDir, { recursive: true });

  // Cached outcomes first; the rest go through the stages, in worker threads when there are many.
  const todo: { seed: string; cachePath: string }[] = [];
  const take = (outcome: Outcome) => {
    const report = new Report(outcome.seed);
    report.entries.push(...outcome.entries.map((e) => ({ ...e, seed: outcome.seed })));
    reports.set(outcome.seed, report);
    if (outcome.record) records.push({ ...outcome.record, seed: outcome.seed });
    else skipped.push({ seed: outcome.seed, reason: outcome.skip! });
  };
  for (const seed of seeds) {
    const bytes = readFileSync(join(seedsDir, seed));
    const key = createHash('sha256').update(codeVersion).update(bytes).digest('hex');
    const cachePath = join(cacheDir, key + '.json');
    used.add(key + '.json');
    if (existsSync(cachePath)) {
      take({ seed, ...(JSON.parse(readFileSync(cachePath, 'utf8')) as Omit<Outcome, 'seed'>) });
      fromCache++;
    } else todo.push({ seed, cachePath });
  }
  const cachePaths = new Map(todo.map((t) => [t.seed, t.cachePath]));
  const outcomes = await processSeeds(todo.map((t) => t.seed), seedsDir, definitions, (done) => {
    if (print && done % 1000 === 0) console.log(`ingest: ${done}/${todo.length} new or changed articles processed`);
  });
  for (const outcome of outcomes) {
    take(outcome);
    if (outcome.cacheable) writeFileSync(cachePaths.get(outcome.seed)!, JSON.stringify({ ...outcome, seed: undefined }));
  }
  skipped.sort((a, b) => a.seed.localeCompare(b.seed));
  const perArticleMs = performance.now() - started;
  // Entries for seeds that changed or went away would only grow the cache.
  for (const file of readdirSync(cacheDir)) if (!used.has(file)) rmSync(join(cacheDir, file));

  const corpusStarted = performance.now();
  const corpus = buildCorpus(records, matchers, reports);
  const corpusMs = performance.now() - corpusStarted;
  const manifestPath = join(cacheDir, '..', 'ingest-outputs.json');
  const previous = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>) : {};
  const { manifest, ...written } = writeOutputs(root, corpus, skipped, toMdx, { previous, version: codeVersion });
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const entries = seeds.flatMap((s) => reports.get(s)!.entries);
  writeFileSync(
    join(root, 'content', 'data', 'ingest-report.json'),
    JSON.stringify({ articles: corpus.articles.length, skipped, entries }) + '\n',
  );
  const phases = { articles: perArticleMs, corpus: corpusMs, write: performance.now() - corpusStarted - corpusMs };
  if (print) printReport({ seeds: seeds.length, corpus, skipped, entries, written, fromCache, phases, totalMs: performance.now() - started, seedsDir: relative(root, seedsDir) || '.' });
  return { corpus, skipped, entries, written, fromCache };
}

function loadTopicDefinitions(dir: string): TopicDefinition[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const front = /^---\n([\s\S]*?)\n---/.exec(text);
      if (!front) throw new Error(`${f}: no frontmatter`);
      return topicDefinition.parse(YAML.parse(front[1]));
    });
}

/** Changing the ingest's code or the topic definitions invalidates the cache. */
function hashOfCode(topicsDir: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const f of readdirSync(dir).sort()) {
      const path = join(dir, f);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(relative(dir, path)).update(readFileSync(path));
    }
  };
  walk(ingestDir);
  walk(topicsDir);
  hash.update(readFileSync(join(ingestDir, '..', '..', 'src', 'schema.ts')));
  return hash.digest('hex');
}
