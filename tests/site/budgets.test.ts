/**
 * Every HTML page of the build stays small: each loads ≤ 30 KB gzip on open (HTML + CSS + JS + images
 * + fonts) and ≤ 2 KB gzip of JavaScript before the reader interacts — every page of dist/, not a
 * hand-picked list, so a new kind of page is held to the budget the day it is built.
 *
 * What the 30 KB hold is what the site adds around the content: an article's own text (the words of
 * `.article-body`) is not counted (scripts/bench/page-weight.ts, beyondOwnText). The ingest keeps
 * every sentence, and cutting a long article into pages would move the paragraph anchors its quotes
 * and figures cite; so a long article may weigh more than 30 KB by its own words, and only by them:
 * those pages are listed, never skipped silently.
 *
 * Runs on dist/ by default; point DIST_DIR at another build (the bench does, at 10,000 articles). The
 * base path is read from the build. tests/scale/budgets-10k.test.ts holds the 10,000-article build to
 * the same.
 */
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { tempTrees } from '../helpers/temp-tree.ts';
import { builtAddress } from '../../scripts/lib/built-address.ts';
import {
  BUDGET, beyondOwnText, describeKinds, everyPage, overBudget, pageKind, pagesToWeigh, weighEveryPage, weighPage, type SiteLocation,
} from '../../scripts/bench/page-weight.ts';

const distDir = resolve(process.env.DIST_DIR ?? 'dist');
const site: SiteLocation = { distDir, base: builtAddress(distDir).base };
const budget = `≤ ${BUDGET.totalBytes / 1024} KB gzip on open beyond an article's own text, ≤ ${BUDGET.scriptBytes / 1024} KB gzip of JS before interaction`;

describe(`every page of the build stays small (${distDir})`, () => {
  const weight = weighEveryPage(site);
  console.log(describeKinds(weight.kinds));
  for (const o of weight.overByOwnText) console.log(`${o.page}: ${o.totalBytes} B gzip in all, over ${BUDGET.totalBytes} B by ${o.ownTextBytes} B of the article's own text only: allowed`);

  it('weighs every HTML page, of every kind the site builds', () => {
    const kinds = weight.kinds.map((k) => k.kind);
    for (const kind of ['/', '/timeline/', '/topics/', '/topics/<slug>/', '/articles/<slug>/', '/people/', '/figures/', '/briefing/', '/search/']) expect(kinds).toContain(kind);
    expect(weight.kinds.reduce((n, k) => n + k.pages, 0)).toBe(everyPage(distDir).length);
  });

  for (const kind of weight.kinds) {
    it(`${kind.kind} (${kind.pages} pages, heaviest ${kind.heaviest.page}): ${budget}`, () => {
      expect(weight.problems.filter((p) => pageKind(p.slice(0, p.indexOf(': '))) === kind.kind)).toEqual([]);
    });
  }

  // What the bench prints at any size; kept so that the heaviest timeline pages are named there too.
  it('the pages the bench names are among them', () => {
    const all = new Set(everyPage(distDir));
    for (const { page } of pagesToWeigh(distDir)) expect(all.has(page), page).toBe(true);
  });
});

