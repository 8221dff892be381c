/**
 * Where the built site is and how it is addressed: the output directory, the base path it was built
 * for and the site URL. Tests of the built site start here, and stop with a clear message when
 * there is nothing built to test.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';
import { listFiles } from '../../scripts/lib/list-files.ts';
import { builtAddress, normalizeBase } from '../../scripts/lib/built-address.ts';

export interface BuiltSite {
  /** Output directory (dist/ or a base-path build). */
  dir: string;
  /** Base path the site was built for, with leading and trailing slash: `/` or `/sub/`. */
  base: string;
  /** Origin of absolute URLs (canonical, feed, API), e.g. `https://example.org`. */
  origin: string;
  /** Built with SITE_URL (false: `origin` is the placeholder, src/lib/urls/printed-address.ts). */
  known: boolean;
}

export { normalizeBase };

/** The site `npm run build` made, addressed as it was built (base path and origin read from the build). */
export function builtSite(dir = process.env.DIST_DIR ?? 'dist'): BuiltSite {
  const built = requireBuilt(resolve(dir));
  return { dir: built, ...builtAddress(built) };
}

export function requireBuilt(dir: string): string {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: run \`npm run build\` before \`npm test\` (the site tests read the built site).`);
  }
  return dir;
}

/** Every file under dir, as sorted `/`-separated paths relative to dir. */
export const siteFiles = (dir: string): string[] => listFiles(dir);

export const htmlFiles = (dir: string) => siteFiles(dir).filter((file) => file.endsWith('.html'));

/** The URL path a reader uses for an HTML file: `articles/x/index.html` → `/base/articles/x/`. */
export function pagePath(file: string, base: string): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * A describe block over the built site that, when there is no build, fails with one clear test
 * instead of a crash at collection time (other describe blocks in the file still run).
 */
export function describeBuiltSite(name: string, body: (site: BuiltSite) => void, dir?: string) {
  describe(name, () => {
    let site: BuiltSite;
    try {
      site = builtSite(dir);
    } catch (error) {
      it('has a built site to test', () => {
        throw error;
      });
      return;
    }
    body(site);
  });
}
