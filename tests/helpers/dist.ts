/**
 * Reading the built site (dist/) as files, for tests that check what a reader gets without a browser.
 *
 *   const html = readPage('/timeline/');         // dist/timeline/index.html, base path handled
 *   const pages = listPages();                    // ['/','/timeline/', …] every HTML page as a site path
 *   linksIn(html)                                 // internal hrefs as site paths with fragments
 *   idsIn(html)                                   // every id="…" on the page
 *
 * Site paths are written without the base path ('/timeline/'); the build's base path is
 * added and removed here, so tests pass both with and without a base path.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { builtAddress } from '../../scripts/lib/built-address.ts';

export const DIST = resolve(process.env.DIST_DIR ?? 'dist');
/** The base path the site in DIST was built for (read from the build: scripts/lib/built-address.ts). */
export const BASE = builtAddress(DIST).base;

/** Throws a clear error when the site has not been built. */
export function requireBuiltSite(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html is missing: build the site first (npm run build).`);
  }
}

/** The file that serves a site path: '/timeline/' → dist/timeline/index.html. Null if none. */
export function fileFor(sitePath: string): string | null {
  const clean = decodeURIComponent(sitePath.split('#')[0].split('?')[0]).replace(/^\/+/, '');
  const full = join(DIST, clean);
  for (const candidate of [full, join(full, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

export function readPage(sitePath: string): string {
  const file = fileFor(sitePath);
  if (!file) throw new Error(`no page in dist/ for ${sitePath}`);
  return readFileSync(file, 'utf8');
}

/** Every HTML page in dist/ as a site path ('/', '/timeline/', '/404.html'). */
export function listPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const rel = '/' + relative(DIST, full).split(sep).join('/');
        out.push(rel.endsWith('/index.html') || rel === '/index.html' ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(DIST);
  return out.sort();
}

const decode = (s: string) =>
  s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/**
 * Internal links of a page as site paths (base removed), fragments kept: '/articles/x/#p-3'.
 * Links to other origins are left out; a link that does not start with the base path is returned
 * with a leading '!' so a test can flag it.
 */
export function linksIn(html: string, fromPath = '/'): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) {
    const href = decode(m[1]);
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue; // other origin, mailto:
    if (href.startsWith('#')) { out.push(fromPath.split('#')[0] + href); continue; }
    if (!href.startsWith('/')) { out.push('!' + href); continue; }
    out.push(href.startsWith(BASE) ? '/' + href.slice(BASE.length) : '!' + href);
  }
  return out;
}

/** Every id="…" on the page. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1])));
}

/** The HTML of the element with this id (first match; elements of the same tag nested inside are handled). */
export function elementById(html: string, id: string): string | null {
  const open = new RegExp(`<([a-z][a-z0-9]*)\\b[^>]*\\sid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`, 'i').exec(html);
  if (!open) return null;
  const tag = open[1];
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  re.lastIndex = open.index + open[0].length;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(open.index, m.index + m[0].length);
  }
  return html.slice(open.index);
}

/** Text content, roughly: tags removed, entities decoded, whitespace collapsed. */
export function textOf(html: string): string {
  return decode(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}