// The measurement itself, on tiny hand-made sites, so the budget test above can be trusted to fail.
describe('page weight measurement', () => {
  const sites = tempTrees('weigh-');
  afterAll(sites.cleanup);
  const makeSite = sites.make;
  const gz = (s: string | Buffer) => gzipSync(s).length;
  /** Incompressible bytes, deterministic. */
  function noise(n: number): Buffer {
    let x = 2463534242;
    return Buffer.from(Array.from({ length: n }, () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), x & 0xff)));
  }

  const page = `<!doctype html><html><head>
<link rel="stylesheet" href="/docs/_astro/site.css">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>
<script type="module" src="/docs/_astro/page.js"></script>
<!-- <script src="/docs/_astro/commented-out.js"></script> -->
</head><body><img src="logo.svg" alt=""><p>Text</p></body></html>`;
  const files = {
    'index.html': page,
    '_astro/site.css': '@import "print.css"; body{font:16px/1.5 system-ui} h1{background:url(../bg.svg)}',
    '_astro/print.css': '@media print{nav{display:none}}',
    'bg.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>',
    '_astro/page.js': 'import{a}from"./chunk.js";document.querySelector("input").onfocus=()=>import("./search.js")',
    '_astro/chunk.js': 'export const a=1;',
    '_astro/search.js': noise(50_000).toString('latin1'),
    '_astro/commented-out.js': noise(50_000).toString('latin1'),
  };

  it('adds up the HTML and what it loads on open, through @import, url() and static imports, under a base path', () => {
    const root = makeSite(files);
    const weight = weighPage({ distDir: root, base: '/docs/' }, '/');
    expect(weight.assets.map((a) => a.path).sort()).toEqual(
      ['/', '/_astro/chunk.js', '/_astro/page.js', '/_astro/print.css', '/_astro/site.css', '/bg.svg', '/logo.svg'],
    );
    const expected = ['index.html', '_astro/chunk.js', '_astro/page.js', '_astro/print.css', '_astro/site.css', 'bg.svg', 'logo.svg']
      .reduce((sum, f) => sum + gz(files[f as keyof typeof files]), 0);
    expect(weight.totalBytes).toBe(expected);
    // JSON-LD is data, and the search chunk is a dynamic import: neither is JS run on open.
    expect(weight.scriptBytes).toBe(gz(files['_astro/page.js']) + gz(files['_astro/chunk.js']));
    expect(weight.unmeasured).toEqual([]);
    expect(overBudget(weight)).toEqual([]);
  });

  it('fails a page whose images push it over 30 KB, naming the heaviest file', () => {
    const root = makeSite({ ...files, 'logo.svg': noise(40_000) });
    const problems = overBudget(weighPage({ distDir: root, base: '/docs/' }, '/'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/loaded on open > 30720 B \(heaviest: \/logo\.svg/);
  });

  it('fails a page that runs more than 2 KB of JavaScript before interaction, inline or not', () => {
    const inline = `<html><body><script>${noise(3000).toString('hex')}</script></body></html>`;
    const root = makeSite({ 'index.html': inline });
    const problems = overBudget(weighPage({ distDir: root, base: '/' }, '/'));
    expect(problems.some((p) => /of JavaScript before interaction > 2048 B/.test(p))).toBe(true);
  });

  it('fails a page that loads something it cannot be weighed with (another host, a missing file)', () => {
    const root = makeSite({
      'index.html': '<html><head><link rel="stylesheet" href="https://fonts.example.com/f.css"><script src="/gone.js"></script></head></html>',
    });
    const weight = weighPage({ distDir: root, base: '/' }, '/');
    expect(weight.unmeasured).toEqual(['https://fonts.example.com/f.css', '/gone.js']);
    expect(overBudget(weight)).toHaveLength(2);
  });

  it('fails when a page the reader needs was not built', () => {
    const root = makeSite({ 'index.html': '<html></html>' });
    const pages = pagesToWeigh(root).map((p) => p.page);
    expect(pages).toContain('/timeline/');
    expect(() => weighPage({ distDir: root, base: '/' }, '/timeline/')).toThrow(/not in/);
    // A site without year or month pages fails too, rather than weighing nothing.
    expect(pages.filter((p) => p.startsWith('/timeline/(no year)/'))).toHaveLength(2);
  });

  it('weighs the heaviest year, month, part of a month, topic year, topic month and topic part of the timeline, and fails the one over budget', () => {
    const page = (bytes: Buffer | string) => `<html><body>${typeof bytes === 'string' ? bytes : bytes.toString('hex')}</body></html>`;
    const root = makeSite({
      'index.html': page('home'),
      'timeline/index.html': page('all'),
      'timeline/2020/index.html': page('2020'),
      'timeline/2021/index.html': page('a bigger year'),
      'timeline/2020/10/index.html': page('oct'),
      'timeline/2021/03/index.html': page(noise(20_000)), // 40 KB of hex: ~22 KB gzip
      'timeline/2021/04/index.html': page('apr'),
      'timeline/iter/index.html': page('iter'),
      'timeline/iter/2021/index.html': page('iter 2021'),
      'timeline/iter/2021/03/index.html': page('iter march'),
      'timeline/iter/2021/04/index.html': page('iter april, a little longer'),
      'timeline/2021/03/01-10/index.html': page('early march'),
      'timeline/2021/03/11-20/index.html': page('the middle of march, longer'),
      'timeline/iter/2021/04/21-30/index.html': page('late april'),
      'timeline/iter/2021/03/01-10/index.html': page('early march, a little longer'),
      'timeline/undated/index.html': page(noise(40_000)),
    });
    const chosen = new Map(pagesToWeigh(root).map((p) => [p.label, p.page]));
    expect(chosen.get('heaviest year of the timeline')).toBe('/timeline/2021/');
    expect(chosen.get('heaviest month of the timeline')).toBe('/timeline/2021/03/');
    expect(chosen.get('timeline of iter')).toBe('/timeline/iter/');
    expect(chosen.get('heaviest year of a topic timeline')).toBe('/timeline/iter/2021/');
    expect(chosen.get('heaviest month of a topic timeline')).toBe('/timeline/iter/2021/04/');
    expect(chosen.get('heaviest part of a month of the timeline')).toBe('/timeline/2021/03/11-20/');
    expect(chosen.get('heaviest part of a month of a topic timeline')).toBe('/timeline/iter/2021/03/01-10/');
    expect(chosen.get('undated reports')).toBe('/timeline/undated/');
    const site = { distDir: root, base: '/' };
    expect(overBudget(weighPage(site, '/timeline/2021/03/'))).toEqual([]);
    expect(overBudget(weighPage(site, '/timeline/undated/'))[0]).toMatch(/^\/timeline\/undated\/: \d+ B gzip loaded on open > 30720 B/);
  });

  it("does not count an article's own text, and says so: a long article passes by its words, never by its markup", () => {
    // ~40 KB gzip of words that do not compress: an article longer than the budget by its text alone.
    const words = (bytes: number) => noise(bytes).toString('base64').replace(/[+/=]/g, 'x').match(/.{1,9}/g)!.join(' ');
    const article = (text: string, extra = '') => `<html><body><article><h1>A</h1><div class="article-body" lang="ru"><p id="p-1">${text}<a href="#p-1">¶</a></p><div class="note"><p>${text.slice(0, 50)}</p></div></div></article>${extra}</body></html>`;
    const root = makeSite({ 'articles/long/index.html': article(words(40_000)), 'articles/heavy/index.html': article('Short text.', `<ul>${noise(40_000).toString('hex')}</ul>`) });
    const long = weighPage({ distDir: root, base: '/' }, '/articles/long/');
    expect(long.totalBytes).toBeGreaterThan(BUDGET.totalBytes);
    expect(long.ownTextBytes).toBeGreaterThan(long.totalBytes - 2000);
    expect(beyondOwnText(long)).toBeLessThan(BUDGET.totalBytes);
    expect(overBudget(long)).toEqual([]);
    const heavy = weighPage({ distDir: root, base: '/' }, '/articles/heavy/');
    expect(overBudget(heavy)[0]).toMatch(/^\/articles\/heavy\/: \d+ B gzip loaded on open besides \d+ B of the article's own text > 30720 B/);
    const all = weighEveryPage({ distDir: root, base: '/' });
    expect(all.overByOwnText.map((o) => o.page)).toEqual(['/articles/long/']);
    expect(all.problems).toHaveLength(1);
  });

  it('finds every HTML page of a build, assets aside, and names its kind', () => {
    const root = makeSite({
      'index.html': '<html></html>', '404.html': '<html></html>', 'people/2/index.html': '<html></html>',
      'timeline/2021/03/index.html': '<html></html>', 'timeline/2021/03/11-20/index.html': '<html></html>', 'timeline/iter/2021/index.html': '<html></html>',
      '_astro/x.html': '<html></html>', 'pagefind/y.html': '<html></html>', 'api/articles.json': '{}',
    });
    expect(everyPage(root)).toEqual(['/', '/404.html', '/people/2/', '/timeline/2021/03/', '/timeline/2021/03/11-20/', '/timeline/iter/2021/']);
    expect(everyPage(root).map(pageKind)).toEqual(['/', '/404.html', '/people/<slug>/', '/timeline/<year>/<month>/', '/timeline/<year>/<month>/<days>/', '/timeline/<slug>/<year>/']);
  });
});
