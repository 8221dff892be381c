/**
 * Per-seed outcomes of the per-article stages, cached as .cache/ingest/<key>.json by the hash of the
 * seed's bytes and the ingest's code. Written where the work is done (in the worker thread, at 10,000
 * seeds: 100 MB of JSON the main thread no longer serializes), read back only for seeds a re-run must
 * write again. The MDX body and the phrase hashes travel with a fresh outcome but are not cached:
 * both are quick to make again from the record, and the cache stays a third smaller.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processSeed, type Outcome } from './pipeline.ts';
import { serializeBody } from './stages/emit.ts';
import { phraseHashes } from './lib/phrases.ts';
import type { TopicMatcher } from './stages/topics.ts';

/** A seed to process: its file name and its cache key. */
export interface Job {
  seed: string;
  key: string;
}

/** An outcome with what the corpus stages and the writer need of it. */
export interface FreshOutcome extends Outcome {
  phrases?: Float64Array;
}

export function processAndCache(job: Job, bytes: Uint8Array, matchers: TopicMatcher[], cacheDir: string): FreshOutcome {
  const outcome = processSeed(job.seed, bytes, matchers);
  if (outcome.cacheable) {
    const { seed: _, body: __, ...cached } = outcome;
    writeFileSync(join(cacheDir, job.key + '.json'), JSON.stringify(cached));
  }
  return outcome.record ? { ...outcome, phrases: phraseHashes(outcome.record.paragraphs) } : outcome;
}

export function readOutcome(cacheDir: string, seed: string, key: string): Outcome | null {
  const path = join(cacheDir, key + '.json');
  if (!existsSync(path)) return null;
  const cached = JSON.parse(readFileSync(path, 'utf8')) as Omit<Outcome, 'seed'>;
  return { seed, ...cached };
}

/** The article's MDX body: made in the per-article stages, or again from a cached record. */
export const bodyOf = (outcome: Outcome): string => outcome.body ?? serializeBody(outcome.record!.paragraphs);
