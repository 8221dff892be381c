/**
 * A tiny static file server for the built site (dist/), for browser tests and the PDF script.
 *
 *   const server = await serveDist();            // http://127.0.0.1:<random port>/
 *   await page.goto(server.url('/timeline/'));   // paths are joined with the base path for you
 *   await server.close();
 *
 * It serves `dist/` under the site's base path (BASE_PATH, as astro.config.mjs uses it), answers
 * `/dir/` with `dir/index.html`, and unknown paths with dist/404.html and status 404 — like a static
 * host would. Listens on 127.0.0.1 only, on a port the OS picks, so tests can run side by side.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** Origin plus base path, ending in `/`: `http://127.0.0.1:41234/base/`. */
  root: string;
  /** Absolute URL of a site path (`/timeline/` → `http://127.0.0.1:41234/base/timeline/`). */
  url(path: string): string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Directory to serve; default `dist` in the current working directory. */
  dir?: string;
  /** Base path the site was built with; default from BASE_PATH, else `/`. */
  base?: string;
}

export async function serveDist(options: ServeOptions = {}): Promise<StaticServer> {
  const dir = resolve(options.dir ?? 'dist');
  const base = `/${(options.base ?? process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

  async function fileFor(pathname: string): Promise<string | null> {
    if (!pathname.startsWith(base)) return null;
    const rel = normalize(decodeURIComponent(pathname.slice(base.length)));
    const full = join(dir, rel);
    if (full !== dir && !full.startsWith(dir + sep)) return null; // no escaping dist/
    for (const candidate of [full, join(full, 'index.html')]) {
      const s = await stat(candidate).catch(() => null);
      if (s?.isFile()) return candidate;
    }
    return null;
  }

  const server: Server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      const file = await fileFor(pathname);
      if (file) {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(req.method === 'HEAD' ? undefined : await readFile(file));
        return;
      }
      const notFound = await readFile(join(dir, '404.html')).catch(() => Buffer.from('Not found'));
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(err));
    }
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server did not get a port');
  const root = `http://127.0.0.1:${address.port}${base}`;
  return {
    root,
    url: (path: string) => root + path.replace(/^\//, ''),
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
