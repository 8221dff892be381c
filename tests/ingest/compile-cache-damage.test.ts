/**
 * The ingest CLI keeps Node's compile cache (stripped TypeScript and V8's code for every module it
 * loads) in .cache/node-compile (scripts/ingest/cli.ts). Node checks every entry (the source's hash,
 * the code's size and checksum) before V8 sees it: a damaged entry is compiled again, never run. Each
 * file of the cache is damaged in one of several ways, and the next run still writes exactly what a
 * run without any cache writes; so do two runs that fill an empty cache at once.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempTrees } from '../helpers/temp-tree.ts';
import { contentOf, ingestProject, runIngestCli, setSeeds } from './cli-project.ts';
import { listFiles } from '../../scripts/lib/list-files.ts';

// The CLI's own cache in its project is what is damaged here, not the one the test run gives every
// process it starts (tests/helpers/global-compile-cache.ts), which the CLI would use instead.
delete process.env.NODE_COMPILE_CACHE;

const trees = tempTrees('compile-cache-');
afterAll(trees.cleanup);

const paragraph = (n: number) =>
  `<p>China and Brazil will open ${n} joint laboratories for climate research, the science minister said on Friday, and the first teams, from both countries, will start work next year.</p>`;
const SEEDS = new Map<string, Uint8Array>([
  [
    'lab.html',
    new TextEncoder().encode(
      `<!DOCTYPE html><html lang="en"><head><title>Joint laboratories to open</title><meta property="article:published_time" content="2021-06-04T08:00:00Z"></head>` +
        `<body><article><h1>Joint laboratories to open</h1>${[3, 5, 7, 9].map(paragraph).join('')}</article></body></html>`,
    ),
  ],
  ['lab.txt', new TextEncoder().encode('2021-06-04\n\nMinister says lab network will grow\n\nBEIJING, June 4 (Xinhua) -- China will build 30 more joint laboratories with partner countries, the minister said on Friday.')],
]);

const DAMAGE: Record<string, (bytes: Buffer) => Buffer | string> = {
  truncated: (b) => b.subarray(0, Math.floor(b.length / 2)),
  random: (b) => randomBytes(Math.max(16, b.length)),
  empty: () => '',
  'garbled past its header': (b) => Buffer.from(b.map((x, i) => (i > 32 ? x ^ 0x5a : x))),
  'one byte changed at the end': (b) => Buffer.concat([b.subarray(0, -1), Buffer.from([b[b.length - 1] ^ 1])]),
};

function project() {
  const { root, seedsDir } = ingestProject(trees);
  setSeeds(seedsDir, SEEDS);
  return { root, seedsDir, compileCache: join(root, '.cache', 'node-compile') };
}

/** Everything but the compile cache goes, so the next run ingests every seed again. */
function forgetOutputs(root: string): void {
  for (const name of readdirSync(join(root, '.cache'))) if (name !== 'node-compile') rmSync(join(root, '.cache', name), { recursive: true });
  for (const name of readdirSync(join(root, 'content'))) if (name !== 'topics') rmSync(join(root, 'content', name), { recursive: true });
}

describe('a damaged compile cache', { timeout: 120_000 }, () => {
  let expected: Record<string, string>;
  it('is written by a run, which writes what a run without it writes', async () => {
    const plain = project();
    await runIngestCli(plain.root, plain.seedsDir, { env: { NODE_DISABLE_COMPILE_CACHE: '1' } });
    expected = contentOf(plain.root);
    expect(Object.keys(expected).some((f) => f.startsWith('articles/'))).toBe(true);
    const cached = project();
    await runIngestCli(cached.root, cached.seedsDir);
    expect(listFiles(cached.compileCache).length).toBeGreaterThan(10);
    expect(contentOf(cached.root)).toEqual(expected);
  });

  it('is compiled again, not run, entry by entry, whatever the damage', async () => {
    const { root, seedsDir, compileCache } = project();
    await runIngestCli(root, seedsDir);
    // Each kind of damage on a share of the entries (a fifth each, in turn).
    const kinds = Object.values(DAMAGE);
    const entries = listFiles(compileCache).map((f) => join(compileCache, f));
    entries.forEach((file, i) => writeFileSync(file, kinds[i % kinds.length](readFileSync(file))));
    forgetOutputs(root);
    await runIngestCli(root, seedsDir);
    expect(contentOf(root)).toEqual(expected);
  });

  it('is no cache at all when its folder is a file, or its entries are folders', async () => {
    const { root, seedsDir, compileCache } = project();
    await runIngestCli(root, seedsDir);
    for (const file of listFiles(compileCache).map((f) => join(compileCache, f))) {
      rmSync(file);
      mkdirSync(file);
    }
    forgetOutputs(root);
    await runIngestCli(root, seedsDir);
    expect(contentOf(root)).toEqual(expected);
    rmSync(compileCache, { recursive: true, force: true });
    writeFileSync(compileCache, 'not a folder');
    forgetOutputs(root);
    await runIngestCli(root, seedsDir);
    expect(contentOf(root)).toEqual(expected);
    expect(statSync(compileCache).isFile()).toBe(true);
  });

  it('is filled by two runs at once, each as a run alone', async () => {
    const { root, seedsDir } = project();
    const second = project();
    // Two projects' runs share one compile cache folder (as two checkouts could through a link).
    const shared = join(root, '.cache', 'node-compile');
    const env = { NODE_COMPILE_CACHE: shared };
    await Promise.all([runIngestCli(root, seedsDir, { env }), runIngestCli(second.root, second.seedsDir, { env })]);
    expect(contentOf(root)).toEqual(expected);
    expect(contentOf(second.root)).toEqual(expected);
  });
});
