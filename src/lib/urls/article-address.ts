/**
 * Where an article's page is inside the site (src/pages/articles/[slug].astro), and back: one
 * spelling for the links of the site (url.ts's articleHref, which adds the base path) and for the
 * build scripts, which read addresses without Astro's environment (scripts/lib/published-pages.ts).
 */

/** `/articles/<slug>/`: the address of an article's page, from its slug, with no base path. */
export const articleAddress = (slug: string) => `/articles/${slug}/`;

const ARTICLE_ADDRESS = /^\/articles\/([^/]+)\/$/;
/** An article address's slug, or null for another address. */
export const slugOfAddress = (address: string) => ARTICLE_ADDRESS.exec(address)?.[1] ?? null;
