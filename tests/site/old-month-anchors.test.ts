/**
 * Every old anchor of a month's page lands: /timeline/<year>/<month>/#<id> (and the same on a
 * topic's month) listed the whole month before its thirds had pages, and each id it could hold is now
 * on one part's page. The month page's script sends a hash it does not hold to the part whose card
 * lists the id (`data-anchors`), else to the part of the day the id names. Checked for every id on
 * every part page of the build, and in Chromium; a card listing an id with no day in it (an article's
 * own slug) is checked on the built month page with that card's list set. Run `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, elementById, idsIn, linksIn, listPages, readPage, requireBuiltSite } from '../helpers/dist.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { anchorDay } from '../../src/lib/urls/anchor-day.ts';

requireBuiltSite();

/** A month page (all topics or one topic): /timeline/2021/03/ or /timeline/iter/2021/03/. */
const monthPages = listPages().filter((p) => /^\/timeline\/(?:[a-z0-9-]+\/)?\d{4}\/\d\d\/$/.test(p));

interface Card { month: string; card: string; part: string; days: [number, number]; listed: string[] }

function cardsOf(month: string): Card[] {
  const html = readPage(month);
  return [...html.matchAll(/<li id="(d-\d{4}-\d\d-\d\d-\d\d)" data-part="(\d\d-\d\d)"(?: data-anchors="([^"]*)")?>/g)].map((m) => {
    const [from, to] = m[2].split('-').map(Number);
    return { month, card: m[1], part: linksIn(elementById(html, m[1])!, month)[0], days: [from, to], listed: m[3]?.split(' ') ?? [] };
  });
}

/** The ids a part's page holds for old links: its events and mentioned days. */
const itemIds = (part: string) => [...readPage(part).matchAll(/<li id="([^"]+)" class="(?:event|mention)"/g)].map((m) => m[1]);

const cases = monthPages.flatMap((month) => cardsOf(month).flatMap((c) => itemIds(c.part).map((id) => ({ ...c, id }))));

describe('old anchors of a month page (/timeline/<year>/<month>/#<id>)', () => {
  it('has month pages with parts to test', () => {
    expect(monthPages.length).toBeGreaterThan(0);
    expect(cases.length).toBeGreaterThan(0);
  });

  it('every id on a part page is found from its month page: by the day it names, or listed on its card', () => {
    for (const c of cases) {
      const day = anchorDay(c.id);
      const byDay = !!day && c.card.startsWith(`d-${day.slice(0, 7)}-`) && Number(day.slice(8)) >= c.days[0] && Number(day.slice(8)) <= c.days[1];
      expect(byDay || c.listed.includes(c.id), `${c.month}#${c.id} (part ${c.part})`).toBe(true);
      // The month page does not hold it, or the script would leave it there.
      expect(idsIn(readPage(c.month)).has(c.id), c.id).toBe(false);
    }
  });

  describe('in Chromium', () => {
    let server: StaticServer;
    beforeAll(async () => { server = await serveDist({ dir: DIST }); });
    afterAll(async () => { await server?.close(); });

    it('lands on the part page holding the id, for every id, and for an id listed on its card', async () => {
      const browser = await launchChromium({ javaScriptEnabled: true });
      try {
        const page = await browser.context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        const visit = async (path: string) => {
          await page.goto('about:blank');
          await page.goto(server.url(path));
          await page.waitForLoadState('load');
          const url = new URL(page.url());
          return { at: linksIn(`<a href="${url.pathname}${url.hash}">`)[0], target: await page.evaluate(() => document.querySelector(':target')?.id ?? null) };
        };
        for (const c of cases.slice(0, 12)) {
          expect(await visit(`${c.month}#${c.id}`), `${c.month}#${c.id}`).toEqual({ at: `${c.part}#${c.id}`, target: c.id });
        }
        // An id with no day in it, listed on the second card of a month (the first, were there one):
        // the built page, with that card's list set as the build sets it for such an id.
        const { month, card, part } = cardsOf(monthPages[0]).at(-1)!;
        const stray = 'invented-report-with-no-day';
        await page.route(server.url(month), async (route) => {
          const response = await route.fetch();
          const body = (await response.text()).replace(new RegExp(`(<li id="${card}" data-part="[^"]*")`), `$1 data-anchors="another-id ${stray}"`);
          expect(body).toContain(stray);
          await route.fulfill({ response, body });
        });
        expect((await visit(`${month}#${stray}`)).at).toBe(`${part}#${stray}`);
        // Not listed and naming no day: left alone.
        expect((await visit(`${month}#another-report`)).at).toBe(`${month}#another-report`);
        await page.unroute(server.url(month));
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
      }
    }, 180_000);
  });
});
