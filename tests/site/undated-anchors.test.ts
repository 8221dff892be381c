/**
 * Old links to an undated report on /timeline/undated/ (/timeline/undated/#<event id>, also the `url`
 * of earlier /api/events.json): the list is now cut by the id's first character, so with JavaScript
 * an anchor the page does not hold goes to /timeline/undated/<c>/#<id>; one it holds stays put; a hash
 * that is no slug is left alone. The repository's seeds are all dated, so this file builds its own
 * small site: those seeds and two invented reports that name no date at all.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, repoRoot } from '../../scripts/bench/project-copy.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { shellEnvironment } from '../helpers/build-env.ts';

const run = promisify(execFile);
const project = join(tmpdir(), `undated-anchors-${process.pid}`);
const dist = join(project, 'dist');

/** Invented reports with no date in them, nor a weekday to date them by. */
const UNDATED = {
  'undated-a.txt': 'Harbour lab opens a shared cold-atom facility\nA coastal research institute has opened a shared cold-atom facility to visiting teams from partner universities, its director Mara Vellin said.\n"The instruments belong to whoever brings the best question," Vellin said, adding that the first call for proposals was open to groups from any country.\nThe facility houses two vacuum chambers and a laser hall built with partner funding.\n',
  'undated-b.txt': 'Partner universities agree to share seed bank records\nA group of partner universities agreed to pool the records of their seed banks in one open catalogue, the group\'s coordinator Tomas Ilve said.\n"A seed no one can find is a seed lost," Ilve said, adding that the catalogue would list every accession with its origin.\nThe catalogue will be hosted by a library in the group.\n',
};

describe('old anchors on the undated list, on a build with undated reports', () => {
  let server: StaticServer;
  /** Each undated report's id and the page that lists it, read from the built pages of the list. */
  let undated: { id: string; page: string }[] = [];

  beforeAll(async () => {
    copyProject(project);
    const seeds = join(project, 'seeds');
    mkdirSync(seeds, { recursive: true });
    cpSync(join(repoRoot, 'seeds'), seeds, { recursive: true });
    for (const [name, text] of Object.entries(UNDATED)) writeFileSync(join(seeds, name), text);
    const options = { cwd: project, env: shellEnvironment(project), maxBuffer: 64 * 1024 * 1024 };
    await run(process.execPath, ['scripts/ingest/cli.ts'], options);
    await run(process.execPath, ['scripts/astro-build.ts', '--silent'], options);
    const list = join(dist, 'timeline', 'undated');
    undated = readdirSync(list, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) =>
      [...readFileSync(join(list, d.name, 'index.html'), 'utf8').matchAll(/<li id="([^"]+)" class="event"/g)].map((m) => ({ id: m[1], page: `/timeline/undated/${d.name}/` })));
    server = await serveDist({ dir: dist });
  }, 600_000);
  afterAll(async () => { await server?.close(); });

  it('with JavaScript, follow an undated report the page does not hold to its own page, and leave the rest', async () => {
    expect(undated.length).toBeGreaterThanOrEqual(2);
    const browser = await launchChromium({ javaScriptEnabled: true });
    try {
      const page = await browser.context.newPage();
      const visit = async (path: string) => {
        await page.goto('about:blank'); // a fresh load each time, not a jump within the page
        await page.goto(server.url(path));
        await page.waitForLoadState('load');
        await page.waitForTimeout(200);
        const url = new URL(page.url());
        return { at: url.pathname + url.hash, target: await page.evaluate(() => document.querySelector(':target')?.id ?? null) };
      };
      for (const e of undated) {
        expect(e.page).toBe(`/timeline/undated/${e.id[0]}/`);
        expect(await visit(`/timeline/undated/#${e.id}`), e.id).toEqual({ at: `${e.page}#${e.id}`, target: e.id });
      }
      expect(await visit('/timeline/undated/#main')).toEqual({ at: '/timeline/undated/#main', target: 'main' });
      expect((await visit('/timeline/undated/#%3Cscript%3E')).at).toBe('/timeline/undated/#%3Cscript%3E');
    } finally {
      await browser.close();
    }
  }, 120_000);
});
