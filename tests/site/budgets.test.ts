/**
 * Pages that grow with the corpus stay small: home, timeline, briefing, topic pages, the heaviest
 * article pages and the heaviest timeline pages of each kind (a year, a month, a topic's year and
 * month, the undated reports) each load ≤ 30 KB gzip on open (HTML + CSS + JS + images + fonts) and
 * ≤ 2 KB gzip of JavaScript before the reader interacts.
 *
 * Runs on dist/ by default; point DIST_DIR at another build (the bench does, at 10,000 articles). The
 * base path is read from the build.
 */
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { tempTrees } from '../helpers/temp-tree.ts';
import { builtAddress } from '../../scripts/lib/built-address.ts';
import { BUDGET, overBudget, pagesToWeigh, weighPage, type SiteLocation } from '../../scripts/bench/page-weight.ts';

const distDir = resolve(process.env.DIST_DIR ?? 'dist');
const site: SiteLocation = { distDir, base: builtAddress(distDir).base };

describe(`pages that grow with the corpus stay small (${distDir})`, () => {
  for (const { label, page } of pagesToWeigh(distDir)) {
    it(`${label} ${page}: ≤ ${BUDGET.totalBytes / 1024} KB gzip on open, ≤ ${BUDGET.scriptBytes / 1024} KB gzip of JS before interaction`, () => {
      const weight = weighPage(site, page); // throws when the page was not built
      console.log(
        `${page}: ${weight.totalBytes} B gzip (html ${weight.byKind.html}, css ${weight.byKind.css}, ` +
          `js ${weight.scriptBytes}, images ${weight.byKind.image}, fonts ${weight.byKind.font})`,
      );
      expect(overBudget(weight)).toEqual([]);
    });
  }
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

  it('weighs the heaviest year, month, topic year and topic month of the timeline, and fails the one over budget', () => {
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
      'timeline/undated/index.html': page(noise(40_000)),
    });
    const chosen = new Map(pagesToWeigh(root).map((p) => [p.label, p.page]));
    expect(chosen.get('heaviest year of the timeline')).toBe('/timeline/2021/');
    expect(chosen.get('heaviest month of the timeline')).toBe('/timeline/2021/03/');
    expect(chosen.get('timeline of iter')).toBe('/timeline/iter/');
    expect(chosen.get('heaviest year of a topic timeline')).toBe('/timeline/iter/2021/');
    expect(chosen.get('heaviest month of a topic timeline')).toBe('/timeline/iter/2021/04/');
    expect(chosen.get('undated reports')).toBe('/timeline/undated/');
    const site = { distDir: root, base: '/' };
    expect(overBudget(weighPage(site, '/timeline/2021/03/'))).toEqual([]);
    expect(overBudget(weighPage(site, '/timeline/undated/'))[0]).toMatch(/^\/timeline\/undated\/: \d+ B gzip loaded on open > 30720 B/);
  });
});
