/**
 * A seed edited while the ingest runs (between reading it for its cache key and processing it) is
 * processed as it now is, but its outcome is not cached under the key of the bytes read before: that
 * entry would give the new text to anyone whose seed has the old bytes (an undo, a checkout).
 */
import { afterAll, expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processFile } from '../../scripts/ingest/outcome-cache.ts';
import { hashBytes } from '../../scripts/ingest/pipeline.ts';
import { tempTrees } from '../helpers/temp-tree.ts';
import { matchers, PROSE } from './helpers.ts';

const trees = tempTrees('seed-edited-');
afterAll(trees.cleanup);

it('is processed as it now is and not cached under the key of its earlier bytes', () => {
  const root = trees.make({});
  const seedsDir = join(root, 'seeds');
  const cacheDir = join(root, 'cache');
  mkdirSync(seedsDir);
  mkdirSync(cacheDir);
  const before = Buffer.from(`Ministry opens a laboratory\n\n${PROSE}\n`);
  writeFileSync(join(seedsDir, 'a.txt'), `Ministry opens a laboratory\n\n${PROSE} The edit added this sentence to the report.\n`);
  const job = { seed: 'a.txt', key: 'f'.repeat(32), hash: hashBytes(before) };
  const outcome = processFile(job, seedsDir, matchers, cacheDir);
  expect(outcome.record?.paragraphs.map((p) => p.text).join(' ')).toContain('The edit added this sentence');
  expect(outcome.cacheable).toBe(false);
  expect(existsSync(join(cacheDir, `${job.key}.json`))).toBe(false);

  // Unchanged since its key was made: cached as before.
  writeFileSync(join(seedsDir, 'a.txt'), before);
  expect(processFile(job, seedsDir, matchers, cacheDir).cacheable).toBe(true);
  expect(existsSync(join(cacheDir, `${job.key}.json`))).toBe(true);
});
