/**
 * `npm run dev` follows seeds/: a seed added, changed or removed while the dev server runs is
 * ingested (incrementally: only what changed is redone) and the open pages reload with it.
 *
 * An Astro integration on the dev server's own file watcher. Events are gathered for a moment
 * (saving a file, or copying in a folder of them, fires many), then the ingest runs once, in its own
 * process, as `npm run ingest` does; events during a run start one more run when it ends. Astro's
 * content layer picks up the changed content/articles/ itself; the modules that read content/data/
 * at import (src/lib/data/data.ts and what it feeds) are dropped so the next request reads the new data.
 */
import { spawn } from 'node:child_process';
import { join, relative, resolve, isAbsolute, sep } from 'node:path';
import type { AstroIntegration } from 'astro';

type Logger = { info(message: string): void; error(message: string): void };

/** What the integration needs of Vite's dev server: kept small so a test can stand in for it. */
export interface DevServerLike {
  watcher: { add(path: string): unknown; on(event: 'add' | 'change' | 'unlink', listener: (path: string) => void): unknown };
  environments?: Record<string, { moduleGraph: { invalidateAll(): void } }>;
  ws: { send(payload: { type: 'full-reload' }): void };
}

export interface SeedWatchOptions {
  root?: string;
  seedsDir?: string;
  /** Milliseconds of quiet before the ingest runs. */
  debounceMs?: number;
  /** Called after each run (tests wait on it). */
  onIngested?: (ok: boolean) => void;
}

export function watchSeeds(server: DevServerLike, logger: Logger, options: SeedWatchOptions = {}): void {
  const root = options.root ?? process.cwd();
  const seedsDir = resolve(root, options.seedsDir ?? process.env.SEEDS_DIR ?? 'seeds');
  const debounceMs = options.debounceMs ?? 300;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;

  // Only an entry of seeds/ itself is a seed (or is listed as skipped or ignored): what is inside a
  // folder there (a saved page's page_files/, its scripts and frames) is never read, and a page's
  // dozens of pieces saved one by one would start as many ingests.
  const inSeeds = (path: string) => {
    const rel = relative(seedsDir, resolve(root, path));
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !rel.includes(sep);
  };

  const ingest = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    const child = spawn(process.execPath, [join(root, 'scripts', 'ingest', 'cli.ts')], {
      cwd: root,
      env: { ...process.env, SEEDS_DIR: seedsDir, NODE_COMPILE_CACHE: join(root, '.cache', 'node-compile') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      running = false;
      const ok = code === 0;
      if (ok) {
        // The ingest's one-line summary, and what it skipped, rather than its whole report table.
        const lines = output.split('\n').filter((line) => /^(ingest:|skipped |content\/:)/.test(line));
        logger.info(`seeds/ changed: ${lines.join('; ') || 'ingested'}`);
        for (const environment of Object.values(server.environments ?? {})) environment.moduleGraph.invalidateAll();
        server.ws.send({ type: 'full-reload' });
      } else {
        logger.error(`seeds/ changed, and the ingest failed (exit ${code}):\n${output.trim()}`);
      }
      options.onIngested?.(ok);
      if (again) {
        again = false;
        schedule();
      }
    });
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(ingest, debounceMs);
  };

  server.watcher.add(seedsDir);
  for (const event of ['add', 'change', 'unlink'] as const) {
    server.watcher.on(event, (path) => {
      if (inSeeds(path)) schedule();
    });
  }
}

export function seedWatcher(): AstroIntegration {
  return {
    name: 'seed-watcher',
    hooks: {
      'astro:server:setup': ({ server, logger }) => watchSeeds(server as unknown as DevServerLike, logger),
    },
  };
}
