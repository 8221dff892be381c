/**
 * Hosting under a sub-path: the site is built once more with BASE_PATH=/sub/ (into .cache/, never
 * over dist/), and every link, asset, anchor, feed and API URL must resolve under /sub/; search must
 * find articles there too. This is the only test file that builds.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeTrouble, launchChromium } from '../helpers/quality-browser.ts';
import { describeBroken, LinkChecker } from '../helpers/quality-links.ts';
import { queryFromTitle, searchAs } from '../helpers/quality-search.ts';
import { headersFor, parseHeadersFile, serveSite, type StaticServer } from '../helpers/quality-server.ts';
import { builtSite, htmlFiles, requireBuilt, type BuiltSite } from '../helpers/quality-site.ts';

const run = promisify(execFile);
const base = '/sub/';
const outDir = resolve('.cache/base-path-site');

/**
 * The environment of a shell, not of vitest: vitest sets BASE_URL, MODE, NODE_ENV=test, … in
 * process.env, and Astro would read those into import.meta.env (BASE_URL=/ would undo the base path).
 */
function buildEnvironment(): NodeJS.ProcessEnv {
  const vitestKeys = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestKeys.has(key) && !key.startsWith('VITEST')));
}

describe(`the site built under the base path ${base}`, () => {
  let site: BuiltSite;
  let browser: Browser | undefined;
  let server: StaticServer | undefined;

  beforeAll(async () => {
    // The normal build must exist: it proves the ingest ran, and the base-path build reuses its content.
    builtSite();
    rmSync(outDir, { recursive: true, force: true });
    const env = { ...buildEnvironment(), BASE_PATH: base, PATH: `${resolve('node_modules/.bin')}:${process.env.PATH}` };
    const options = { env, maxBuffer: 64 * 1024 * 1024 };
    await run('astro', ['build', '--outDir', outDir, '--silent'], options);
    await run('node', ['scripts/search-index.ts', outDir], options);
    site = { dir: requireBuilt(outDir), base, origin: new URL(process.env.SITE_URL ?? 'https://example.org').origin };
  }, 900_000); // a whole astro build: seconds for the seeds, minutes for a corpus of thousands
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has no broken link, asset or #anchor, and none that leaves the base path', () => {
    const broken = new LinkChecker(site).checkSite();
    expect(broken, describeBroken(broken)).toEqual([]);
  });

  it('puts the base path in every absolute URL: canonical, API, feed, sitemap, robots.txt', () => {
    const root = new URL(base, site.origin).href;
    const absoluteUrls = [
      ...[...readFileSync(join(site.dir, 'index.html'), 'utf8').matchAll(/https?:\/\/[^"'\s<>]+/g)].map((m) => m[0]),
      ...['api/articles.json', 'api/events.json', 'api/topics.json', 'api/figures.json', 'rss.xml', 'sitemap-index.xml', 'sitemap-0.xml', 'robots.txt'].flatMap((file) =>
        [...readFileSync(join(site.dir, file), 'utf8').matchAll(/https?:\/\/[^"'\s<>]+/g)].map((m) => m[0]),
      ),
    ].filter((url) => new URL(url).origin === site.origin);
    expect(absoluteUrls.length).toBeGreaterThan(0);
    expect(absoluteUrls.filter((url) => !url.startsWith(root))).toEqual([]);
    const checker = new LinkChecker(site);
    const broken = checker.checkUrls(absoluteUrls.map((url) => ({ from: 'absolute URLs', url })));
    expect(broken, describeBroken(broken)).toEqual([]);
  });

  it('writes _headers rules for the sub-path, robots.txt at the base, and cards under it', () => {
    const rules = parseHeadersFile(readFileSync(join(site.dir, '_headers'), 'utf8'));
    const names = (path: string) => new Map(headersFor(rules, path).map(([name, value]) => [name.toLowerCase(), value]));
    expect(names(`${base}timeline/`).get('content-security-policy')).toMatch(/frame-ancestors 'none'$/);
    expect(names(`${base}embed/timeline/`).get('content-security-policy')).toMatch(/frame-ancestors \*$/);
    expect(names(`${base}embed/timeline/`).has('x-frame-options')).toBe(false);
    expect(names(`${base}_astro/x.js`).get('cache-control')).toMatch(/immutable/);
    // Nothing outside the sub-path is this site's to set headers for.
    expect(names('/timeline/').size).toBe(0);
    // Crawlers read /robots.txt at the host's root only: the host copies these lines there (README).
    const robots = readFileSync(join(site.dir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Allow: ${base}\n`);
    expect(readFileSync(join(site.dir, 'index.html'), 'utf8')).toContain(`<meta property="og:image" content="${new URL(`${base}cards/site.png`, site.origin).href}">`);
  });

  it('builds the same pages as the root build', () => {
    expect(htmlFiles(site.dir)).toEqual(htmlFiles(builtSite().dir));
  });

  it('finds an article with the search box, linking under the base path, without errors', async () => {
    [browser, server] = await Promise.all([launchChromium(), serveSite(site.dir, base)]);
    const [article] = JSON.parse(readFileSync(join(site.dir, 'api/articles.json'), 'utf8')).articles;
    const session = await searchAs(browser, server.root, queryFromTitle(article.title));
    expect(session.results.map((r) => r.href), session.status).toContain(new URL(article.url).pathname);
    expect(session.results.every((r) => r.href.startsWith(base))).toBe(true);
    expect(session.trouble, describeTrouble(session.trouble)).toEqual([]);
  });
});
