/**
 * Old links to a series on the figures index (/figures/#<id>, the `url` of earlier /api/figures.json):
 * the index is now cut into pages and each series has its own page, so with JavaScript an anchor this
 * page does not hold goes to /figures/<id>/; an anchor the page holds stays put; a hash that is no
 * slug is left alone. Run `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireBuiltSite } from '../helpers/dist.ts';
import { loadFigures } from '../helpers/content.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';
import { launchChromium } from '../helpers/chromium.ts';

requireBuiltSite();
const series = loadFigures();

describe('old anchors on the figures index', () => {
  let server: StaticServer;
  beforeAll(async () => { server = await serveDist({ dir: DIST }); });
  afterAll(async () => { await server?.close(); });

  it('with JavaScript, follow a series the page does not hold to its own page, and leave the rest', async () => {
    const browser = await launchChromium({ javaScriptEnabled: true });
    try {
      const page = await browser.context.newPage();
      const visit = async (path: string) => {
        await page.goto('about:blank');
        await page.goto(server.url(path));
        await page.waitForLoadState('load');
        await page.waitForTimeout(200);
        const url = new URL(page.url());
        return url.pathname + url.hash;
      };
      const held = series[0].id;
      expect(await visit(`/figures/#${held}`)).toBe(`/figures/#${held}`);
      expect(await visit('/figures/#a-series-on-another-page')).toBe('/figures/a-series-on-another-page/');
      expect(await visit('/figures/#main')).toBe('/figures/#main');
      expect(await visit('/figures/#%3Cscript%3E')).toBe('/figures/#%3Cscript%3E');
    } finally {
      await browser.close();
    }
  }, 120_000);
});
