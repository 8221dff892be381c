/**
 * The built site served on 127.0.0.1 for browser tests, with defaults for the common case:
 *
 *   const server = await serveDist();            // dist/ under its base path, on a port the OS picks
 *   await page.goto(server.url('/timeline/'));
 *   await server.close();
 *
 * One server serves every test (quality-server.ts): a host's behaviour — `dir/` → index.html, the
 * 404 page for anything missing, `_headers` applied.
 */
import { resolve } from 'node:path';
import { serveSite, type StaticServer } from './quality-server.ts';
import { builtAddress, normalizeBase } from '../../scripts/lib/built-address.ts';

export type { StaticServer };

export interface ServeOptions {
  /** Directory to serve; default `dist` in the current working directory. */
  dir?: string;
  /** Base path the site was built with; default: read from the build. */
  base?: string;
}

export function serveDist(options: ServeOptions = {}): Promise<StaticServer> {
  const dir = resolve(options.dir ?? 'dist');
  return serveSite(dir, normalizeBase(options.base ?? builtAddress(dir).base));
}
