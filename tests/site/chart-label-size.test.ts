/**
 * A chart's words stay readable however narrow it is drawn: an embed framed 300 px wide, a 320 px
 * phone. The SVG scales to its column, and its text with it: drawn for a 360-unit-wide plot, an
 * 11 px label came out at 8 px in a 300 px frame. Every label on screen must render at 11 px or more.
 * Run `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireBuiltSite } from '../helpers/dist.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';
import { launchChromium } from '../helpers/chromium.ts';

requireBuiltSite();

/** The smallest rendered size of the visible chart text on the page, in CSS pixels, with the text. */
async function smallestLabel(url: string, width: number): Promise<{ px: number; text: string }[]> {
  const browser = await launchChromium({ viewport: { width, height: 800 } });
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    return await page.evaluate(() => [...document.querySelectorAll<SVGTextElement>('svg text')]
      .filter((t) => t.getClientRects().length > 0 && (t.textContent ?? '').trim() !== '')
      .flatMap((t) => [t, ...t.querySelectorAll<SVGTSpanElement>('tspan')])
      .map((t) => ({ px: Math.round(parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1) * 10) / 10, text: t.textContent ?? '' }))
      .sort((a, b) => a.px - b.px)
      .slice(0, 3));
  } finally {
    await browser.close();
  }
}

describe('chart labels on narrow screens', () => {
  let server: StaticServer;
  beforeAll(async () => { server = await serveDist({ dir: DIST }); });
  afterAll(async () => { await server?.close(); });

  for (const [path, width] of [['/embed/timeline/', 300], ['/timeline/', 320]] as const) {
    it(`renders every label of ${path} at 11 px or more at ${width} px`, async () => {
      const smallest = await smallestLabel(server.url(path), width);
      expect(smallest.length, 'labels found').toBeGreaterThan(0);
      for (const label of smallest) expect(label.px, label.text).toBeGreaterThanOrEqual(11);
    });
  }
});
