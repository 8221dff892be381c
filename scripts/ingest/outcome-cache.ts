/**
 * Per-seed outcomes of the per-article stages, cached as .cache/ingest/<key>.json by the hash of the
 * seed's bytes and the ingest's code. Written where the work is done (in the worker thread, at 10,000
 * seeds: 100 MB of JSON the main thread no longer serializes), read back only for seeds a re-run must
 * write again. The MDX body and the phrase hashes travel with a fresh outcome but are not cached:
 * both are quick to make again from the record, and the cache stays a third smaller.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashBytes, type Outcome } from './outcome.ts';
import { isCachedOutcome } from './outcome-shape.ts';
import { inTheWay } from './clear-the-way.ts';
import type * as Pipeline from './pipeline.ts';
import { onFirstUse } from '../lib/on-first-use.ts';
import { Report, SkipArticle } from './report.ts';
import { readSeedBytes } from './seed-files.ts';
import { writeFileAtomic } from '../lib/atomic-write.ts';
import { seal, unseal } from '../lib/checksummed.ts';
import { serializeBody } from './stages/emit.ts';
import { phraseHashes } from './lib/facts/phrases.ts';
import { proseParagraphs } from './lib/html/article/picture-captions.ts';
import type { TopicMatcher } from './stages/topics.ts';

/**
 * The per-article stages, loaded with the first seed this thread processes: the main thread hands
 * its seeds to worker threads (pool.ts) and needs none of them.
 */
const pipeline = onFirstUse<typeof Pipeline>(fileURLToPath(new URL('./pipeline.ts', import.meta.url)));
/** Loads the per-article stages now: a worker does before its first seed, whose time limit (pool.ts) the loading would eat into. */
export const loadStages = (): void => void pipeline();

/** A seed to process: its file name and its cache key, and its bytes when the caller has read them. */
export interface Job {
  seed: string;
  key: string;
  /**
   * The bytes the key was made from, when the caller read them: processed as they are, so the seed is
   * not read twice and the outcome is right for its key whatever became of the file since (an edit
   * moves the file's stat, so the next run reads it again).
   */
  bytes?: Uint8Array;
  /**
   * sha256 of the bytes the key was made from (hashBytes), when they were read before: the key is made
   * from it, and it becomes the record's hash, so no thread hashes the bytes again.
   */
  hash?: string;
}

/** An outcome with what the corpus stages and the writer need of it. */
export interface FreshOutcome extends Outcome {
  phrases?: Float64Array;
}

/** `hash` is hashBytes(bytes). */
export function processAndCache(job: Job, bytes: Uint8Array, hash: string, matchers: TopicMatcher[], cacheDir: string, cache = true): FreshOutcome {
  const processed = pipeline().processSeed(job.seed, bytes, matchers, hash);
  const outcome = cache ? processed : { ...processed, cacheable: false };
  if (outcome.cacheable) {
    const { seed: _, body: __, ...cached } = outcome;
    // Atomic and checksummed: a run killed mid-write, or a damaged entry, is detected on reading.
    writeFileAtomic(join(cacheDir, job.key + '.json'), seal(JSON.stringify(cached)));
  }
  return outcome.record ? { ...outcome, phrases: phraseHashes(proseParagraphs(outcome.record.paragraphs)) } : outcome;
}

/** Reads the seed unless the job carries its bytes (never through a link: seed-files.ts), processes and caches it. */
export function processFile(job: Job, seedsDir: string, matchers: TopicMatcher[], cacheDir: string): FreshOutcome {
  if (job.bytes) return processAndCache(job, job.bytes, job.hash ?? hashBytes(job.bytes), matchers, cacheDir);
  let bytes: Buffer;
  try {
    bytes = readSeedBytes(seedsDir, job.seed);
  } catch (error) {
    return skippedOutcome(job.seed, error instanceof SkipArticle ? error.reason : String(error), false);
  }
  // Edited since its key was made (while this run went on): right for the file as it is now, wrong for
  // the key. Not cached, so the next run reads the seed again.
  const hash = hashBytes(bytes);
  const unchanged = job.hash === undefined || hash === job.hash;
  return processAndCache(job, bytes, hash, matchers, cacheDir, unchanged);
}

/** The outcome of a seed that could not be read: not cached, so the next run reads it again. */
export function skippedOutcome(seed: string, reason: string, cacheable: boolean): Outcome {
  const report = new Report(seed);
  report.add('decode', 'skipped', 'skipped', undefined, reason);
  return { seed, skip: reason, cacheable, entries: report.entries };
}

/** The cached outcome, or why it cannot be used (missing, damaged, not an outcome). */
export function readOutcome(cacheDir: string, seed: string, key: string): { outcome: Outcome } | { error: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(cacheDir, key + '.json'));
  } catch (error) {
    // A folder where the entry goes would fail its writing again: removed (clear-the-way.ts).
    if ((error as NodeJS.ErrnoException).code === 'EISDIR' && inTheWay(join(cacheDir, key + '.json'), 'file')) return { error: 'is a folder: removed' };
    return { error: 'is missing' };
  }
  const sealed = unseal(bytes);
  if ('error' in sealed) return { error: `is damaged (${sealed.error})` };
  try {
    const cached = JSON.parse(sealed.payload.toString('utf8')) as Omit<Outcome, 'seed'>;
    if (!isCachedOutcome(cached)) return { error: 'is not an ingest outcome' };
    // The entry is keyed by the bytes, so it may have been made for another seed with the same
    // bytes (a copy, or this seed before a rename): its record and summary are this seed's now.
    const { record, summary } = cached;
    return { outcome: { ...cached, seed, ...(record && { record: { ...record, seed } }), ...(summary && { summary: { ...summary, seed } }) } };
  } catch {
    return { error: 'is damaged (not JSON)' };
  }
}

/** The article's MDX body: made in the per-article stages, or again from a cached record. */
export const bodyOf = (outcome: Outcome): string => outcome.body ?? serializeBody(outcome.record!.paragraphs);
