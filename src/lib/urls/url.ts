/**
 * Every internal link goes through here, so the site works under a base path
 * (astro.config.mjs `base`, set from the BASE_PATH environment variable).
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `href('/topics/iter/')` → `/base/topics/iter/`. Pass paths with a leading slash. */
export function href(path: string): string {
  return base + path.replace(/^\//, '');
}

export const articleHref = (slug: string, paragraph?: string) =>
  href(`/articles/${slug}/`) + (paragraph ? `#${paragraph}` : '');
export const topicHref = (slug: string) => href(`/topics/${slug}/`);
export const personHref = (slug: string) => href(`/people/${slug}/`);
