/**
 * A static file server for a built site, as a host would serve it: under the site's base path,
 * `dir/` → `dir/index.html`, the 404 page with status 404 for anything missing, and the response
 * headers of the site's `_headers` file (so the Content-Security-Policy header is exercised too).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export interface StaticServer {
  /** Address of the site root, base path included: `http://127.0.0.1:PORT/sub/`. */
  root: string;
  /** Absolute URL of a site path (`/timeline/` → `http://127.0.0.1:PORT/sub/timeline/`). */
  url(path: string): string;
  close(): Promise<void>;
}

interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/**
 * Netlify/Cloudflare `_headers`: an unindented path pattern (with the base path in it), then indented
 * `Name: value` lines, or `! Name` to detach a header an earlier rule set (kept as `['!Name', '']`).
 */
export function parseHeadersFile(source: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of source.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      rules.push({ pattern, headers: [] });
    } else if (rules.length) {
      const detach = /^\s*!\s*(\S+)\s*$/.exec(line);
      const colon = line.indexOf(':');
      rules.at(-1)!.headers.push(detach ? [`!${detach[1]}`, ''] : [line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/**
 * The headers a path gets, as Cloudflare Pages applies the file: every matching rule in order, the
 * values of a header set by several rules joined with ", ", and `! Name` removing what came before.
 */
export function headersFor(rules: HeaderRule[], path: string): [string, string][] {
  const headers = new Map<string, [string, string[]]>();
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of rule.headers) {
      if (name.startsWith('!')) headers.delete(name.slice(1).toLowerCase());
      else (headers.get(name.toLowerCase()) ?? headers.set(name.toLowerCase(), [name, []]).get(name.toLowerCase())!)[1].push(value);
    }
  }
  return [...headers.values()].map(([name, values]) => [name, values.join(', ')]);
}

export async function serveSite(dir: string, base = '/', options: { headers?: boolean } = {}): Promise<StaticServer> {
  const headersFile = join(dir, '_headers');
  const rules = options.headers !== false && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const inSite = path.startsWith(base) ? path.slice(base.length - 1) : null; // keeps a leading '/'
    let file = inSite === null ? null : normalize(join(dir, inSite.endsWith('/') ? `${inSite}index.html` : inSite));
    if (file && !file.startsWith(dir + sep) && file !== dir) file = null;
    if (file && existsSync(file) && statSync(file).isDirectory()) {
      response.writeHead(301, { Location: `${path}/` }).end();
      return;
    }
    let status = 200;
    if (!file || !existsSync(file)) {
      status = 404;
      file = join(dir, '404.html');
    }
    for (const [name, value] of headersFor(rules, path)) response.setHeader(name, value);
    response.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
    if (!existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(status);
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const root = `http://127.0.0.1:${port}${base}`;
  return {
    root,
    url: (path: string) => root + path.replace(/^\//, ''),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
