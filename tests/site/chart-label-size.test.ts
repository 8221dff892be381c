/**
 * A chart's words stay readable however wide it is drawn: an embed framed 300 px wide, a 320 px
 * phone, a tablet or a frame 641–860 px wide. The SVG scales to its column, and its text with it:
 * drawn for a 360-unit-wide plot, an 11 px label came out at 8 px in a 300 px frame; the wide
 * timeline (720 units) shrunk into a 610 px column put its 10 px labels at 8.6 px. Every label on
 * screen must render at 11 px or more at every width from 300 to 1400 px, on every kind of page that
 * draws a chart. Run `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, listPages, readPage, requireBuiltSite } from '../helpers/dist.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';
import { launchChromium, type LaunchedChromium } from '../helpers/chromium.ts';

requireBuiltSite();

/** Widths checked: every 20 px from 300 to 1400, and the edges of the layouts' breakpoints. */
const WIDTHS = [...Array.from({ length: 56 }, (_, i) => 300 + i * 20), 479, 481, 639, 641, 737, 861];

const hasChart = (path: string) => /<svg\b[^>]*role="img"/.test(readPage(path));
const pages = listPages();
/** One page of each kind that draws a chart (the five seeds' build has them all). */
const CHART_PAGES = [
  '/timeline/',
  '/embed/timeline/',
  pages.find((p) => /^\/topics\/[^/]+\/$/.test(p) && hasChart(p)),
  pages.find((p) => /^\/figures\/[^/]+\/$/.test(p) && hasChart(p)),
  pages.find((p) => /^\/timeline\/\d{4}\/$/.test(p) && hasChart(p)),
].filter((p): p is string => p !== undefined);

/** The smallest rendered size of the visible chart text on the page at this width, in CSS pixels. */
async function smallestLabels(browser: LaunchedChromium, url: string, widths: number[]): Promise<{ width: number; px: number; text: string }[]> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const out: { width: number; px: number; text: string }[] = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 });
    const smallest = await page.evaluate(() => [...document.querySelectorAll<SVGTextElement>('svg text')]
      .filter((t) => t.getClientRects().length > 0 && (t.textContent ?? '').trim() !== '')
      .flatMap((t) => [t, ...t.querySelectorAll<SVGTSpanElement>('tspan')])
      .map((t) => ({ px: Math.round(parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1) * 10) / 10, text: t.textContent ?? '' }))
      .sort((a, b) => a.px - b.px)[0]);
    if (smallest) out.push({ width, ...smallest });
  }
  await page.close();
  return out;
}

describe('chart labels at every width', () => {
  let server: StaticServer;
  let browser: LaunchedChromium;
  beforeAll(async () => { [server, browser] = await Promise.all([serveDist({ dir: DIST }), launchChromium({ viewport: { width: 1280, height: 800 } })]); });
  afterAll(async () => { await browser?.close(); await server?.close(); });

  it('finds a page of each kind with a chart', () => {
    expect(CHART_PAGES.length).toBe(5);
  });

  for (const path of CHART_PAGES) {
    it(`renders every label of ${path} at 11 px or more from 300 to 1400 px`, async () => {
      const smallest = await smallestLabels(browser, server.url(path), WIDTHS);
      expect(smallest.length, 'labels found').toBeGreaterThan(0);
      const small = smallest.filter((s) => s.px < 11).map((s) => `${s.width} px wide: "${s.text}" at ${s.px} px`);
      expect(small).toEqual([]);
    }, 60_000);
  }
});
