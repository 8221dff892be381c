/**
 * Wide tables on a phone (375 px): they scroll sideways inside a box instead of being cut off or
 * widening the page; the box is a named region that takes the keyboard focus, so arrow keys scroll it.
 * The caption wraps within the box (it was as wide as the table, and cut off at the box's edge).
 */
import { expect, it } from 'vitest';
import { browserAndServer } from '../helpers/browser-and-server.ts';
import { elements, parseFile } from '../helpers/quality-html.ts';
import { serveSite } from '../helpers/quality-server.ts';
import { describeBuiltSite, htmlFiles, pagePath } from '../helpers/quality-site.ts';

describeBuiltSite('tables on a narrow screen', (site) => {
  // The briefing is made for print (A4) and has its own rules.
  const pages = htmlFiles(site.dir).filter((file) => !file.startsWith('briefing/'));
  const withTables = pages.filter((file) => elements(parseFile(site.dir, file), (e) => e.name === 'table').length > 0);
  const live = browserAndServer(() => serveSite(site.dir, site.base));

  it('puts every table in a focusable, named box that scrolls', () => {
    expect(withTables.length).toBeGreaterThan(0);
    const problems = withTables.flatMap((file) =>
      elements(parseFile(site.dir, file), (e) => e.name === 'table').flatMap((table) => {
        const parent = table.parent as { name?: string; attribs?: Record<string, string> } | null;
        const box = parent?.attribs ?? {};
        const name = parent?.name;
        const region = name === 'section' || box.role === 'region';
        const ok = /\btable-scroll\b/.test(box.class ?? '') && box.tabindex === '0' && region && !!box['aria-label'];
        return ok ? [] : [`${file}: a table outside a focusable, named scroll box`];
      }),
    );
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('at 375 px, no page is wider than the screen, a table that does not fit scrolls in its box, and its caption stays in the box', async () => {
    const context = await live.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const problems: string[] = [];
    let scrolling = 0;
    try {
      for (const file of withTables) {
        await page.goto(new URL(pagePath(file, site.base), live.server.root).href, { waitUntil: 'load' });
        const found = await page.evaluate(() => ({
          pageWidth: document.documentElement.scrollWidth,
          boxes: [...document.querySelectorAll<HTMLElement>('.table-scroll')].map((box) => {
            // How far the caption runs past the box's right edge: a caption as wide as its table was cut off there.
            const caption = box.querySelector('caption');
            const past = caption ? caption.getBoundingClientRect().right - box.getBoundingClientRect().right : 0;
            return { scrolls: box.scrollWidth > box.clientWidth + 1, overflow: getComputedStyle(box).overflowX, past };
          }),
        }));
        if (found.pageWidth > 375) problems.push(`${file}: the page is ${found.pageWidth} px wide`);
        for (const box of found.boxes) {
          if (box.past > 1) problems.push(`${file}: a table's caption runs ${Math.round(box.past)} px past its box`);
          if (box.scrolls) scrolling++;
          if (box.scrolls && box.overflow !== 'auto' && box.overflow !== 'scroll') problems.push(`${file}: a wide table is cut off (overflow ${box.overflow})`);
        }
      }
    } finally {
      await context.close();
    }
    expect(problems, problems.join('\n')).toEqual([]);
    expect(scrolling, 'the figure tables are wider than 375 px').toBeGreaterThan(0);
  });

  it("at 375 px, a long unbroken word in a report's page (an address its date came from, a long name) wraps instead of widening the page", async () => {
    const article = pages.find((file) => file.startsWith('articles/'));
    expect(article, 'an article page').toBeDefined();
    const context = await live.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    try {
      await page.goto(new URL(pagePath(article!, site.base), live.server.root).href, { waitUntil: 'load' });
      // What real pages bring: a date read from a page's address, an outlet or author written as one long token.
      const long = 'https://www.example.com/reports/world/2019/11/19/a-long-address-with-no-space-in-it/9182736450/';
      const widths = await page.evaluate((word) => {
        const width = () => document.documentElement.scrollWidth;
        const out: Record<string, number> = {};
        for (const selector of ['dl.facts dd', '.crumbs', 'h1', '.article-body p']) {
          const element = document.querySelector(selector);
          if (!element) continue;
          const before = element.innerHTML;
          element.append(` ${word}`);
          out[selector] = width();
          element.innerHTML = before;
        }
        return out;
      }, long);
      expect(Object.keys(widths).length).toBeGreaterThanOrEqual(4);
      expect(Object.entries(widths).filter(([, w]) => w > 375)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
