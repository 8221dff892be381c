/**
 * Small phones (300, 320 and 360 px wide): on one page of each kind, nothing of the page chrome or the
 * text is cut off at the screen's edge and the page never scrolls sideways. Wide tables and charts
 * scroll inside their own box (narrow-tables.test.ts), which is allowed here. At 300 px the header's
 * search box and its button did not fit one line and the button was cut off.
 *
 * Real titles and names bring long unbroken words (an address, a name written as one token): the
 * second test writes one into each kind of text a page shows and checks the page still fits. A flex
 * item is as wide as its longest word unless told otherwise, so the pager's titles, the topic cards,
 * tags, legend and filters widened the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { browserAndServer } from '../helpers/browser-and-server.ts';
import { serveSite } from '../helpers/quality-server.ts';
import { describeBuiltSite, htmlFiles, pagePath } from '../helpers/quality-site.ts';

/** Page kinds by their file; `optional` ones exist only when the seeds make them (a person's year). */
const KINDS: { kind: string; file: RegExp; optional?: true }[] = [
  { kind: 'home', file: /^index\.html$/ },
  { kind: 'timeline', file: /^timeline\/index\.html$/ },
  { kind: 'a year of the timeline', file: /^timeline\/\d{4}\/index\.html$/ },
  { kind: 'a month of the timeline', file: /^timeline\/\d{4}\/\d{2}\/index\.html$/ },
  { kind: 'a part of a month', file: /^timeline\/\d{4}\/\d{2}\/\d{2}-\d{2}\/index\.html$/ },
  { kind: "a topic's timeline", file: /^timeline\/(?!undated\/)[a-z][^/]*\/index\.html$/ },
  { kind: 'undated events', file: /^timeline\/undated\/.*index\.html$/, optional: true },
  { kind: 'topics', file: /^topics\/index\.html$/ },
  { kind: 'a topic', file: /^topics\/[^/]+\/index\.html$/ },
  { kind: 'people', file: /^people\/index\.html$/ },
  { kind: 'a person', file: /^people\/[^/]+\/index\.html$/ },
  { kind: "a person's year", file: /^people\/[^/]+\/\d{4}\/index\.html$/, optional: true },
  { kind: 'figures', file: /^figures\/index\.html$/ },
  { kind: 'a figure', file: /^figures\/[^/]+\/index\.html$/ },
  { kind: "a figure's year", file: /^figures\/[^/]+\/\d{4}\/index\.html$/, optional: true },
  { kind: 'an article', file: /^articles\/[^/]+\/index\.html$/ },
  { kind: 'the briefing', file: /^briefing\/index\.html$/ },
  { kind: 'a briefing', file: /^briefing\/[^/]+\/index\.html$/ },
  { kind: 'search', file: /^search\/index\.html$/ },
  { kind: 'not found', file: /^404\.html$/ },
  { kind: 'an embedded timeline', file: /^embed\/timeline\/index\.html$/ },
];
const WIDTHS = [300, 320, 360];
const LONG = 'https://news.example.net/reports/world/2019/11/19/a-long-address-with-no-space-in-it/9182736450/';
/** Where a page shows text from the data (titles, names, quotes, outlets) or from the topics' files. */
const TEXT = [
  'h1', 'main h2', 'main h3', '.lede', '.crumbs', '.what', '.who', '.when', '.count', '.reports li a', '.src', 'dl.facts dd',
  '.article-body p', 'blockquote p', 'blockquote footer', '.pager a', '.cards h2', '.cards h3', '.cards p', '.tags a', '.legend li',
  '.filters a', '.figure-stat p', '.quotes li', '.facts-list li', '.sources li', 'caption', 'td', '.site-footer p',
];

describeBuiltSite('pages on a small phone', (site) => {
  const files = htmlFiles(site.dir).filter((file) => !/http-equiv="refresh"/i.test(readFileSync(join(site.dir, file), 'utf8')));
  const pages = KINDS.flatMap(({ kind, file, optional }) => {
    const found = files.find((f) => file.test(f));
    return found ? [{ kind, file: found }] : optional ? [] : [{ kind, file: '' }];
  });
  const live = browserAndServer(() => serveSite(site.dir, site.base));

  it('has a page of each kind', () => {
    expect(pages.filter((p) => !p.file).map((p) => p.kind)).toEqual([]);
  });

  it.each(WIDTHS)('at %i px, no page scrolls sideways and nothing runs past the screen’s edge', async (width) => {
    const context = await live.browser.newContext({ viewport: { width, height: 700 } });
    const page = await context.newPage();
    const problems: string[] = [];
    try {
      for (const { kind, file } of pages.filter((p) => p.file)) {
        await page.goto(new URL(pagePath(file, site.base), live.server.root).href, { waitUntil: 'load' });
        const found = await page.evaluate((w) => {
          // Inside a box that scrolls or clips (a wide table, a chart), running past the screen is the box's business.
          const inBox = (element: Element) => {
            for (let a = element.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true;
            return false;
          };
          const out: string[] = [];
          for (const element of document.body.querySelectorAll('*')) {
            const box = element.getBoundingClientRect();
            if (box.width === 0 || box.height === 0 || box.bottom < 0 || inBox(element)) continue;
            if (box.right > w + 0.5 || box.left < -0.5) {
              const name = `${element.tagName.toLowerCase()}${[...element.classList].map((c) => `.${c}`).join('')}`;
              out.push(`${name} "${(element.textContent ?? '').trim().slice(0, 30)}" spans ${Math.round(box.left)}–${Math.round(box.right)} px`);
            }
          }
          return { scrollWidth: document.documentElement.scrollWidth, out };
        }, width);
        if (found.scrollWidth > width) problems.push(`${kind} (${file}): the page is ${found.scrollWidth} px wide`);
        problems.push(...found.out.slice(0, 3).map((o) => `${kind} (${file}): ${o}`));
      }
    } finally {
      await context.close();
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('at 320 px, a long unbroken word in any text a page shows wraps instead of widening the page', async () => {
    const context = await live.browser.newContext({ viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    const problems: string[] = [];
    let tried = 0;
    try {
      for (const { kind, file } of pages.filter((p) => p.file)) {
        await page.goto(new URL(pagePath(file, site.base), live.server.root).href, { waitUntil: 'load' });
        const found = await page.evaluate(({ selectors, word }) => {
          const out: { selector: string; width: number }[] = [];
          let tried = 0;
          for (const selector of selectors) {
            const element = [...document.querySelectorAll<HTMLElement>(selector)].find((e) => e.getClientRects().length > 0);
            if (!element) continue;
            tried++;
            const before = element.innerHTML;
            // Into the element's own text: a link's or a time's text, where the data's words are.
            (element.querySelector('a, time, q') ?? element).append(` ${word}`);
            out.push({ selector, width: document.documentElement.scrollWidth });
            element.innerHTML = before;
          }
          return { out, tried };
        }, { selectors: TEXT, word: LONG });
        tried += found.tried;
        for (const { selector, width } of found.out) if (width > 320) problems.push(`${kind} (${file}): a long word in ${selector} makes the page ${width} px wide`);
      }
    } finally {
      await context.close();
    }
    expect(tried, 'text elements tried').toBeGreaterThan(50);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
