/**
 * `npm run dev` follows seeds/: a seed added while the dev server runs is ingested and the pages
 * reload. The integration is driven through a stand-in for Vite's dev server (its watcher, module
 * graph and reload channel) in a copy of the project, with the real ingest.
 */
import { EventEmitter } from 'node:events';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, repoRoot } from '../../scripts/bench/project-copy.ts';
import { watchSeeds, type DevServerLike } from '../../scripts/dev-seeds-watch.ts';

const work = mkdtempSync(join(tmpdir(), 'dev-watch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function fakeServer() {
  const watcher = Object.assign(new EventEmitter(), { watched: [] as string[], add(path: string) { this.watched.push(path); } });
  const sent: string[] = [];
  let invalidated = 0;
  const server: DevServerLike = {
    watcher,
    environments: { ssr: { moduleGraph: { invalidateAll: () => void invalidated++ } } },
    ws: { send: (payload) => void sent.push(payload.type) },
  };
  return { server, watcher, sent, invalidated: () => invalidated };
}

describe('npm run dev and seeds/', () => {
  it('ingests a seed added while it runs, once for a burst of events, and reloads the pages', async () => {
    const project = copyProject(join(work, 'project'));
    const seeds = join(project, 'seeds');
    mkdirSync(seeds);
    const [first] = readdirSync(join(repoRoot, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
    cpSync(join(repoRoot, 'seeds', first), join(seeds, first));
    const { server, watcher, sent, invalidated } = fakeServer();
    const runs: boolean[] = [];
    let ran: () => void = () => {};
    watchSeeds(server, { info: () => {}, error: (m) => console.error(m) }, { root: project, debounceMs: 50, onIngested: (ok) => (runs.push(ok), ran()) });
    expect(watcher.watched).toEqual([seeds]);
    const nextRun = () => new Promise<void>((done) => (ran = done));

    writeFileSync(join(seeds, 'zz-added-while-running.txt'), 'A seed added while the dev server runs\n\n2024-03-05\n\nThe new laboratory opened in March with partners from eleven countries, the ministry said.\n');
    const done = nextRun();
    watcher.emit('add', join(seeds, 'zz-added-while-running.txt'));
    watcher.emit('change', join(seeds, 'zz-added-while-running.txt'));
    watcher.emit('change', join(project, 'src', 'pages', 'index.astro')); // not a seed: ignored
    await done;

    expect(runs).toEqual([true]);
    const articles = readdirSync(join(project, 'content', 'articles'));
    expect(articles.length).toBe(2);
    const added = articles.map((f) => readFileSync(join(project, 'content', 'articles', f), 'utf8')).find((text) => text.includes('The new laboratory opened in March'));
    expect(added).toBeDefined();
    expect(sent).toEqual(['full-reload']);
    expect(invalidated()).toBe(1);

    rmSync(join(seeds, 'zz-added-while-running.txt'));
    const removed = nextRun();
    watcher.emit('unlink', join(seeds, 'zz-added-while-running.txt'));
    await removed;
    expect(readdirSync(join(project, 'content', 'articles')).length).toBe(1);
    expect(existsSync(join(project, 'content', 'data', 'events.json'))).toBe(true);
  }, 120_000);
});
