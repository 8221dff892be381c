/**
 * Embeds: /embed/timeline/ and /embed/timeline/<topic>/ render inside an <iframe> on another origin
 * (the site on one loopback port, the framing page on another, headers from the site's _headers),
 * while an ordinary page refuses to be framed. The embeds run one script (they post their height to
 * the framing page), have no site header or footer, open links in the top window, and fit frames from
 * 320 to 1000 px. The host's optional resize script, pasted as the site shows it, fits the frame to
 * the timeline; without it, or with JavaScript off in the host, the frame keeps its fixed height.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { attr, byTag, parseFile, text } from '../helpers/quality-html.ts';
import { browserAndServer } from '../helpers/browser-and-server.ts';
import { serveSite } from '../helpers/quality-server.ts';
import { describeBuiltSite, htmlFiles } from '../helpers/quality-site.ts';

/** Another origin that frames the given addresses, one iframe each, at a given width. */
async function framingSite(): Promise<{ url(frames: string[], width: number): string; page(html: string): string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
    const html = query.get('html');
    if (html !== null) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>host</title><body style="margin:0">${html}`);
      return;
    }
    const width = Number(query.get('width') ?? 600);
    const frames = query.getAll('src').map((src, i) => `<iframe name="f${i}" src="${src.replace(/"/g, '&quot;')}" width="${width}" height="900"></iframe>`);
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>framing</title>${frames.join('')}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    // "localhost" rather than 127.0.0.1: another host, so another origin for the browser.
    url: (frames, width) => `http://localhost:${port}/?width=${width}&${frames.map((f) => `src=${encodeURIComponent(f)}`).join('&')}`,
    /** A host page whose body is `html`, as an embedder pastes the code into it. */
    page: (html) => `http://localhost:${port}/?html=${encodeURIComponent(html)}`,
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

  it('ask search engines not to index them (the page they show is indexed at its own address); other pages do not', () => {
    const robots = (file: string) => byTag(parseFile(site.dir, file), 'meta').filter((m) => attr(m, 'name') === 'robots').map((m) => attr(m, 'content'));
    for (const file of embeds) expect(robots(file), file).toEqual(['noindex']);
    for (const file of ['index.html', 'timeline/index.html']) expect(robots(file), file).toEqual([]);
  });

  it('exist for the whole timeline and for every topic', () => {
    expect(embeds).toContain('embed/timeline/index.html');
    expect(embeds.length).toBeGreaterThan(1);
  });

  it('have one script (a file: the one that posts their height), no site header or footer, and send every link to the top window', () => {
    for (const file of embeds) {
      const doc = parseFile(site.dir, file);
      const scripts = byTag(doc, 'script').filter((s) => attr(s, 'type') !== 'application/ld+json');
      expect(scripts.map((s) => [attr(s, 'type'), /^.*\/_astro\/[^/]+\.js$/.test(attr(s, 'src') ?? ''), text(s)]), file).toEqual([['module', true, '']]);
      expect(readFileSync(join(site.dir, attr(scripts[0], 'src')!.slice(site.base.length)), 'utf8'), file).toContain('postMessage');
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

  /**
   * `<base target="_top">` sends a link within the page to the top window too: the skip link ("#main")
   * replaced the host's page with the bare embed. A link within the embed stays in its frame.
   */
  it('keep a link within the embed (the skip link) in the frame: the host page stays', async () => {
    for (const file of embeds) {
      const inPage = byTag(parseFile(site.dir, file), 'a').filter((a) => (attr(a, 'href') ?? '').startsWith('#'));
      expect(inPage.length, file).toBeGreaterThan(0);
      for (const a of inPage) expect(attr(a, 'target'), `${file}: ${attr(a, 'href')}`).toBe('_self');
    }
    const page = await live.browser.newPage();
    try {
      const host = framer.url([live.server.url('/embed/timeline/')], 600);
      await page.goto(host);
      await page.waitForLoadState('load');
      const frame = page.frame({ name: 'f0' })!;
      await frame.focus('a.skip');
      await page.keyboard.press('Enter');
      await page.waitForTimeout(500);
      expect(page.url()).toBe(host);
      expect(frame.url()).toMatch(/\/embed\/timeline\/#main$/);
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

  it('says, when the site was built without its address (SITE_URL), that the code names a placeholder to replace', () => {
    const snippet = byTag(parseFile(site.dir, 'timeline/index.html'), 'details').find((d) => attr(d, 'class')?.includes('embed-snippet'));
    expect(snippet).toBeDefined();
    const note = /built without its address/.test(text(snippet!));
    expect(note).toBe(!site.known);
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

  /**
   * The topic page's two code blocks as an embedder pastes them, with the site's address swapped for
   * the test server's (the build names its SITE_URL; here the site is served from a loopback port).
   */
  function pastedCode(file: string): { iframe: string; script: string } {
    const blocks = byTag(parseFile(site.dir, file), 'code').map(text);
    const iframe = blocks.find((c) => c.startsWith('<iframe'));
    const script = blocks.find((c) => c.startsWith('<script>'));
    expect(iframe && script, file).toBeTruthy();
    const here = live.server.url('/');
    const origin = new URL(here).origin;
    const siteRoot = `${site.origin}${site.base}`;
    return {
      iframe: iframe!.replaceAll(siteRoot, here),
      script: script!.replaceAll(JSON.stringify(site.origin), JSON.stringify(origin)),
    };
  }

  /** The embed's frame once loaded: a lazy <iframe> is attached after the host's own load event. */
  async function embedFrame(page: Page): Promise<Frame> {
    const find = () => page.frames().find((f) => f.url().includes('/embed/timeline/'));
    await expect.poll(() => !!find(), { timeout: 10_000 }).toBe(true);
    const frame = find()!;
    await frame.waitForLoadState('load');
    return frame;
  }

  /** The framed embed's height, the frame's, and how far the embed scrolls inside it. */
  async function frameFit(page: Page) {
    const frame = await embedFrame(page);
    const inner = await frame.evaluate(() => ({ content: Math.ceil(document.documentElement.getBoundingClientRect().height), scroll: document.documentElement.scrollHeight - document.documentElement.clientHeight }));
    const outer = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
    return { ...inner, frame: outer };
  }

  it('fit their frame to the timeline at 300 and 1280 px when the host adds the resize script, and only then', async () => {
    const { iframe, script } = pastedCode('topics/iter/index.html');
    expect(iframe).toMatch(/ height="640"/);
    const page = await live.browser.newPage();
    try {
      const heights: number[] = [];
      for (const width of [300, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(framer.page(iframe + script));
        await page.waitForLoadState('load');
        // The frame grows to the timeline's height: nothing left to scroll inside it.
        await expect.poll(async () => (await frameFit(page)).scroll, { timeout: 10_000 }).toBeLessThanOrEqual(0);
        const fit = await frameFit(page);
        expect(Math.abs(fit.frame - fit.content), `at ${width} px: ${JSON.stringify(fit)}`).toBeLessThanOrEqual(1);
        heights.push(fit.frame);
      }
      // Narrower is taller, and the timeline is taller than the fixed frame at both widths here.
      expect(heights[0]).toBeGreaterThan(heights[1]);
      expect(heights[1]).toBeGreaterThan(640);
      // Without the script the frame keeps its height and the timeline scrolls inside it.
      await page.goto(framer.page(iframe));
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      const fixed = await frameFit(page);
      expect(fixed.frame).toBe(640);
      expect(fixed.scroll).toBeGreaterThan(0);
      // A message of the right shape from another origin resizes nothing.
      await page.goto(framer.page(iframe + script));
      await page.waitForLoadState('load');
      await expect.poll(async () => (await frameFit(page)).scroll, { timeout: 10_000 }).toBeLessThanOrEqual(0);
      const before = (await frameFit(page)).frame;
      await page.evaluate(() => window.postMessage({ type: 'timeline-embed-height', height: 99 }, '*'));
      await page.waitForTimeout(200);
      expect((await frameFit(page)).frame).toBe(before);
    } finally {
      await page.close();
    }
  });

  it('keep their fixed height, scrolling inside, in a host with JavaScript off', async () => {
    const { iframe, script } = pastedCode('timeline/index.html');
    const context = await live.browser.newContext({ javaScriptEnabled: false, viewport: { width: 300, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(framer.page(iframe + script));
      await page.waitForLoadState('load');
      const height = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
      expect(height).toBe(640);
      const frame = await embedFrame(page);
      expect(await frame.evaluate(() => document.body.innerText)).toMatch(/Latest events/);
    } finally {
      await context.close();
    }
  });

  it('the code to copy, opened, stays within the page at 320 and 1280 px (it wraps instead of running off sideways)', async () => {
    const page = await live.browser.newPage();
    try {
      for (const width of [320, 1280]) {
        for (const path of ['/timeline/', '/topics/iter/']) {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(live.server.url(path));
          await page.evaluate(() => document.querySelectorAll('details.embed-snippet').forEach((d) => ((d as HTMLDetailsElement).open = true)));
          const overflow = await page.evaluate(() => ({
            page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            code: Math.max(...[...document.querySelectorAll('.embed-snippet pre')].map((p) => p.scrollWidth - p.clientWidth)),
          }));
          expect(overflow, `${path} at ${width} px`).toEqual({ page: 0, code: 0 });
        }
      }
    } finally {
      await page.close();
    }
  });
});
