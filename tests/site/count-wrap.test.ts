/**
 * A count in parentheses after a name ("Ann Lee (2 quotes: 1 direct, 1 reported)", "quoted 3 times
 * (2 in their own words", "Fusion (4 reports)") never breaks between its number and the word it counts:
 * on a phone "(2" ended one line and "quotes)" began the next. Every screen width from 300 to 480 px
 * is tried on the pages that carry such counts, with the names as the reports give them and again
 * with right-to-left names put in their place (a name in Arabic must not carry the count along).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { browserAndServer } from '../helpers/browser-and-server.ts';
import { serveSite } from '../helpers/quality-server.ts';
import { describeBuiltSite, htmlFiles, pagePath } from '../helpers/quality-site.ts';

// An invented name, in Arabic letters, put in place of every name the page isolates (<bdi>).
const RTL_NAME = 'ليلى حداد';

describeBuiltSite('a count in parentheses on a narrow screen', (site) => {
  // Pages whose text has "(<number> <word>": the people pages, the briefings, topics, figures.
  const pages = htmlFiles(site.dir).filter((file) => /^(people|briefing|topics|figures)\//.test(file) && /\(\d[\d,]*\s/.test(readFileSync(join(site.dir, file), 'utf8').replace(/<[^>]+>/g, '')));
  const live = browserAndServer(() => serveSite(site.dir, site.base));

  it.each([['as given', false], ['with right-to-left names', true]])('keeps "(2 quotes" on one line at every width from 300 to 480 px, names %s', async (_how, rtl) => {
    expect(pages.some((file) => file.startsWith('people/'))).toBe(true);
    expect(pages.some((file) => file.startsWith('briefing/'))).toBe(true);
    const context = await live.browser.newContext({ viewport: { width: 480, height: 800 } });
    const page = await context.newPage();
    const problems = new Set<string>();
    let counts = 0;
    try {
      for (const file of pages) {
        await page.goto(new URL(pagePath(file, site.base), live.server.root).href, { waitUntil: 'load' });
        if (rtl) {
          await page.evaluate((name) => {
            for (const bdi of document.querySelectorAll<HTMLElement>('h1 bdi, .facts-list strong bdi, th[scope="row"] bdi')) {
              bdi.textContent = name;
              bdi.dir = 'rtl';
            }
          }, RTL_NAME);
        }
        for (let width = 300; width <= 480; width += 4) {
          await page.setViewportSize({ width, height: 800 });
          const found = await page.evaluate(() => {
            // The page's text, with where each text node starts in it, so that a match can span elements.
            const nodes: { node: Text; at: number }[] = [];
            let text = '';
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              nodes.push({ node: n as Text, at: text.length });
              text += (n as Text).data;
            }
            const locate = (offset: number) => {
              let i = nodes.length - 1;
              while (i > 0 && nodes[i].at > offset) i--;
              return { node: nodes[i].node, offset: offset - nodes[i].at };
            };
            const broken: string[] = [];
            let seen = 0;
            // A count, not a date ("(24 February 2023)": a date may break like any words).
            const months = /^(January|February|March|April|May|June|July|August|September|October|November|December)$/;
            for (const m of text.matchAll(/\(\d[\d,]*\s+([^\s():;,]+)/g)) {
              if (months.test(m[1])) continue;
              const start = locate(m.index);
              const end = locate(m.index + m[0].length - 1);
              const range = document.createRange();
              range.setStart(start.node, start.offset);
              range.setEnd(end.node, end.offset + 1);
              const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
              if (rects.length === 0) continue; // hidden (print only, a closed <details>)
              seen++;
              // On one line the boxes overlap in height (a smaller font's box sits inside the line's).
              if (Math.max(...rects.map((r) => r.top)) >= Math.min(...rects.map((r) => r.bottom)) - 1) broken.push(m[0]);
            }
            return { broken, seen };
          });
          counts += found.seen;
          for (const b of found.broken) problems.add(`${file}: "${b}" breaks across lines (at ${width} px)`);
        }
      }
    } finally {
      await context.close();
    }
    expect(counts).toBeGreaterThan(0);
    expect([...problems], [...problems].join('\n')).toEqual([]);
  }, 300_000);
});
