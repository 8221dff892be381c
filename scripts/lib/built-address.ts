/**
 * Where a built site is meant to be served, read from the build itself: the canonical URL of its
 * home page carries both the origin (SITE_URL) and the base path (BASE_PATH) it was built for. So the
 * tests and the PDF script need neither variable set again, and cannot disagree with the build.
 *
 *   builtAddress('dist')   // { origin: 'https://example.org', base: '/sub/' }
 *
 * Falls back to BASE_PATH and SITE_URL (as astro.config.mjs reads them) when there is no home page
 * or it has no canonical link.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { knowsOrigin, PLACEHOLDER_SITE } from '../../src/lib/urls/printed-address.ts';

export interface BuiltAddress {
  /** `https://example.org` */
  origin: string;
  /** With leading and trailing slash: `/` or `/sub/`. */
  base: string;
  /** Built with SITE_URL: the origin is the real one, not the placeholder (src/lib/urls/printed-address.ts). */
  known: boolean;
}

export const normalizeBase = (base: string) => `/${base}/`.replace(/\/+/g, '/');

export function builtAddress(dir: string): BuiltAddress {
  const home = join(dir, 'index.html');
  const canonical = existsSync(home) ? /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(home, 'utf8'))?.[1] : undefined;
  if (canonical) {
    const url = new URL(canonical.replace(/&amp;/g, '&'));
    return { origin: url.origin, base: normalizeBase(url.pathname), known: knowsOrigin(url) };
  }
  const site = new URL(process.env.SITE_URL ?? PLACEHOLDER_SITE);
  return { origin: site.origin, base: normalizeBase(process.env.BASE_PATH ?? '/'), known: knowsOrigin(site) };
}
