/**
 * `npm run dev` re-ingests when an entry of seeds/ itself is added, changed or removed: a seed, or a
 * file the ingest lists as skipped or ignored. Files under a folder in seeds/ (the `page_files/`
 * folder a "Webpage, Complete" save writes, with its scripts and frames) are never read, so their
 * changes start no ingest. The ingest's process is stood in for: this test counts the runs.
 */
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const spawned: string[][] = [];
vi.mock('node:child_process', () => ({
  spawn: (_node: string, args: string[]) => {
    spawned.push(args);
    const child = Object.assign(new EventEmitter(), { stdout: new EventEmitter(), stderr: new EventEmitter() });
    setTimeout(() => child.emit('close', 0), 1);
    return child;
  },
}));
const { watchSeeds } = await import('../../scripts/dev-seeds-watch.ts');

function fakeServer() {
  const watcher = Object.assign(new EventEmitter(), { add() {} });
  return { server: { watcher, ws: { send() {} } }, watcher };
}

describe('npm run dev and the folders in seeds/', () => {
  it('starts no ingest for a file under a saved page\'s folder, one for an entry of seeds/ itself', async () => {
    const root = join('/nonexistent', 'project');
    const seeds = join(root, 'seeds');
    const { server, watcher } = fakeServer();
    let ran: () => void = () => {};
    watchSeeds(server, { info: () => {}, error: () => {} }, { root, debounceMs: 10, onIngested: () => ran() });
    for (const event of ['add', 'change', 'unlink'] as const) {
      watcher.emit(event, join(seeds, 'Harbor Gazette_files', 'script.js'));
      watcher.emit(event, join(seeds, 'Harbor Gazette_files', 'frames', 'frame.html'));
    }
    await new Promise((done) => setTimeout(done, 100));
    expect(spawned).toEqual([]);

    const done = new Promise<void>((resolve) => (ran = resolve));
    watcher.emit('change', join(seeds, 'Harbor Gazette.html'));
    await done;
    expect(spawned.length).toBe(1);
  });
});
