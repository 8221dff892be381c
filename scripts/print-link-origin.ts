/**
 * On paper a link to another page of the site prints its address after it (site.css, print:
 * `.print-links`). CSS reads the link's href, a path under the base path, but cannot know the origin
 * the site is built for (SITE_URL), and the Content-Security-Policy allows no inline style to carry
 * it. This Vite plugin writes the origin into the stylesheet at build time (and in `astro dev`), in
 * place of its placeholder: one string in one file, the same for every build of the same SITE_URL.
 * Built without SITE_URL it writes an empty string: the path alone is printed, never the placeholder
 * domain as if it were the site's address (src/lib/urls/printed-address.ts).
 */
import { knowsOrigin } from '../src/lib/urls/printed-address.ts';

export const SITE_ORIGIN_PLACEHOLDER = '"__SITE_ORIGIN__"';

/** The stylesheet that holds the placeholder. */
const STYLESHEET = /\/src\/styles\/site\.css$/;

export interface CssPlugin {
  name: string;
  enforce: 'pre';
  transform(code: string, id: string): { code: string; map: null } | null;
}

export function printLinkOrigin(site: string): CssPlugin {
  // An origin is a scheme, a host and a port: no quote or backslash to escape in a CSS string.
  const origin = JSON.stringify(knowsOrigin(site) ? new URL(site).origin : '');
  return {
    name: 'print-link-origin',
    // Before Vite's own CSS plugins, on the stylesheet as it is written.
    enforce: 'pre',
    transform(code, id) {
      if (!STYLESHEET.test(id.split('?')[0]) || !code.includes(SITE_ORIGIN_PLACEHOLDER)) return null;
      return { code: code.replaceAll(SITE_ORIGIN_PLACEHOLDER, origin), map: null };
    },
  };
}
