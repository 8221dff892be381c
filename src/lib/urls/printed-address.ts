/**
 * The address a page shows a reader for one of the site's own pages: on paper (a printed page's
 * address, a link's address after it, a briefing's sources) and in the links of its PDFs.
 *
 * Built without SITE_URL, the site does not know where it will live: its canonical links name a
 * placeholder (PLACEHOLDER_SITE, a reserved domain no site is served from). Printing
 * `https://example.org/articles/…` would show a reader an address that leads nowhere as if it were
 * the real one, so the site path (`/articles/…/#p-3`, base path included) is shown instead; with
 * SITE_URL set, the absolute address.
 *
 *   printedAddress('/articles/a/#p-3', new URL('https://example.org'))   // '/articles/a/#p-3'
 *   printedAddress('/articles/a/#p-3', new URL('https://news.example.net')) // 'https://news.example.net/articles/a/#p-3'
 *
 * Plain TypeScript with no Vite import, so astro.config.mjs and the scripts read it too.
 */

/** What astro.config.mjs uses as the site's address when SITE_URL is not set. */
export const PLACEHOLDER_SITE = 'https://example.org';

/** Was the site built for its real address (SITE_URL), not the placeholder? */
export function knowsOrigin(site: URL | string | undefined): boolean {
  return site !== undefined && new URL(site).origin !== new URL(PLACEHOLDER_SITE).origin;
}

/** The address to show for a path of the site (base path included): absolute only when the origin is known. */
export function printedAddress(path: string, site: URL | string | undefined): string {
  return knowsOrigin(site) ? new URL(path, site).href : path;
}
