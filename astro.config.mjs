// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { seedWatcher } from './scripts/dev-seeds-watch.ts';
import { printLinkOrigin } from './scripts/print-link-origin.ts';
import { PLACEHOLDER_SITE } from './src/lib/urls/printed-address.ts';
import { articleAddress } from './src/lib/urls/article-address.ts';
import { existsSync, readFileSync } from 'node:fs';

/**
 * Old addresses that only redirect (src/data/redirects.json, and the published articles whose slug
 * changed: content/data/moved-articles.json): not pages to list in the sitemap.
 */
const redirectsFile = new URL('./src/data/redirects.json', import.meta.url);
const movedArticlesFile = new URL('./content/data/moved-articles.json', import.meta.url);
/** @type {string[]} */
const movedPaths = [
  ...(existsSync(redirectsFile) ? JSON.parse(readFileSync(redirectsFile, 'utf8')).redirects.map((/** @type {{ from: string }} */ entry) => entry.from) : []),
  ...(existsSync(movedArticlesFile) ? JSON.parse(readFileSync(movedArticlesFile, 'utf8')).moved.map((/** @type {{ from: string }} */ m) => articleAddress(m.from)) : []),
];

/**
 * Tells pages whether they are served by `astro dev` (__ASTRO_DEV_SERVER__), from the command itself:
 * import.meta.env.DEV/PROD can be overridden by the environment (vitest sets them for the builds
 * tests run), and the Content-Security-Policy meta must be in every build but not in dev, where
 * Astro injects styles and its client inline.
 */
/** @type {import('astro').AstroIntegration} */
const devServerFlag = {
  name: 'dev-server-flag',
  hooks: {
    'astro:config:setup': ({ command, updateConfig }) => {
      updateConfig({ vite: { define: { __ASTRO_DEV_SERVER__: JSON.stringify(command === 'dev') } } });
    },
  },
};

/**
 * Astro marks every MDX module with a "use astro:head-inject" directive, which the bundler warns
 * it may drop: one harmless warning per article (10,000 at scale) that buries the real ones.
 * @param {{ code?: string, message: string }} warning
 * @param {(warning: any) => void} warn
 */
function quietHeadInject(warning, warn) {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
  warn(warning);
}

// Without SITE_URL every absolute address the build writes (canonical links, preview cards, the RSS
// feed, the sitemap) names a placeholder domain: say so once, loudly, rather than ship it silently.
// Printed pages and the briefings' PDFs show site paths instead (src/lib/urls/printed-address.ts).
if (!process.env.SITE_URL) {
  console.warn(
    `warning: SITE_URL is not set, so canonical links, preview cards, RSS and the sitemap point to ${PLACEHOLDER_SITE}; build with SITE_URL=https://your.domain for the real address.`,
  );
}

const site = process.env.SITE_URL ?? PLACEHOLDER_SITE;

export default defineConfig({
  site,
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // The Content-Security-Policy (src/lib/page-meta/csp.ts) forbids inline scripts and styles, so everything
  // Astro bundles must stay in external files, however small.
  build: { inlineStylesheets: 'never' },
  // printLinkOrigin: the origin printed before an internal link's address on paper (site.css).
  vite: { plugins: [printLinkOrigin(site)], build: { assetsInlineLimit: 0, rolldownOptions: { onwarn: quietHeadInject } } },
  // Quotes and dashes stay as the sources wrote them.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  integrations: [
    devServerFlag,
    seedWatcher(), // `astro dev` re-ingests when seeds/ changes
    // Article text (content/articles/*.mdx) must show exactly as written: GFM would make links of
    // URLs, `www.` names and e-mail addresses (its autolinks keep the `\&` escape the ingest writes,
    // so `?a=1&b=2` showed as `?a=1\&b=2`) and strikethrough of `~x~`. The ingest writes nothing
    // that needs GFM (paragraphs only), so it is off for MDX.
    mdx({ processor: satteri({ features: { gfm: false, smartPunctuation: false } }) }),
    // The 404 page is not a page anyone should land on from a search engine, nor are embeds (their
    // pages on the site are the ones to find) or redirect pages.
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname;
        return !/\/404\/?$|\/embed\//.test(path) && !movedPaths.some((moved) => path.endsWith(moved));
      },
    }),
  ],
});
