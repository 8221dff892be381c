/**
 * The ingest as a function: seeds folder in, content/articles/*.mdx and content/data/ out, with the
 * report printed and written (content/data/report/*.jsonl, one line per seed).
 *
 * Incremental: a seed whose file is unchanged since the last run is not read; a changed one goes
 * through the per-article stages (cached by the hash of its bytes and of the ingest's code,
 * .cache/ingest/<key>.json). The corpus stages then place every article from its summary alone
 * (state.ts), and only the articles whose bytes or placement changed are written again. The result
 * is byte for byte that of a cold run (the bench and tests/ingest/incremental.test.ts check it).
 *
 * One run at a time per project: `.cache/ingest.lock` (scripts/lib/run-lock.ts) makes a second run (the
 * dev server's seeds watcher while `npm run build` runs) wait for the first, then do its own work.
 */
import { createHash, hash as oneShotHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import YAML from 'yaml';
import type { ArticleOut, ArticleRecord, PlacementInput } from './types.ts';
import { Report, type ReportEntry } from './report.ts';
import { hashBytes, placementInput, type Outcome } from './outcome.ts';
import { bodyOf, processFile, readOutcome, skippedOutcome } from './outcome-cache.ts';
import { listSeedFiles, readSeedBytes, seedKindOf, type NotASeed } from './seed-files.ts';
import { SkipArticle } from './report.ts';
import { compileTopics, type TopicMatcher } from './stages/topics.ts';
import { isTempName } from '../lib/atomic-write.ts';
import { acquireLock } from '../lib/run-lock.ts';
import { clearTheWay } from './clear-the-way.ts';
import { processSeeds, startWorkerEarly } from './pool.ts';
import { byDateThenSlug, placeArticles, placementSignature } from './corpus.ts';
import { compareText } from './lib/page-text/language/text.ts';
import { printable } from '../../src/lib/text/hidden-characters.ts';
import { proseParagraphs } from './lib/html/article/picture-captions.ts';
import type { EventOut } from './stages/events.ts';
import { overlap, phraseHashes } from './lib/facts/phrases.ts';
import { findMentions } from './stages/mentions.ts';
import { joinMdx, serializeFrontmatter } from './stages/emit.ts';
import { factsLine, reportLineOf } from './facts.ts';
import { updateShards } from './jsonl.ts';
import { loadState, outputKey, saveState, statKey, STATE_FILES, type IngestState, type SeedState } from './state.ts';
import { frontmatterOf, newWritten, removeUnwanted, writeIfChanged, writeJsonIfChanged, writeNew, type Written } from './write.ts';
import { printReport } from './print-report.ts';
import { publishedSlugs } from './published-slugs.ts';
import { digestOfSha256 } from '../lib/published-pages.ts';
import { eventsFile, movedArticlesFile, skippedFile, topicDefinition, topicsListFile, type TopicDefinition } from '../../src/schema.ts';

export interface IngestOptions {
  /** Project folder: content/ is written here, content/topics read from here. */
  root: string;
  seedsDir: string;
  /** Print the report to the console (the CLI does; tests do not). */
  print?: boolean;
  /** How long to wait for another run on the same project (default: INGEST_LOCK_TIMEOUT seconds, else 10 minutes). */
  lockTimeoutMs?: number;
}

export interface IngestResult {
  /** Every article, placed (slug, event, inferred date), in seed order. */
  articles: ArticleOut[];
  events: EventOut[];
  skipped: { seed: string; reason: string }[];
  /** Files in the seeds folder that are not seeds (README.md, backups, dot files …), with why. */
  ignored: NotASeed[];
  /** The report entries of the seeds this run wrote again (all of them on a cold run). */
  entries: ReportEntry[];
  written: Written;
  /** Seeds whose cached outcome was used (their file unchanged, or its bytes seen before). */
  fromCache: number;
  /** Seeds whose outputs were written again: new, changed, or placed differently. */
  rewritten: number;
}

const ingestDir = import.meta.dirname;

/** The lock file of a project's ingest runs. */
export const lockFileOf = (root: string) => join(root, '.cache', 'ingest.lock');

export async function runIngest(options: IngestOptions): Promise<IngestResult> {
  const { root, print = false } = options;
  // A file named .cache would fail every run (clear-the-way.ts).
  sayRemoved(root, clearTheWay(join(root, '.cache')), print);
  const release = await acquireLock(lockFileOf(root), {
    what: 'ingest',
    timeoutMs: options.lockTimeoutMs ?? (Number(process.env.INGEST_LOCK_TIMEOUT) || 600) * 1000,
    log: print ? (line) => console.log(printable(line)) : undefined,
  });
  try {
    return await ingestAlone(options);
  } finally {
    release();
  }
}

/** The run itself, once it holds the project's lock. */
async function ingestAlone({ root, seedsDir, print = false }: IngestOptions): Promise<IngestResult> {
  const started = performance.now();
  // Read first: a damaged list stops the run before anything is written.
  const published = publishedSlugs(root);
  const cacheDir = join(root, '.cache', 'ingest');
  const articlesDir = join(root, 'content', 'articles');
  const dataDir = join(root, 'content', 'data');
  const inTheWay = [
    ...clearTheWay(cacheDir, [...STATE_FILES, RUNNING]),
    ...clearTheWay(articlesDir),
    ...clearTheWay(dataDir, [...DATA_FILES, 'moved-articles.json']),
    ...['facts', 'report'].flatMap((dir) => clearTheWay(join(dataDir, dir), 'all')),
  ];
  sayRemoved(root, inTheWay, print);
  // A run that was killed leaves its marker, and perhaps temporary files of atomic writes: sweep
  // them (a folder that is listed anyway is swept as it is written). What else it left is checked
  // where it is read: the state (state.ts), cached outcomes (outcome-cache.ts), outputs (sameOutputs).
  const marker = join(cacheDir, RUNNING);
  if (existsSync(marker)) for (const dir of [cacheDir, dataDir, join(dataDir, 'facts'), join(dataDir, 'report')]) removeTempFiles(dir);
  writeFileSync(marker, '');

  const topicsDir = join(root, 'content', 'topics');
  const definitions = loadTopicDefinitions(topicsDir);
  const version = hashOfCode(topicsDir);
  const loaded = loadState(cacheDir, version, seedsDir);
  const previous = loaded.state;
  // Without a state (or with another version's) every seed is processed: the worker loads the stages
  // while this thread reads and hashes the seeds (pool.ts). A warm run starts one only if it needs one.
  if (!previous.seeds.length) startWorkerEarly({ definitions, seedsDir, cacheDir });
  if (print && loaded.problem) console.log(`ingest: ${printable(loaded.problem)}`);
  let articlePosition = 0; // in last run's list of articles (code-unit seed order, as placeArticles uses)
  const before = new Map(previous.seeds.map((s) => [s.name, s]));
  const positionBefore = new Map(previous.seeds.map((s) => [s.name, s.input && !isDuplicatePlacement(s.placed) ? articlePosition++ : -1]));
  const now = new Map<string, SeedState>();

  // 1. Which seeds are new or changed: stat first, bytes only when the stat moved. Without a state
  // (a cold run) most seeds are new: one listing of the cache says which are cached, where asking
  // for each file took half a second at 10,000.
  const cachedKeys = previous.seeds.length ? null : new Set(readdirSync(cacheDir));
  const listing = listSeedFiles(seedsDir);
  const outcomes = new Map<string, Outcome>();
  const phraseSets = new Map<string, Float64Array>(); // from the workers, or made when first needed
  const todo: { seed: string; key: string; stat: string; bytes: Uint8Array; hash: string }[] = [];
  const listed: string[] = [];
  for (const { name: seed, stats } of listing.seeds) {
    listed.push(seed);
    const stat = statKey(stats);
    const last = before.get(seed);
    if (last?.stat === stat) {
      now.set(seed, last);
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readSeedBytes(seedsDir, seed);
    } catch (error) {
      // Gone or swapped for a link since the listing: skipped this time, read again next time.
      const outcome = skippedOutcome(seed, error instanceof SkipArticle ? error.reason : String(error), false);
      outcomes.set(seed, outcome);
      now.set(seed, seedState(outcome, '', ''));
      continue;
    }
    // The key is made from the bytes' hash, which the worker reuses as the record's: hashed once.
    const hash = hashBytes(bytes);
    // The seed's kind is in the key: the same bytes read as text and as a saved page are two articles.
    // One hash of the three joined: what hashing them one after another gives, without a Hash object per seed.
    const key = oneShotHash('sha256', version + (seedKindOf(seed) ?? '') + hash, 'hex').slice(0, 32);
    const read = last?.key === key || (cachedKeys && !cachedKeys.has(key + '.json')) ? null : readOutcome(cacheDir, seed, key);
    const cached = read && 'outcome' in read ? read.outcome : null;
    if (last?.key === key) now.set(seed, { ...last, stat });
    else if (cached) {
      outcomes.set(seed, cached);
      now.set(seed, seedState(cached, stat, key));
    } else todo.push({ seed, key, stat, bytes, hash });
  }
  const fromCache = listed.length - todo.length - [...outcomes.values()].filter((o) => !o.cacheable).length;

  // 2. The per-article stages for the rest, in worker threads (several when there are many), each seed with a deadline.
  const processed = await processSeeds(todo, { seedsDir, cacheDir }, definitions, (done) => {
    if (print && done % 1000 === 0) console.log(`ingest: ${done}/${todo.length} new or changed articles processed`);
  });
  const todoBySeed = new Map(todo.map((t) => [t.seed, t]));
  for (const outcome of processed) {
    const { key, stat } = todoBySeed.get(outcome.seed)!;
    outcomes.set(outcome.seed, outcome);
    if (outcome.phrases) phraseSets.set(outcome.seed, outcome.phrases);
    // An unexpected error is not cached: an empty stat and key make the next run try again.
    now.set(outcome.seed, outcome.cacheable ? seedState(outcome, stat, key) : seedState(outcome, '', ''));
  }
  const changedSeeds = listed.filter((s) => now.get(s)!.key !== before.get(s)?.key);
  const goneSeeds = previous.seeds.map((s) => s.name).filter((s) => !now.has(s));
  // Cached outcomes of seeds that changed or went away would only grow the cache: a warm run knows
  // which they are; a cold one (no state) sweeps the folder.
  if (!previous.seeds.length) removeStaleCache(cacheDir, now);
  else if (changedSeeds.length || goneSeeds.length) {
    const used = new Set([...now.values()].map((s) => s.key));
    for (const seed of [...changedSeeds, ...goneSeeds]) {
      const old = before.get(seed)?.key;
      if (old && !used.has(old)) rmSync(join(cacheDir, old + '.json'), { recursive: true, force: true });
    }
  }
  const perArticleMs = performance.now() - started;

  // 3. The corpus stages, on summaries; bodies are read only for reports compared for the first time.
  const corpusStarted = performance.now();
  let matchers: TopicMatcher[] | undefined;
  const outcomeOf = (seed: string): Outcome => {
    let outcome = outcomes.get(seed);
    if (!outcome) {
      const key = now.get(seed)!.key;
      const read = readOutcome(cacheDir, seed, key);
      if ('outcome' in read) outcome = read.outcome;
      else {
        // A missing or damaged cache entry is made again from the seed, never trusted or fatal. In this
        // thread, with no deadline (pool.ts): the same code made the entry from the same bytes, so it ended.
        if (print) console.log(`ingest: cache entry ${printable(join(relative(root, cacheDir), key + '.json'))} for ${printable(seed)} ${read.error}: made again`);
        outcome = processFile({ seed, key }, seedsDir, (matchers ??= compileTopics(definitions)), cacheDir);
      }
      outcomes.set(seed, outcome);
    }
    return outcome;
  };
  const phrasesOf = (seed: string) => phraseSets.get(seed) ?? phraseSets.set(seed, phraseHashes(proseParagraphs(outcomeOf(seed).record!.paragraphs))).get(seed)!;
  const duplicates = findDuplicates(listed, now);
  const inputs = listed.filter((s) => !duplicates.has(s)).map((s) => now.get(s)!.input).filter((s): s is PlacementInput => !!s);
  const { articles, events, reports, pairs, moved } = placeArticles(inputs, {
    overlapOf: (a, b) => overlap(phrasesOf(a.seed), phrasesOf(b.seed)),
    remembered: loaded.pairs ? { pairs: loaded.pairs, positionOf: (seed) => (before.get(seed)?.key === now.get(seed)!.key ? positionBefore.get(seed)! : -1) } : undefined,
    published: { slugsOf: published, digestOf: (seed) => now.get(seed)?.digest },
  });

  // 4. Which seeds need their outputs written again.
  const factsDir = join(dataDir, 'facts');
  const reportDir = join(dataDir, 'report');
  const dataFiles = DATA_FILES.map((f) => join(dataDir, f));
  const whole = !sameOutputs(previous.outputs, [factsDir, reportDir], dataFiles);
  // Reading 10,000 names is skipped when the folder's stat says no file was added or removed since.
  const articleFilesKnown = !whole && previous.articlesFolder === outputKey(articlesDir);
  const articleFiles = new Set(articleFilesKnown ? [] : readdirSync(articlesDir));
  const articleOf = new Map(articles.map((a) => [a.seed, a]));
  const rewrite: string[] = [];
  for (const seed of listed) {
    const state = now.get(seed)!;
    const article = articleOf.get(seed);
    const original = duplicates.get(seed);
    const placed = article ? placementSignature(article, reports.get(seed)?.entries) : original ? `duplicate of ${original}` : undefined;
    if (placed !== state.placed) now.set(seed, { ...state, placed });
    const last = before.get(seed);
    const stale = whole || !last || last.key !== state.key || last.placed !== now.get(seed)!.placed;
    if (stale || (article && !articleFilesKnown && !articleFiles.has(article.slug + '.mdx'))) rewrite.push(seed);
  }
  const corpusMs = performance.now() - corpusStarted;

  // 5. Write: MDX and lines for those seeds; the small corpus-wide files whole.
  const written = newWritten();
  const factLines = new Map<string, string>();
  const reportLines = new Map<string, string>();
  const entries: ReportEntry[] = [];
  for (const seed of rewrite) {
    try {
      writeSeed(seed);
    } catch (error) {
      throw new Error(`ingest: writing the outputs of seed ${printable(seed)} failed: ${(error as Error).message}`, { cause: error });
    }
  }
  function writeSeed(seed: string): void {
    const original = duplicates.get(seed);
    if (original) {
      const report = new Report(seed);
      report.add('files', 'duplicate', 'skipped', undefined, `duplicate of ${original}`);
      for (const e of report.entries) entries.push(e);
      reportLines.set(seed, reportLineOf(seed, report.entries));
      return;
    }
    const outcome = outcomeOf(seed);
    const article = articleOf.get(seed);
    const report = reports.get(seed) ?? new Report(seed);
    if (article) {
      const record: ArticleRecord = outcome.record!;
      const mentions = findMentions({ ...article, paragraphs: proseParagraphs(record.paragraphs) }, report);
      factLines.set(seed, factsLine(article, record, mentions));
      const mdx = joinMdx(serializeFrontmatter(frontmatterOf(outcome.summary!, article)), bodyOf(outcome));
      const file = article.slug + '.mdx';
      // The folder was listed unless its stat said nothing was added or removed since last run.
      if (articleFilesKnown || articleFiles.has(file)) writeIfChanged(join(articlesDir, file), mdx, written);
      else writeNew(join(articlesDir, file), mdx, written);
    }
    const seedEntries = [...outcome.entries.map((e) => ({ ...e, seed })), ...report.entries];
    // One push per entry: spreading 200,000 entries into push() overflows the call stack.
    for (const e of seedEntries) entries.push(e);
    reportLines.set(seed, reportLineOf(seed, seedEntries));
  }
  if (!articleFilesKnown || changedSeeds.length || goneSeeds.length) {
    const files = articleFilesKnown ? readdirSync(articlesDir) : articleFiles;
    removeUnwanted(articlesDir, files, new Set(articles.map((a) => a.slug + '.mdx')), written);
  }
  const touched = [...rewrite, ...goneSeeds];
  written.changed += updateShards(factsDir, factLines, (seed) => articleOf.has(seed), touched, whole);
  written.changed += updateShards(reportDir, reportLines, (seed) => now.has(seed), touched, whole);
  const skipped = [
    ...listing.refused.map(({ name, reason }) => ({ seed: name, reason })),
    ...listed.filter((s) => now.get(s)!.skip !== undefined || duplicates.has(s)).map((seed) => ({ seed, reason: now.get(seed)!.skip ?? `duplicate of ${duplicates.get(seed)}` })),
  ].sort((a, b) => compareText(a.seed, b.seed));
  const ignored = listing.ignored;
  // Events, topics and skipped seeds follow from the seeds alone: unchanged seeds, unchanged files.
  if (whole || changedSeeds.length || goneSeeds.length || !sameListing(previous.listing, listing)) {
    const byDate = [...articles].sort(byDateThenSlug);
    const topics = definitions.map((d) => ({ slug: d.slug, name: d.name, articles: byDate.filter((a) => a.topics.includes(d.slug)).map((a) => a.slug) }));
    writeJsonIfChanged(dataFiles[0], { events }, eventsFile, written);
    writeJsonIfChanged(dataFiles[1], { topics }, topicsListFile, written);
    writeJsonIfChanged(dataFiles[2], { skipped, ignored }, skippedFile, written);
  }
  // Which published addresses moved follows from the published list too, which may change alone: written on every run.
  writeJsonIfChanged(join(dataDir, 'moved-articles.json'), { moved }, movedArticlesFile, written);
  if (whole) removeLegacyOutputs(root, dataDir); // an older ingest's state never matches: its runs are whole
  const next: IngestState = {
    version, seedsDir, seeds: listed.map((s) => now.get(s)!),
    outputs: outputsOf([factsDir, reportDir], dataFiles), articlesFolder: outputKey(articlesDir), listing: listingKey(listing),
  };
  saveState(cacheDir, next, loaded, pairs);
  rmSync(marker, { force: true });

  const phases = { articles: perArticleMs, corpus: corpusMs, write: performance.now() - corpusStarted - corpusMs };
  if (print) {
    printReport({
      seeds: listed.length, refused: listing.refused.length, articles, events: events.length, skipped, ignored, entries, written, fromCache,
      rewritten: rewrite.length, phases, totalMs: performance.now() - started, seedsDir: relative(root, seedsDir) || '.',
    });
  }
  return { articles, events, skipped, ignored, entries, written, fromCache, rewritten: rewrite.length };
}

function seedState(outcome: Outcome, stat: string, key: string): SeedState {
  const name = outcome.seed;
  return outcome.summary ? { name, stat, key, digest: outcome.record && digestOfSha256(outcome.record.hash), input: placementInput(outcome.summary) } : { name, stat, key, skip: outcome.skip! };
}

/**
 * Byte-identical seeds are one article: the first by name is it, each other is skipped as a
 * duplicate of it (and counts in no event). Identical bytes have the same cache key.
 */
function findDuplicates(listed: string[], now: Map<string, SeedState>): Map<string, string> {
  const firstByKey = new Map<string, string>();
  const duplicates = new Map<string, string>();
  for (const seed of listed) {
    const { key, input } = now.get(seed)!;
    if (!key || !input) continue;
    const first = firstByKey.get(key);
    if (first) duplicates.set(seed, first);
    else firstByKey.set(key, seed);
  }
  return duplicates;
}

/** The folder's non-seeds and refused files, with reasons: when it changes, skipped.json is written again. */
const listingKey = (l: { refused: NotASeed[]; ignored: NotASeed[] }) => JSON.stringify([l.refused, l.ignored]);
const sameListing = (recorded: string | undefined, l: { refused: NotASeed[]; ignored: NotASeed[] }) => recorded === listingKey(l);

/** Says what clear-the-way.ts removed from where the ingest writes (paths with why, under `root`). */
function sayRemoved(root: string, removed: string[], print: boolean): void {
  if (print) for (const path of removed) console.log(`ingest: removed ${printable(relative(root, path))}: in the way of what the ingest writes`);
}

const RUNNING = 'running';
/** The corpus-wide data files, compared whole (sameOutputs). */
const DATA_FILES = ['events.json', 'topics.json', 'skipped.json'];
const isDuplicatePlacement = (placed: string | undefined) => !!placed?.startsWith('duplicate of ');

function removeTempFiles(dir: string): void {
  if (!existsSync(dir)) return;
  for (const file of readdirSync(dir)) if (isTempName(file)) rmSync(join(dir, file), { force: true });
}

/** The stat of every file in these folders, and of these files, by path. */
function outputsOf(dirs: string[], files: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dir of dirs) for (const f of existsSync(dir) ? readdirSync(dir).sort() : []) out[join(dir, f)] = outputKey(join(dir, f));
  for (const file of files) out[file] = outputKey(file);
  return out;
}

