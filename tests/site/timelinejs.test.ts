/**
 * /api/timelinejs/*.json load into TimelineJS3 itself (the @knight-lab/timelinejs package, served
 * from node_modules on loopback, in Chromium): every file renders a title slide plus one slide per
 * event, with no error, and dates keep the precision the data has.
 */
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserAndServer } from '../helpers/browser-and-server.ts';
import { describeBuiltSite } from '../helpers/quality-site.ts';
import { startDate } from '../../src/lib/api/timelinejs.ts';

const timelineDist = join(dirname(createRequire(import.meta.url).resolve('@knight-lab/timelinejs/package.json')), 'dist');

/** TimelineJS's dist/ and a page that holds nothing but the timeline's container. */
async function serveTimelineJs(): Promise<{ url: string; close(): Promise<void> }> {
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="/css/timeline.css"><script src="/js/timeline.js"></script></head>
<body></body></html>`;
  const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (path === '/') return void response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
    const file = normalize(join(timelineDist, path));
    if (!file.startsWith(timelineDist + sep) || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describeBuiltSite('TimelineJS3 data', (site) => {
  const dir = join(site.dir, 'api/timelinejs');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
  const live = browserAndServer(serveTimelineJs);
  let page: Page;
  const errors: string[] = [];
  // One page loads TimelineJS once; each file then gets a fresh container and timeline in it.
  beforeAll(async () => {
    page = await live.browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    // Nothing leaves the machine: TimelineJS's fonts come from its own package (script_path below).
    await page.route('**/*', (route) => (route.request().url().startsWith(live.server.url) ? route.continue() : route.abort()));
    await page.goto(live.server.url);
  });

  it('has all.json and one file per topic', () => {
    const topics = JSON.parse(readFileSync(join(site.dir, 'api/topics.json'), 'utf8')).topics as { slug: string }[];
    expect(files).toEqual(['all.json', ...topics.map((t) => `${t.slug}.json`)].sort());
  });

  for (const file of files) {
    it(`${file} renders in TimelineJS3 with a slide for every event`, async () => {
      const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      expect(data.events.length).toBeGreaterThan(0);
      for (const event of data.events) expect(event.group, event.unique_id).toBeTruthy();
      errors.length = 0;
      const rendered = await page.evaluate(
        ({ json, scriptPath }) =>
          new Promise<{ slides: number; headlines: string[] }>((resolve, reject) => {
            document.body.innerHTML = '<div id="timeline" style="width: 900px; height: 600px"></div>';
            const TL = (window as unknown as { TL: { Timeline: new (id: string, data: unknown, options: object) => { on(e: string, f: () => void): void } } }).TL;
            const timeline = new TL.Timeline('timeline', json, { script_path: scriptPath });
            timeline.on('loaded', () => {
              resolve({
                slides: document.querySelectorAll('#timeline .tl-slide').length,
                headlines: [...document.querySelectorAll('#timeline .tl-slide .tl-headline')].map((h) => h.textContent ?? ''),
              });
            });
            setTimeout(() => reject(new Error('TimelineJS did not finish loading')), 20_000);
          }),
        { json: data, scriptPath: `${live.server.url}js/` },
      );
      expect(errors).toEqual([]);
      expect(rendered.slides).toBe(data.events.length + 1); // the title slide and every event
      // Escaped for TimelineJS's HTML, the headline reads as the title does on the site.
      const decoded = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      for (const event of data.events) expect(rendered.headlines).toContain(decoded(event.text.headline));
    }, 60_000);
  }
});

describe('TimelineJS dates keep the precision the data has', () => {
  it('gives a day, a month or only a year', () => {
    expect(startDate('2023-02-24', 'day')).toEqual({ year: 2023, month: 2, day: 24 });
    expect(startDate('2023-02-01', 'month')).toEqual({ year: 2023, month: 2 });
    expect(startDate('2022-01-01', 'year')).toEqual({ year: 2022 });
  });
});
