/**
 * An article published at an address the slug rule no longer gives it still answers. A Chinese title
 * whose only Latin character was a digit was published at /articles/<date>-2/; its address now spells
 * the title (scripts/ingest/lib/page-text/language/article-slug.ts), and the old one is a redirect page
 * (content/data/moved-articles.json, src/lib/urls/redirects.ts) that keeps the published-pages check
 * whole, stays out of the sitemap, and with JavaScript carries a paragraph's anchor over. Two clean
 * builds of these seeds are byte-identical. This file builds its own small sites: the repository's
 * seeds, two invented reports, and a published list tying the old address to the Chinese report.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, repoRoot } from '../../scripts/bench/project-copy.ts';
import { compareTrees, describeDifference } from '../../scripts/bench/dist-compare.ts';
import { builtArticles, checkPublished, ledgerPath, readLedger, seedDigest, seedDigestsByName } from '../../scripts/lib/published-pages.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { shellEnvironment } from '../helpers/build-env.ts';

const run = promisify(execFile);
const work = join(tmpdir(), `moved-articles-${process.pid}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Invented reports (none from a set's page). */
const ZH = '第2号实验室开放\n2021-05-03\n\n海港市5月3日电 海港天文台当天向合作伙伴开放了第二实验室，台长马拉·韦林说。\n\n韦林说，明年将有更多团队加入。\n';
const KO = '한국 과학기술원, 새 연구소 개소\n2021-05-04\n\n한국 과학기술원이 4일 새 연구소를 열었다고 밝혔다. 연구소는 해외 대학과 함께 운영된다.\n\n원장은 내년에 더 많은 연구팀이 올 것이라고 말했다.\n';
const OLD = '/articles/2021-05-03-2/';
const NOW = '/articles/2021-05-03-di-2-hao-shi-yan-shi-kai-fang/';

/** A copy of the project with these seeds and the old address in its published list, ingested and built. */
async function build(name: string): Promise<string> {
  const project = copyProject(join(work, name));
  const seeds = join(project, 'seeds');
  mkdirSync(seeds, { recursive: true });
  cpSync(join(repoRoot, 'seeds'), seeds, { recursive: true });
  writeFileSync(join(seeds, 'zh-lab.txt'), ZH);
  writeFileSync(join(seeds, 'ko-lab.txt'), KO);
  const ledger = readLedger(ledgerPath(repoRoot));
  const digest = seedDigest(Buffer.from(ZH));
  mkdirSync(join(project, 'src', 'data'), { recursive: true });
  writeFileSync(ledgerPath(project), JSON.stringify({
    ...ledger, seeds: [...ledger.seeds, digest].sort(), pages: [...ledger.pages, OLD].sort(), articles: { ...ledger.articles, [OLD]: digest },
  }));
  const options = { cwd: project, env: shellEnvironment(project), maxBuffer: 64 * 1024 * 1024 };
  await run(process.execPath, ['scripts/ingest/cli.ts'], options);
  await run(process.execPath, ['scripts/astro-build.ts', '--silent'], options);
  return project;
}

describe('a published article address that moved', () => {
  let project = '';
  let dist = '';
  let server: StaticServer;
  beforeAll(async () => {
    project = await build('a');
    dist = join(project, 'dist');
    server = await serveDist({ dir: dist });
  }, 900_000);
  afterAll(async () => { await server?.close(); });

  it('is a redirect page to the article’s new address, which the published-pages check accepts', () => {
    expect(existsSync(join(dist, NOW, 'index.html'))).toBe(true);
    const html = readFileSync(join(dist, OLD, 'index.html'), 'utf8');
    expect(html).toMatch(new RegExp(`<meta http-equiv="refresh" content="0; url=${NOW}"`));
    const digests = seedDigestsByName(join(project, 'seeds'));
    const check = checkPublished(dist, readLedger(ledgerPath(project)), [...digests.values()], builtArticles(dist, digests));
    expect(check.broken.filter((b) => b.page.startsWith('/articles/'))).toEqual([]);
  });

  it('is not in the sitemap; the new address is', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toContain(OLD);
    expect(sitemap).toContain(NOW);
  });

  it('with JavaScript, an old link to a paragraph lands on that paragraph of the new address', async () => {
    const paragraph = /<p id="(p-[^"]+)"/.exec(readFileSync(join(dist, NOW, 'index.html'), 'utf8'))?.[1];
    expect(paragraph).toBeTruthy();
    const browser = await launchChromium({ javaScriptEnabled: true });
    try {
      const page = await browser.context.newPage();
      await page.goto(server.url(`${OLD}#${paragraph}`));
      await page.waitForURL((url) => url.pathname === NOW, { timeout: 10_000 });
      await page.waitForLoadState('load');
      const url = new URL(page.url());
      expect(url.pathname + url.hash).toBe(`${NOW}#${paragraph}`);
      expect(await page.evaluate(() => document.querySelector(':target')?.id ?? null)).toBe(paragraph);
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('a second clean build in another copy gives a byte-identical dist/', async () => {
    const other = await build('b');
    const difference = compareTrees(dist, join(other, 'dist'));
    expect(difference.compared).toBeGreaterThan(0);
    expect(describeDifference(difference)).toEqual([]);
  }, 900_000);
});
