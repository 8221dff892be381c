// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

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

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // The Content-Security-Policy (src/lib/csp.ts) forbids inline scripts and styles, so everything
  // Astro bundles must stay in external files, however small.
  build: { inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: { smartypants: false },
  integrations: [
    devServerFlag,
    mdx({ smartypants: false }),
    // The 404 page is not a page anyone should land on from a search engine, nor are embeds (their
    // pages on the site are the ones to find) or redirect pages.
    sitemap({ filter: (page) => !/\/404\/?$|\/embed\//.test(new URL(page).pathname) }),
  ],
});
