/**
 * Every internal link goes through here, so the site works under a base path
 * (astro.config.mjs `base`, set from the BASE_PATH environment variable).
 */
import { articleAddress } from './article-address';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `href('/topics/iter/')` → `/base/topics/iter/`. Pass paths with a leading slash. */
export function href(path: string): string {
  return base + path.replace(/^\//, '');
}

/**
 * The reverse of `href`: the path inside the site, `/sub/topics/iter/` → `/topics/iter/` under
 * BASE_PATH=/sub/. A path outside the base comes back as it is.
 */
export function sitePathOf(pathname: string): string {
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

/** An article's page (article-address.ts) under the base path, or one of its paragraphs (`#p-3`). */
export const articleHref = (slug: string, paragraph?: string) =>
  href(articleAddress(slug)) + (paragraph ? `#${paragraph}` : '');
export const topicHref = (slug: string) => href(`/topics/${slug}/`);
export const personHref = (slug: string) => href(`/people/${slug}/`);
