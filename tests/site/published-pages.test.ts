/**
 * Every address the site has published (src/data/published-pages.json) still answers in the build:
 * a page with itself or with a redirect page that leads to a page of the build, a file by being there. The check the build runs
 * (scripts/published-pages.ts) is tested here on hand-made sites, so it is known to bite.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtArticles, checkPublished, describeBroken, ledgerPath, readLedger, seedDigests, seedDigestsByName, withBuild } from '../../scripts/lib/published-pages.ts';
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
    expect(Object.keys(ledger.articles ?? {})).toEqual(Object.keys(ledger.articles ?? {}).sort());
  });
  it('ties every published article page to the seed it was built from, by digest', () => {
    const articlePages = ledger.pages.filter((p) => p.startsWith('/articles/'));
    expect(articlePages.length).toBeGreaterThan(0);
    expect(Object.keys(ledger.articles ?? {})).toEqual(articlePages);
    expect(new Set(Object.values(ledger.articles ?? {})).size).toBe(articlePages.length);
  });
});

describe('reading the published-address list', () => {
  const trees = tempTrees('ledger-');
  afterAll(trees.cleanup);
  const digest = 'sha256:' + 'a'.repeat(32);
  const read = (data: unknown) => {
    const dir = trees.make({ 'published-pages.json': typeof data === 'string' ? data : JSON.stringify(data) });
    return () => readLedger(join(dir, 'published-pages.json'));
  };
  const good = { seeds: [digest], pages: ['/', '/articles/a/'], files: [] };

  it('reads a list without article ties (as written before them) and one with them', () => {
    expect(read(good)()).toEqual(good);
    expect(read({ ...good, articles: { '/articles/a/': digest } })().articles).toEqual({ '/articles/a/': digest });
  });
  it('refuses a damaged list with a message naming the file and what is wrong', () => {
    expect(read('{"seeds": [')).toThrow(/published-pages\.json: not readable as JSON/);
    expect(read({ ...good, articles: ['/articles/a/'] })).toThrow(/"articles" is not an object/);
    expect(read({ ...good, articles: { '/figures/a/': digest } })).toThrow(/"\/figures\/a\/" is not an article address/);
    expect(read({ ...good, articles: { '/articles/b/': digest } })).toThrow(/"\/articles\/b\/" is not in "pages"/);
    expect(read({ ...good, articles: { '/articles/a/': 'a.txt' } })).toThrow(/tied to "a\.txt", not a seed digest/);
    expect(read({ ...good, articles: { '/articles/a/': 'sha256:' + 'b'.repeat(32) } })).toThrow(/which is not in "seeds"/);
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
  describe('an article address that shows another article', () => {
    const [old, added, other] = ['sha256:' + '1'.repeat(32), 'sha256:' + '2'.repeat(32), 'sha256:' + '3'.repeat(32)];
    const site = trees.make({
      'index.html': home,
      'articles/harbor-hall/index.html': 'the added article, at the old one’s address',
      'articles/harbor-hall-m-harbor/index.html': 'the old article, moved',
      'api/articles.json': JSON.stringify({ articles: [{ slug: 'harbor-hall', seed: 'a-copy.txt' }, { slug: 'harbor-hall-m-harbor', seed: 'm-harbor.txt' }] }),
    });
    const built = builtArticles(site, new Map([['a-copy.txt', added], ['m-harbor.txt', old]]));
    const published = { seeds: [old], pages: ['/', '/articles/harbor-hall/'], files: [], articles: { '/articles/harbor-hall/': old } };

    it('reads which seed each article page came from out of the build’s article list', () => {
      expect(built).toEqual(new Map([['/articles/harbor-hall/', added], ['/articles/harbor-hall-m-harbor/', old]]));
      expect(builtArticles(dist, new Map())).toEqual(new Map());
    });
    it('fails when the seed the list ties the address to is in the build, saying where its article went and what to do', () => {
      const result = checkPublished(site, published, [old, added], built);
      expect(result.broken).toEqual([{ page: '/articles/harbor-hall/', problem: `shows the article of seed ${added}, not that of seed ${old}, published here (now at /articles/harbor-hall-m-harbor/)`, taken: true }]);
      expect(describeBroken(result.broken)).toMatch(/1 article address published before now shows another article[\s\S]*\/articles\/harbor-hall\/[\s\S]*npm run ingest/);
      expect(describeBroken(result.broken)).not.toMatch(/gone from this build/);
    });
    it('fails even in a build not otherwise held to the list, but not when that seed is not in the build', () => {
      const more = { ...published, seeds: [old, other] };
      expect(checkPublished(site, more, [old, added], built)).toMatchObject({ skipped: expect.stringMatching(/1 of the 2 seeds/), broken: [{ page: '/articles/harbor-hall/', taken: true }] });
      expect(checkPublished(site, published, [added], built)).toMatchObject({ broken: [] });
    });
    it('passes when the address shows its own article', () => {
      const own = builtArticles(site, new Map([['a-copy.txt', old], ['m-harbor.txt', added]]));
      expect(checkPublished(site, published, [old, added], own).broken).toEqual([]);
    });
    it('fails the build step, with what to do (the project’s list and seeds, one article page showing another seed’s article)', () => {
      const byName = seedDigestsByName(join(root, 'seeds'));
      const [page, digest] = Object.entries(ledger.articles ?? {})[0];
      const intruder = [...byName].find(([, d]) => d !== digest)![0];
      const slug = page.split('/')[2];
      const wrong = trees.make({ 'index.html': home, [`articles/${slug}/index.html`]: 'another article', 'api/articles.json': JSON.stringify({ articles: [{ slug, seed: intruder }] }) });
      const run = spawnSync(process.execPath, [join(root, 'scripts', 'published-pages.ts'), wrong], { encoding: 'utf8', env: { ...process.env, SEEDS_DIR: join(root, 'seeds') } });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`  ${page}  (shows the article of seed ${byName.get(intruder)}, not that of seed ${digest}, published here)`);
      expect(run.stderr).toMatch(/now shows another article[\s\S]*npm run ingest/);
    });
    it('records which seed each new article page came from, and never changes a tie', () => {
      const fresh = withBuild({ seeds: [], pages: [], files: [] }, site, [old, added], built);
      expect(fresh.articles).toEqual({ '/articles/harbor-hall-m-harbor/': old, '/articles/harbor-hall/': added });
      expect(withBuild(published, site, [old, added], built).articles).toEqual({ '/articles/harbor-hall-m-harbor/': old, '/articles/harbor-hall/': old });
    });
  });
  it('records new pages, files and seeds without dropping any (hashed assets are not addresses to keep)', () => {
    expect(withBuild(list, dist, ['c.txt'])).toEqual({
      seeds: ['a.txt', 'b.txt', 'c.txt'],
      pages: ['/', '/figures/dead-end/', '/figures/fresh/', '/figures/gone/', '/figures/kept/', '/figures/new/', '/figures/old/'],
      files: ['/api/fresh.json', '/api/kept.json', '/cards/gone.png'],
    });
  });
});