/** False when a file written last run was changed or removed by hand, or one was added. */
function sameOutputs(recorded: Record<string, string>, dirs: string[], files: string[]): boolean {
  const current = outputsOf(dirs, files);
  const paths = Object.keys(current);
  return paths.length > 0 && paths.length === Object.keys(recorded).length && paths.every((p) => recorded[p] === current[p]);
}

/** Removes every cached outcome no seed uses. */
function removeStaleCache(cacheDir: string, seeds: Map<string, SeedState>): void {
  const used = new Set([...seeds.values()].map((s) => s.key + '.json'));
  for (const file of [...STATE_FILES, RUNNING]) used.add(file);
  for (const file of readdirSync(cacheDir)) if (!used.has(file)) rmSync(join(cacheDir, file), { recursive: true });
}

/** Data files earlier versions of the ingest wrote, which the site no longer reads. */
function removeLegacyOutputs(root: string, dataDir: string): void {
  for (const file of ['people.json', 'figures.json', 'mentions.json', 'ingest-report.json', 'ingest-report.jsonl', 'facts.jsonl']) rmSync(join(dataDir, file), { force: true });
  rmSync(join(root, '.cache', 'ingest-outputs.json'), { force: true });
}

export function loadTopicDefinitions(dir: string): TopicDefinition[] {
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
  // Titles in other scripts are spelled by any-ascii's tables (lib/page-text/language/article-slug.ts): another version may spell a slug otherwise.
  hash.update(readFileSync(new URL('./package.json', import.meta.resolve('any-ascii'))));
  return hash.digest('hex');
}
