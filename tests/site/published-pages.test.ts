/**
 * Every address the site has published (src/data/published-pages.json) still answers in the build:
 * a page with itself or with a redirect page that leads to a page of the build, a file by being there. The check the build runs
 * (scripts/published-pages.ts) is tested here on hand-made sites, so it is known to bite.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPublished, describeBroken, ledgerPath, readLedger, seedDigests, withBuild } from '../../scripts/lib/published-pages.ts';
import { describeBuiltSite } from '../helpers/quality-site.ts';
import { tempTrees } from '../helpers/temp-tree.ts';
import redirects from '../../src/data/redirects.json' with { type: 'json' };

const root = join(import.meta.dirname, '..', '..');
const ledger = readLedger(ledgerPath(root));

describeBuiltSite('published addresses in the build', (site) => {
  const result = checkPublished(site.dir, ledger, seedDigests(process.env.SEEDS_DIR ?? join(root, 'seeds')));

  it('is a build of the published seeds, so it is held to the list', () => {
    expect(result.skipped).toBeNull();
  });
  it('answers every published address with a page or a redirect to a page', () => {
    expect(result.broken, describeBroken(result.broken)).toEqual([]);
  });
  it('answers every figure address ever published, the reworded /figures/institutions-engineers/ among them', () => {
    const figures = ledger.pages.filter((p) => /^\/figures\/[^/]+\//.test(p));
    expect(figures).toContain('/figures/institutions-engineers/');
    expect(figures).toContain('/figures/universities-and-institutes-engineers/');
    expect(figures.length).toBeGreaterThan(10);
    expect(result.broken.filter((b) => figures.includes(b.page))).toEqual([]);
  });
});

describe('the published-address list', () => {
  it('holds every redirect’s old address (an address that moved was published)', () => {
    expect(redirects.redirects.map((r) => r.from).filter((from) => !ledger.pages.includes(from))).toEqual([]);
  });
  it('is sorted and has no address twice, so merges of it stay small', () => {
    expect(ledger.pages).toEqual([...new Set(ledger.pages)].sort());
    expect(ledger.files).toEqual([...new Set(ledger.files)].sort());
  });
});

describe('the published-address check bites', () => {
  const trees = tempTrees('published-');
  afterAll(trees.cleanup);
  const home = '<link rel="canonical" href="https://example.org/">';
  const moved = (to: string) => `<meta http-equiv="refresh" content="0; url=${to}">`;
  const list = { seeds: ['a.txt', 'b.txt'], pages: ['/', '/figures/kept/', '/figures/old/', '/figures/gone/', '/figures/dead-end/'], files: ['/api/kept.json', '/cards/gone.png'] };
  const dist = trees.make({
    'index.html': home,
    'figures/kept/index.html': 'a page',
    'figures/old/index.html': moved('/figures/new/'),
    'figures/new/index.html': 'the page that moved',
    'figures/dead-end/index.html': moved('/figures/nowhere/'),
    'figures/fresh/index.html': 'a page not published before',
    '404.html': 'not a page address',
    'api/kept.json': '{}',
    'api/fresh.json': '{}',
    '_astro/site.abc123.css': '',
  });

  it('reports an address with no page, a redirect to no page and a file gone, and nothing else', () => {
    const result = checkPublished(dist, list, ['a.txt', 'b.txt', 'c.txt']);
    expect(result.broken).toEqual([
      { page: '/figures/gone/', problem: 'no page and no redirect' },
      { page: '/figures/dead-end/', problem: 'redirects to /figures/nowhere/, which is not a page of this build' },
      { page: '/cards/gone.png', problem: 'file gone (a file cannot redirect: it must stay at its address)' },
    ]);
    expect(result.unlisted).toEqual(['/api/fresh.json', '/figures/fresh/', '/figures/new/']);
    expect(describeBroken(result.broken)).toMatch(/3 addresses published before are gone[\s\S]*\/figures\/gone\/[\s\S]*src\/data\/redirects\.json/);
  });
  it('reads redirects of a site built under a base path', () => {
    const sub = trees.make({
      'index.html': '<link rel="canonical" href="https://example.org/sub/">',
      'figures/old/index.html': moved('/sub/figures/new/'),
      'figures/new/index.html': 'the page',
    });
    expect(checkPublished(sub, { seeds: [], pages: ['/', '/figures/old/'], files: [] }, []).broken).toEqual([]);
  });
  it('does not hold a build of other seeds to the list', () => {
    expect(checkPublished(dist, list, ['a.txt', 'other.txt'])).toMatchObject({ skipped: expect.stringMatching(/1 of the 2 seeds/), broken: [] });
  });
  it('fails the build step loudly, naming the addresses and the fix', () => {
    const bare = trees.make({ 'index.html': home, 'figures/index.html': 'the index only' });
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'published-pages.ts'), bare], { encoding: 'utf8', env: { ...process.env, SEEDS_DIR: join(root, 'seeds') } });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/addresses published before are gone from this build:[\s\S]*\/figures\/institutions-engineers\/  \(no page and no redirect\)[\s\S]*src\/data\/redirects\.json/);
  });
  it('records new pages, files and seeds without dropping any (hashed assets are not addresses to keep)', () => {
    expect(withBuild(list, dist, ['c.txt'])).toEqual({
      seeds: ['a.txt', 'b.txt', 'c.txt'],
      pages: ['/', '/figures/dead-end/', '/figures/fresh/', '/figures/gone/', '/figures/kept/', '/figures/new/', '/figures/old/'],
      files: ['/api/fresh.json', '/api/kept.json', '/cards/gone.png'],
    });
  });
});
