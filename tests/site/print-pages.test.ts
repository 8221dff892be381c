/**
 * Every kind of page prints on A4 as a reader's browser prints it (Chromium, print media, the @page
 * rule of site.css: 180 mm of line, 680 CSS pixels):
 *  - nothing is wider than the page: Chromium shrinks a whole page to fit its widest box, and the
 *    timeline printed at 86 % because the chart's numbers kept seven column heads on one line;
 *  - no page ends with what introduces the next: a heading, the note over a chart ("Changed over 2
 *    statements."), the summary of a table, a table's head without its rows;
 *  - no page is empty.
 * One page of each kind, found in dist/. Run `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, DIST, listPages, requireBuiltSite } from '../helpers/dist.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';
import { launchChromium } from '../helpers/chromium.ts';

requireBuiltSite();
const work = mkdtempSync(join(tmpdir(), 'print-pages-'));
/** A4 less the side margins of site.css's @page (15 mm each), in CSS pixels. */
const LINE = Math.floor(((210 - 2 * 15) / 25.4) * 96);

/** The first built page whose site path matches each pattern: one page of each kind. */
const pages = listPages();
const kinds: [string, RegExp][] = [
  ['home', /^\/$/], ['timeline', /^\/timeline\/$/], ['a year', /^\/timeline\/\d{4}\/$/], ['a month', /^\/timeline\/\d{4}\/\d\d\/$/],
  ['a part of a month', /^\/timeline\/\d{4}\/\d\d\/\d\d-\d\d\/$/], ['a topic’s timeline', /^\/timeline\/[a-z][^/]*\/$/],
  ['topics', /^\/topics\/$/], ['a topic', /^\/topics\/[^/]+\/$/], ['an article', /^\/articles\/[^/]+\/$/],
  ['people', /^\/people\/$/], ['a person', /^\/people\/[^/]+\/$/], ['figures', /^\/figures\/$/],
  ['a briefing', /^\/briefing\/$/], ['an embed', /^\/embed\/timeline\/$/], ['search', /^\/search\/$/],
];
const chosen = kinds.map(([kind, re]) => [kind, pages.find((p) => re.test(p))] as const).filter((k): k is readonly [string, string] => !!k[1]);
// A figure's own page, not an old address that sends readers on.
const figure = pages.find((p) => /^\/figures\/[^/]+\/$/.test(p) && p !== '/figures/' && !/http-equiv="refresh"/.test(readFileSync(join(DIST, p, 'index.html'), 'utf8')));
if (figure) chosen.push(['a figure', figure]);

const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('every kind of page prints on A4', () => {
  let server: StaticServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    server = await serveDist({ dir: DIST });
    browser = await launchChromium({ viewport: { width: LINE, height: 1000 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('has a page of each kind to print', () => {
    expect(chosen.map(([kind]) => kind)).toEqual([...kinds.map(([kind]) => kind), 'a figure']);
  });

  it.each(chosen)('prints %s (%s) within the page, with nothing left at a page’s foot and no empty page', async (_kind, path) => {
    const page = await browser.context.newPage();
    try {
      await page.emulateMedia({ media: 'print' });
      await page.goto(server.url(`${BASE}${path.slice(1)}`));
      const { width, wide, keepers } = await page.evaluate(() => {
        const root = document.documentElement;
        const shown = (el: Element) => el.getClientRects().length > 0;
        const wide = [...document.querySelectorAll('main *')].filter((el) => shown(el) && el.getBoundingClientRect().right > root.clientWidth + 1)
          .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`).slice(0, 5);
        // What introduces the next thing and must not end a page.
        const keepers = [...document.querySelectorAll('main :is(h1, h2, h3, h4, p:has(+ figure), details > summary, thead)')].filter(shown)
          .map((el) => (el as HTMLElement).innerText);
        return { width: root.scrollWidth - root.clientWidth, wide, keepers };
      });
      expect(width, `wider than the page by ${width} px: ${wide.join(', ')}`).toBeLessThanOrEqual(0);

      const file = join(work, `${path.replace(/\W+/g, '_')}.pdf`);
      writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      const printed = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
      expect(printed.length).toBeGreaterThan(0);
      printed.forEach((text, i) => {
        expect(squeeze(text).length, `page ${i + 1} of ${printed.length} is empty`).toBeGreaterThan(0);
        if (i === printed.length - 1) return;
        const last = squeeze(text.trimEnd().split('\n').at(-1)!);
        const left = keepers.filter((k) => last.length >= 3 && squeeze(k).endsWith(last));
        expect(left, `page ${i + 1} ends with "${last}"`).toEqual([]);
      });
    } finally {
      await page.close();
    }
  });
});
