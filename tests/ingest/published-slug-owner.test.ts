/**
 * A published article keeps its address when a new seed's slug clashes with it. Two reports with the
 * same date and title words share a base slug; the first by file name used to take the plain one, so
 * a new seed whose name sorted first took the address over and every paragraph link (#p-…) into the
 * old article led into the new one. The published-pages ledger (src/data/published-pages.json) ties
 * each article address to the digest of the seed it was built from, and the ingest keeps it for that seed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runIngest } from '../../scripts/ingest/run.ts';
import { ledgerPath, seedDigest, type PublishedPages } from '../../scripts/lib/published-pages.ts';
import { tempTrees } from '../helpers/temp-tree.ts';
import { contentOf, ingestProject } from './cli-project.ts';
import { repoRoot } from './helpers.ts';

const trees = tempTrees('slug-owner-');
afterAll(trees.cleanup);

const report = (extra: string) =>
  `Harbor observatory opens hall\n2021-05-03\n\nHARBOR CITY, May 3 (Harbor Post) -- The Harbor observatory opened a hall to partners, its director Mara Vellin said.\n\n${extra}Vellin said more teams would come next year.\n`;
const published = report('');
const clash = report('An added first paragraph that only this copy has, written by Ann Lee for the Harbor Post.\n\n');
const base = '2021-05-03-harbor-observatory-opens-hall';

/** The slug each seed's article got, by seed name. */
const slugs = (root: string) =>
  Object.fromEntries(Object.values(contentOf(root)).flatMap((text) => {
    const seed = /^seed: (.+)$/m.exec(text)?.[1];
    const slug = /^slug: (.+)$/m.exec(text)?.[1];
    return seed && slug ? [[seed, slug]] : [];
  }));

function writeLedger(root: string, ledger: PublishedPages | string): void {
  mkdirSync(join(root, 'src', 'data'), { recursive: true });
  writeFileSync(ledgerPath(root), typeof ledger === 'string' ? ledger : JSON.stringify(ledger));
}
const ledgerOf = (articles: Record<string, string>): PublishedPages => ({
  seeds: [...new Set(Object.values(articles))].sort(), pages: Object.keys(articles).sort(), files: [], articles,
});

describe('a clashing new seed does not take a published address', () => {
  it('without a ledger, the first seed by name takes the plain slug (today’s rule)', async () => {
    const { root, seedsDir } = ingestProject(trees, { seeds: { 'm-harbor.txt': published, 'a-copy.txt': clash } });
    await runIngest({ root, seedsDir });
    expect(slugs(root)).toEqual({ 'a-copy.txt': base, 'm-harbor.txt': `${base}-m-harbor` });
  });

  it('keeps the published article at its address when a seed sorting first is added (incremental and cold)', async () => {
    const { root, seedsDir } = ingestProject(trees, { seeds: { 'm-harbor.txt': published } });
    await runIngest({ root, seedsDir });
    expect(slugs(root)).toEqual({ 'm-harbor.txt': base });
    writeLedger(root, ledgerOf({ [`/articles/${base}/`]: seedDigest(Buffer.from(published)) }));
    const before = readFileSync(join(root, 'content', 'articles', `${base}.mdx`), 'utf8');

    writeFileSync(join(seedsDir, 'a-copy.txt'), clash);
    await runIngest({ root, seedsDir });
    expect(slugs(root)).toEqual({ 'm-harbor.txt': base, 'a-copy.txt': `${base}-a-copy` });
    expect(readFileSync(join(root, 'content', 'articles', `${base}.mdx`), 'utf8')).toBe(before);

    const cold = ingestProject(trees, { seeds: { 'm-harbor.txt': published, 'a-copy.txt': clash } });
    writeLedger(cold.root, readFileSync(ledgerPath(root), 'utf8'));
    await runIngest(cold);
    expect(contentOf(cold.root)).toEqual(contentOf(root));
  });

  it('follows the seed by its bytes, not its name: a renamed seed keeps its address', async () => {
    const { root, seedsDir } = ingestProject(trees, { seeds: { 'zz-renamed.txt': published, 'a-copy.txt': clash } });
    writeLedger(root, ledgerOf({ [`/articles/${base}/`]: seedDigest(Buffer.from(published)) }));
    await runIngest({ root, seedsDir });
    expect(slugs(root)).toEqual({ 'zz-renamed.txt': base, 'a-copy.txt': `${base}-a-copy` });
  });

  it('keeps a suffixed published address too, when a new seed’s own slug is that address', async () => {
    const longer = published.replace('opens hall', 'opens hall p copy');
    const { root, seedsDir } = ingestProject(trees, { seeds: { 'm-harbor.txt': published, 'p-copy.txt': clash, 'a-new.txt': longer } });
    // Without the ledger, a-new.txt sorts first and takes `${base}-p-copy` as its own plain slug.
    writeLedger(root, ledgerOf({ [`/articles/${base}/`]: seedDigest(Buffer.from(published)), [`/articles/${base}-p-copy/`]: seedDigest(Buffer.from(clash)) }));
    await runIngest({ root, seedsDir });
    expect(slugs(root)).toEqual({ 'm-harbor.txt': base, 'p-copy.txt': `${base}-p-copy`, 'a-new.txt': `${base}-p-copy-a-new` });
  });

  it('uses today’s rule when the ledger’s seed for the address is not in the build', async () => {
    const { root, seedsDir } = ingestProject(trees, { seeds: { 'm-harbor.txt': published, 'a-copy.txt': clash } });
    writeLedger(root, ledgerOf({ [`/articles/${base}/`]: seedDigest(Buffer.from('another seed')) }));
    await runIngest({ root, seedsDir });
    expect(slugs(root)).toEqual({ 'a-copy.txt': base, 'm-harbor.txt': `${base}-m-harbor` });
  });

  it('stops with a clear error on a damaged ledger, writing nothing', async () => {
    const { root, seedsDir } = ingestProject(trees, { seeds: { 'm-harbor.txt': published } });
    for (const damaged of ['{"seeds": [', JSON.stringify({ ...ledgerOf({}), articles: { [`/articles/${base}/`]: 'm-harbor.txt' } })]) {
      writeLedger(root, damaged);
      await expect(runIngest({ root, seedsDir })).rejects.toThrow(/published-pages\.json/);
      expect(contentOf(root)).toEqual({});
    }
    rmSync(ledgerPath(root));
    await runIngest({ root, seedsDir });
    expect(slugs(root)).toEqual({ 'm-harbor.txt': base });
  });

  it('says so in one line on the command line, without a stack trace', () => {
    const { root, seedsDir } = ingestProject(trees, { seeds: { 'm-harbor.txt': published } });
    writeLedger(root, '{"seeds": [');
    const run = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'ingest', 'cli.ts')], { cwd: root, encoding: 'utf8', env: { ...process.env, SEEDS_DIR: seedsDir } });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^ingest: .*published-pages\.json: not readable as JSON .*fix or restore it before ingesting\.\n$/);
  });
});
