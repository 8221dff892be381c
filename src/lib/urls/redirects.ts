/**
 * Pages that moved (src/data/redirects.json, committed): each old address gets a small page that
 * sends the reader on; so does the address of a published article whose slug the ingest changed
 * (content/data/moved-articles.json, scripts/ingest/corpus.ts). The target is checked against what
 * this build has: a figure, topic, person or article that is not in the corpus any more sends the
 * reader to the entry's fallback (its section's index by default), so a redirect never leads to a
 * missing page either.
 */
import list from '../../data/redirects.json';
import type { SiteData } from '../data/site-data';
import { articleAddress } from './article-address';

export interface Redirect {
  /** Old path inside the site, with slashes at both ends: `/figures/institutions-engineers/`. */
  from: string;
  /** Where it goes in this build (a path inside the site). */
  to: string;
}

interface Entry { from: string; to: string; fallback?: string }

const sectionIndex = (path: string) => `/${path.split('/').filter(Boolean)[0] ?? ''}/`.replace('//', '/');

/** Whether a path inside the site is a page of this build, for the kinds of pages that come and go with the data. */
function pageExists(path: string, data: SiteData): boolean {
  const [section, id, more] = path.split('/').filter(Boolean);
  if (!id || more) return true; // section indexes and deeper pages are not keyed by the data alone
  switch (section) {
    case 'figures': return data.series.some((s) => s.id === id);
    case 'topics': return data.topicBySlug.has(id);
    case 'people': return data.personBySlug.has(id);
    case 'articles': return data.articleBySlug.has(id);
    default: return true;
  }
}

/** The addresses of published articles the ingest gave another slug (the slug rule changed), to their articles' new ones. */
const articleMoves = (data: SiteData): Entry[] => (data.movedArticles ?? []).map((m) => ({ from: articleAddress(m.from), to: articleAddress(m.to) }));

export function redirectsFor(data: SiteData, entries: Entry[] = list.redirects): Redirect[] {
  return [...entries, ...articleMoves(data)]
    // A page that exists again at its old address wins over the redirect.
    .filter((entry) => !pageExists(entry.from, data))
    .map((entry) => ({ from: entry.from, to: pageExists(entry.to, data) ? entry.to : (entry.fallback ?? sectionIndex(entry.to)) }));
}

/** The old paths, for the sitemap's filter (astro.config.mjs reads the JSON itself). */
export const redirectedPaths = () => list.redirects.map((entry) => entry.from);
