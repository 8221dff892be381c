// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

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
    mdx({ smartypants: false }),
    // The 404 page is not a page anyone should land on from a search engine.
    sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }),
  ],
});
