/**
 * Every address the site has published (src/data/published-pages.json) still answers in the build:
 * with its page, or with a redirect page that leads to a page of the build. The check the build runs
 * (scripts/published-pages.ts) is tested here on hand-made sites, so it is known to bite.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtPages, checkPublished, describeBroken, ledgerPath, readLedger, seedNames, withBuild } from '../../scripts/lib/published-pages.ts';
import { describeBuiltSite } from '../helpers/quality-site.ts';
import { tempTrees } from '../helpers/temp-tree.ts';
import redirects from '../../src/data/redirects.json' with { type: 'json' };

const root = join(import.meta.dirname, '..', '..');
const ledger = readLedger(ledgerPath(root));

describeBuiltSite('published addresses in the build', (site) => {
  const result = checkPublished(site.dir, ledger, seedNames(process.env.SEEDS_DIR ?? join(root, 'seeds')));

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
  });
});

describe('the published-address check bites', () => {
  const trees = tempTrees('published-');
  afterAll(trees.cleanup);
  const home = '<link rel="canonical" href="https://example.org/">';
  const moved = (to: string) => `<meta http-equiv="refresh" content="0; url=${to}">`;
  const list = { seeds: ['a.txt', 'b.txt'], pages: ['/', '/figures/kept/', '/figures/old/', '/figures/gone/', '/figures/dead-end/'] };
  const dist = trees.make({
    'index.html': home,
    'figures/kept/index.html': 'a page',
    'figures/old/index.html': moved('/figures/new/'),
    'figures/new/index.html': 'the page that moved',
    'figures/dead-end/index.html': moved('/figures/nowhere/'),
    'figures/fresh/index.html': 'a page not published before',
    '404.html': 'not a page address',
  });

  it('reports an address with no page and a redirect to no page, and nothing else', () => {
    const result = checkPublished(dist, list, ['a.txt', 'b.txt', 'c.txt']);
    expect(result.broken).toEqual([
      { page: '/figures/gone/', problem: 'no page and no redirect' },
      { page: '/figures/dead-end/', problem: 'redirects to /figures/nowhere/, which is not a page of this build' },
    ]);
    expect(result.unlisted).toEqual(['/figures/fresh/', '/figures/new/']);
    expect(describeBroken(result.broken)).toMatch(/2 addresses published before are gone[\s\S]*\/figures\/gone\/[\s\S]*src\/data\/redirects\.json/);
  });
  it('reads redirects of a site built under a base path', () => {
    const sub = trees.make({
      'index.html': '<link rel="canonical" href="https://example.org/sub/">',
      'figures/old/index.html': moved('/sub/figures/new/'),
      'figures/new/index.html': 'the page',
    });
    expect(checkPublished(sub, { seeds: [], pages: ['/', '/figures/old/'] }, []).broken).toEqual([]);
  });
  it('does not hold a build of other seeds to the list', () => {
    expect(checkPublished(dist, list, ['a.txt', 'other.txt'])).toMatchObject({ skipped: expect.stringMatching(/1 of the 2 seeds/), broken: [] });
  });
  it('records new pages and seeds without dropping any', () => {
    expect(withBuild(list, builtPages(dist), ['c.txt'])).toEqual({
      seeds: ['a.txt', 'b.txt', 'c.txt'],
      pages: ['/', '/figures/dead-end/', '/figures/fresh/', '/figures/gone/', '/figures/kept/', '/figures/new/', '/figures/old/'],
    });
  });
});
