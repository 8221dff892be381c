/**
 * Embeds: /embed/timeline/ and /embed/timeline/<topic>/ render inside an <iframe> on another origin
 * (the site on one loopback port, the framing page on another, headers from the site's _headers),
 * while an ordinary page refuses to be framed. The embeds run no script, have no site header or
 * footer, open links in the top window, and fit frames from 320 to 1000 px.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { attr, byTag, parseFile, text } from '../helpers/quality-html.ts';
import { browserAndServer } from '../helpers/browser-and-server.ts';
import { serveSite } from '../helpers/quality-server.ts';
import { describeBuiltSite, htmlFiles } from '../helpers/quality-site.ts';

/** Another origin that frames the given addresses, one iframe each, at a given width. */
async function framingSite(): Promise<{ url(frames: string[], width: number): string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
    const width = Number(query.get('width') ?? 600);
    const frames = query.getAll('src').map((src, i) => `<iframe name="f${i}" src="${src.replace(/"/g, '&quot;')}" width="${width}" height="900"></iframe>`);
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>framing</title>${frames.join('')}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    // "localhost" rather than 127.0.0.1: another host, so another origin for the browser.
    url: (frames, width) => `http://localhost:${port}/?width=${width}&${frames.map((f) => `src=${encodeURIComponent(f)}`).join('&')}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function frameText(page: Page, name: string): Promise<string> {
  const frame: Frame | null = page.frame({ name });
  if (!frame) return '';
  return frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
}

describeBuiltSite('embeds', (site) => {
  const live = browserAndServer(() => serveSite(site.dir, site.base));
  let framer: Awaited<ReturnType<typeof framingSite>>;
  const embeds = htmlFiles(site.dir).filter((file) => file.startsWith('embed/'));

  beforeAll(async () => {
    framer = await framingSite();
  });
  afterAll(async () => {
    await framer?.close();
  });

  it('exist for the whole timeline and for every topic', () => {
    expect(embeds).toContain('embed/timeline/index.html');
    expect(embeds.length).toBeGreaterThan(1);
  });

  it('have no script, no site header or footer, and send every link to the top window', () => {
    for (const file of embeds) {
      const doc = parseFile(site.dir, file);
      expect(byTag(doc, 'script').filter((s) => attr(s, 'type') !== 'application/ld+json'), file).toEqual([]);
      expect(byTag(doc, 'header', 'nav', 'form'), file).toEqual([]);
      expect(byTag(doc, 'base').map((b) => attr(b, 'target')), file).toEqual(['_top']);
    }
  });

  it('render framed by another origin, at 320 and 1000 px, while an ordinary page refuses the frame', async () => {
    const page = await live.browser.newPage();
    try {
      for (const width of [320, 1000]) {
        await page.goto(framer.url([live.server.url('/embed/timeline/'), live.server.url('/embed/timeline/iter/'), live.server.url('/timeline/')], width));
        await page.waitForLoadState('load');
        expect(await frameText(page, 'f0')).toMatch(/Latest events/);
        expect(await frameText(page, 'f1')).toMatch(/ITER/);
        expect(await frameText(page, 'f2')).not.toMatch(/Timeline/);
        // Nothing wider than the frame: the reader never scrolls sideways inside it.
        const overflow = await page.frame({ name: 'f0' })!.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `at ${width} px`).toBeLessThanOrEqual(0);
      }
    } finally {
      await page.close();
    }
  });

  it('the timeline and topic pages show the <iframe> code to copy', () => {
    for (const [file, embed] of [['timeline/index.html', 'embed/timeline/'], ['topics/iter/index.html', 'embed/timeline/iter/']]) {
      const code = byTag(parseFile(site.dir, file), 'code').map((c) => c.children.map((n) => ('data' in n ? n.data : '')).join(''));
      expect(code.some((c) => c.startsWith('<iframe') && c.includes(`${site.origin}${site.base}${embed}"`)), file).toBe(true);
    }
  });

  it('the <iframe> code names the timeline with the site\'s own name, as the embed\'s heading does (one spelling, apostrophe and all)', () => {
    const page = parseFile(site.dir, 'timeline/index.html');
    const siteName = byTag(page, 'meta').find((m) => attr(m, 'property') === 'og:site_name')?.attribs.content;
    expect(siteName).toBeTruthy();
    const code = byTag(page, 'code').map(text).find((c) => c.startsWith('<iframe'));
    const title = code?.match(/ title="([^"]*)"/)?.[1];
    expect(title).toBe(`Timeline of ${siteName}`);
    expect(byTag(parseFile(site.dir, 'embed/timeline/index.html'), 'h1').map(text)).toEqual([title]);
  });

  it('a topic page\'s <iframe> code names the topic\'s timeline as its embed\'s heading does', () => {
    const code = byTag(parseFile(site.dir, 'topics/iter/index.html'), 'code').map(text).find((c) => c.startsWith('<iframe'));
    const title = code?.match(/ title="([^"]*)"/)?.[1];
    expect(title).toMatch(/ITER/);
    expect(byTag(parseFile(site.dir, 'embed/timeline/iter/index.html'), 'h1').map(text)).toEqual([title]);
  });
});
