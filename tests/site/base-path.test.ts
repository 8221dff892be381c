/**
 * Hosting under a sub-path: the site is built once more with BASE_PATH=/sub/ (into .cache/, never
 * over dist/), and every link, asset, anchor, feed and API URL must resolve under /sub/; search must
 * find articles there too. This is the only test file that builds.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeTrouble } from '../helpers/quality-browser.ts';
import { browserAndServer } from '../helpers/browser-and-server.ts';
import { describeBroken, LinkChecker } from '../helpers/quality-links.ts';
import { queryFromTitle, searchAs } from '../helpers/quality-search.ts';
import { headersFor, parseHeadersFile, serveSite } from '../helpers/quality-server.ts';
import { builtSite, htmlFiles, type BuiltSite } from '../helpers/quality-site.ts';
import { pdfLinkTarget, readPdf } from '../helpers/briefings.ts';
import { launchChromium as launchBriefingBrowser } from '../../scripts/lib/chromium.ts';
import { routeSiteToDist } from '../../scripts/lib/route-dist.ts';

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

  beforeAll(async () => {
    // The normal build must exist: it proves the ingest ran, and the base-path build reuses its content.
    builtSite();
    rmSync(outDir, { recursive: true, force: true });
    const env = { ...buildEnvironment(), BASE_PATH: base, PATH: `${resolve('node_modules/.bin')}:${process.env.PATH}` };
    const options = { env, maxBuffer: 64 * 1024 * 1024 };
    await run('astro', ['build', '--outDir', outDir, '--silent'], options);
    await run('node', ['scripts/search-index.ts', outDir], options);
    // `npm run briefing:pdf` under the base path: one small briefing is enough to prove the addresses.
    await run('node', ['scripts/briefing-pdf.ts', 'covax'], { ...options, env: { ...env, DIST_DIR: outDir } });
    site = builtSite(outDir);
  }, 900_000); // a whole astro build: seconds for the seeds, minutes for a corpus of thousands
  const live = browserAndServer(() => serveSite(site.dir, base));

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
    const [article] = JSON.parse(readFileSync(join(site.dir, 'api/articles.json'), 'utf8')).articles;
    const session = await searchAs(live.browser, live.server.root, queryFromTitle(article.title));
    expect(session.results.map((r) => r.href), session.status).toContain(new URL(article.url).pathname);
    expect(session.results.every((r) => r.href.startsWith(base))).toBe(true);
    expect(session.trouble, describeTrouble(session.trouble)).toEqual([]);
  });

  it('npm run briefing:pdf links the PDF under the base path, and the PDF links to pages under it', () => {
    const html = readFileSync(join(site.dir, 'briefing', 'covax', 'index.html'), 'utf8');
    expect(html).toMatch(/<a href="\/sub\/briefings\/covax\.pdf" type="application\/pdf">/);
    const uris = readPdf(join(site.dir, 'briefings', 'covax.pdf')).uris;
    expect(uris.length).toBeGreaterThan(0);
    // Built without SITE_URL the links are relative to the PDF (never to the placeholder origin), with it absolute.
    for (const uri of uris) expect(pdfLinkTarget(uri, `${base}briefings/covax.pdf`, site), uri).toMatch(/^\/sub\/(?!briefings\/)/);
  });

  it('opens the links people share under the base path: a topic, a person, and a paragraph, which it marks', async () => {
    const json = (file: string) => JSON.parse(readFileSync(join(site.dir, 'api', file), 'utf8'));
    const canonical = (path: string) => /<link rel="canonical" href="([^"]+)">/.exec(readFileSync(join(site.dir, path, 'index.html'), 'utf8'))?.[1];
    const person = readdirSync(join(site.dir, 'people')).find((name) => statSync(join(site.dir, 'people', name)).isDirectory());
    const topicUrl: string = json('topics.json').topics[0].url;
    // A paragraph as the API gives it (a figure's source) and as a reader copies its ¶ link.
    const paragraphUrl: string = json('figures.json').series.flatMap((s: { points: { url: string }[] }) => s.points.map((p) => p.url)).find((url: string) => /#p-\d+$/.test(url));
    const shared = [topicUrl, canonical(`people/${person}`), paragraphUrl];
    expect(shared.every((url) => typeof url === 'string' && url.startsWith(new URL(base, site.origin).href)), shared.join(' ')).toBe(true);
    const page = await live.browser.newPage();
    try {
      for (const url of shared as string[]) {
        const { pathname, hash } = new URL(url);
        const response = await page.goto(new URL(pathname + hash, live.server.root).href);
        expect(response?.status(), url).toBe(200);
        expect(await page.locator('h1').count(), url).toBe(1);
        expect(await page.evaluate(() => document.querySelector('link[rel=canonical]')?.getAttribute('href')), url).toBe(url.split('#')[0]);
        if (hash) {
          expect(await page.evaluate(() => document.querySelector(':target')?.id), url).toBe(hash.slice(1));
          // The page's own ¶ link for that paragraph gives the same address.
          const own = await page.evaluate((id) => (document.querySelector(`#${id} a.pl`) as HTMLAnchorElement | null)?.href, hash.slice(1));
          expect(own && new URL(own).pathname + new URL(own).hash, url).toBe(pathname + hash);
        }
      }
    } finally {
      await page.close();
    }
  });

  it('a briefing without its PDF offers a print button, shown only when JavaScript runs', async () => {
    // Only covax was printed here: the ITER briefing is as a build without Chromium leaves it.
    const url = new URL(`${base}briefing/iter/`, site.origin).href;
    for (const javaScriptEnabled of [true, false]) {
      const chromium = await launchBriefingBrowser({ javaScriptEnabled });
      try {
        await routeSiteToDist(chromium.context, url, site.dir, base);
        const page = await chromium.context.newPage();
        await page.goto(url);
        expect(await page.locator('button[data-print]').isVisible(), `JavaScript ${javaScriptEnabled}`).toBe(javaScriptEnabled);
        if (javaScriptEnabled) {
          await page.evaluate(() => { window.print = () => document.body.setAttribute('data-printed', ''); });
          await page.click('button[data-print]');
          expect(await page.locator('body[data-printed]').count()).toBe(1);
        }
      } finally {
        await chromium.close();
      }
    }
  });
});
