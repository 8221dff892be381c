/**
 * Answer a browser context's requests for the site's public origin from dist/, without a server and
 * without the network: pages are opened at their real address (e.g. https://example.org/base/briefing/),
 * so links, canonical URLs and printed PDFs carry the public URL. Requests to any other origin are
 * aborted, which also proves a page needs nothing from elsewhere.
 *
 *   await routeSiteToDist(context, 'https://example.org/base/briefing/', 'dist');
 *   await page.goto('https://example.org/base/briefing/');
 */
import type { BrowserContext } from 'playwright-core';
import { readFile, stat } from 'node:fs/promises';
import { builtAddress } from './built-address.ts';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.webp': 'image/webp', '.ico': 'image/x-icon', '.xml': 'application/xml', '.txt': 'text/plain',
};

/**
 * `pageUrl` is any public URL of the site; its origin is routed. The base path (by default the one
 * the site was built for) is stripped before looking in `dir`.
 */
export async function routeSiteToDist(context: BrowserContext, pageUrl: string, dir = 'dist', basePath?: string): Promise<void> {
  const root = resolve(dir);
  // The base path the site was built for, read from the build unless the caller knows it.
  basePath ??= builtAddress(root).base;
  const origin = new URL(pageUrl).origin;
  const base = `/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin || !url.pathname.startsWith(base)) return route.abort();
    const rel = normalize(decodeURIComponent(url.pathname.slice(base.length)));
    const full = join(root, rel);
    if (full !== root && !full.startsWith(root + sep)) return route.abort();
    for (const candidate of [full, join(full, 'index.html')]) {
      const s = await stat(candidate).catch(() => null);
      if (s?.isFile()) {
        return route.fulfill({ status: 200, contentType: TYPES[extname(candidate)] ?? 'application/octet-stream', body: await readFile(candidate) });
      }
    }
    const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
    return route.fulfill({ status: 404, contentType: 'text/html; charset=utf-8', body: notFound });
  });
}
