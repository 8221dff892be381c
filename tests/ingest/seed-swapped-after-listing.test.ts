/**
 * A seed that changes between the listing and the read (removed, replaced by a link, a folder or a
 * named pipe, cut short): one skipped entry with a reason, or its bytes as they now are; never a
 * crash, a wait, or a read outside seeds/. The change is made between listSeedFiles and the read, so
 * the race is the same at every run.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listSeedFiles, readSeedBytes } from '../../scripts/ingest/seed-files.ts';
import { processFile } from '../../scripts/ingest/outcome-cache.ts';
import { hashBytes } from '../../scripts/ingest/pipeline.ts';
import { SkipArticle } from '../../scripts/ingest/report.ts';
import { tempTrees } from '../helpers/temp-tree.ts';
import { matchers, PROSE } from './helpers.ts';

const trees = tempTrees('seed-swapped-');
afterAll(trees.cleanup);

const SECRET = 'This line lives outside the seeds folder and must never be read.';
const STORY = `Ministry opens a laboratory\n\n${PROSE}\n`;

/** A project with one seed, listed; then `change` is done to it before it is read. */
function listedThenChanged(change: (seed: string, root: string) => void) {
  const root = trees.make({});
  const seedsDir = join(root, 'seeds');
  const cacheDir = join(root, 'cache');
  mkdirSync(seedsDir);
  mkdirSync(cacheDir);
  writeFileSync(join(root, 'outside.txt'), `Outside\n\n${SECRET}\n`);
  writeFileSync(join(seedsDir, 'a.txt'), STORY);
  const listing = listSeedFiles(seedsDir);
  expect(listing.seeds.map((s) => s.name)).toEqual(['a.txt']);
  change(join(seedsDir, 'a.txt'), root);
  const readReason = (() => {
    try {
      readSeedBytes(seedsDir, 'a.txt');
      return null;
    } catch (error) {
      expect(error).toBeInstanceOf(SkipArticle);
      return (error as SkipArticle).reason;
    }
  })();
  // The worker's path: the job names the seed, the worker reads it.
  const outcome = processFile({ seed: 'a.txt', key: 'e'.repeat(32), hash: hashBytes(Buffer.from(STORY)) }, seedsDir, matchers, cacheDir);
  return { readReason, outcome };
}

describe('a seed changed between the listing and the read', () => {
  it('removed: skipped as unreadable, not cached', () => {
    const { readReason, outcome } = listedThenChanged((seed) => rmSync(seed));
    expect(readReason).toMatch(/could not be read: ENOENT/);
    expect(outcome.skip).toMatch(/could not be read: ENOENT/);
    expect(outcome.cacheable).toBe(false);
  });

  it('replaced by a link to a file outside seeds/: refused, the file outside never read', () => {
    const { readReason, outcome } = listedThenChanged((seed, root) => {
      rmSync(seed);
      symlinkSync(join(root, 'outside.txt'), seed);
    });
    expect(readReason).toMatch(/symbolic link/);
    expect(outcome.skip).toMatch(/symbolic link/);
    expect(JSON.stringify(outcome)).not.toContain('outside the seeds folder and must');
  });

  it('replaced by a folder: refused as a folder', () => {
    const { readReason, outcome } = listedThenChanged((seed) => {
      rmSync(seed);
      mkdirSync(seed);
    });
    expect(readReason).toMatch(/a folder, not a file/);
    expect(outcome.skip).toMatch(/a folder, not a file/);
  });

  it('replaced by a named pipe nobody writes to: refused at once, not waited on', () => {
    const { readReason, outcome } = listedThenChanged((seed) => {
      rmSync(seed);
      execFileSync('mkfifo', [seed]);
    });
    expect(readReason).toMatch(/named pipe/);
    expect(outcome.skip).toMatch(/named pipe/);
  });

  it('cut short: read as it now is, and not cached under the key of the bytes listed', () => {
    const { readReason, outcome } = listedThenChanged((seed) => truncateSync(seed, 'Ministry opens a laboratory\n\nThe ministry said'.length));
    expect(readReason).toBeNull();
    expect(outcome.record?.paragraphs.map((p) => p.text).join(' ') ?? outcome.skip).not.toContain('over the coming five years');
    expect(outcome.cacheable).toBe(false);
  });

  it('cut to nothing: one skipped entry with a reason', () => {
    const { outcome } = listedThenChanged((seed) => truncateSync(seed, 0));
    expect(outcome.skip).toMatch(/empty|no text/);
  });
});
