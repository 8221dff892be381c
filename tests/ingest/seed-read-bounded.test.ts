/**
 * A seed is read through its file handle, at most the size limit and one byte more, whatever size
 * the listing saw: a file that was 0 bytes when listed and grew while it was read (a download still
 * being written, a log a program appends to) was read to its end, however long. Past the limit the
 * seed is skipped with a reason saying so; at the limit it is read whole.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listSeedFiles, readSeedBytes } from '../../scripts/ingest/seed-files.ts';
import { MAX_SEED_BYTES } from '../../scripts/ingest/lib/safety/limits.ts';
import { SkipArticle } from '../../scripts/ingest/report.ts';
import { tempTrees } from '../helpers/temp-tree.ts';

const trees = tempTrees('seed-read-bounded-');
afterAll(trees.cleanup);

function seedsFolder(files: Record<string, string>) {
  const seedsDir = join(trees.make({}), 'seeds');
  mkdirSync(seedsDir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(seedsDir, name), text);
  return seedsDir;
}

const reasonOf = (read: () => unknown) => {
  try {
    read();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(SkipArticle);
    return (error as SkipArticle).reason;
  }
};

describe('reading a seed within the size limit', () => {
  it('skips a file over the limit with a reason, and reads one at the limit whole', () => {
    const seedsDir = seedsFolder({ 'over.txt': 'x'.repeat(1_001), 'at.txt': 'y'.repeat(1_000), 'small.txt': 'Ferry news' });
    expect(reasonOf(() => readSeedBytes(seedsDir, 'over.txt', 1_000))).toMatch(/^too large: over 1,000 bytes/);
    expect(readSeedBytes(seedsDir, 'at.txt', 1_000).toString()).toBe('y'.repeat(1_000));
    expect(readSeedBytes(seedsDir, 'small.txt', 1_000).toString()).toBe('Ferry news');
  });

  it('skips a file listed at 0 bytes that has grown past the limit by the time it is read', () => {
    const seedsDir = seedsFolder({ 'growing.txt': '' });
    const [listed] = listSeedFiles(seedsDir).seeds;
    expect(listed.stats.size).toBe(0);
    // Sparse: past the limit without writing it, so the test costs no disk.
    truncateSync(join(seedsDir, 'growing.txt'), MAX_SEED_BYTES + 4096);
    expect(reasonOf(() => readSeedBytes(seedsDir, 'growing.txt'))).toMatch(/^too large: over [\d,]+ bytes/);
  });

  it('reads a file listed at 0 bytes that has grown within the limit, all of it', () => {
    const seedsDir = seedsFolder({ 'growing.txt': '' });
    expect(listSeedFiles(seedsDir).seeds[0].stats.size).toBe(0);
    const text = 'Night ferry returns\n\n' + 'The ferry ran on time. '.repeat(10_000);
    writeFileSync(join(seedsDir, 'growing.txt'), text);
    expect(readSeedBytes(seedsDir, 'growing.txt').toString()).toBe(text);
  });

  it('gives a file its own buffer, which the worker pool can hand over without a copy', () => {
    const seedsDir = seedsFolder({ 'page.txt': 'z'.repeat(100_000) });
    const bytes = readSeedBytes(seedsDir, 'page.txt');
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(100_000);
  });
});
