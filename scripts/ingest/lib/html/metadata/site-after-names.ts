/**
 * A byline that closes its list of writers with the site's own name ("Anna Berg and Li Wei, CNN"): the
 * names without it. Cleaning a byline cuts an outlet shaped as words after a comma, but keeps a name in
 * capitals, as it keeps a credential ("Anna Berg, RN"); here the page's own fields say the capitals are
 * the site (namesTheSite), so it is cut, and the names can be read as a list of the writers
 * (html-meta.ts, a field naming the first of them only).
 */
import { namesTheSite } from './page-field-text.ts';

/** The last part after a comma, to the end: the outlet's place in a byline. */
const LAST_PART = /,\s*([^,]+)$/u;

/** `byline` without a last part that names the site (`sites`: its names as the page's fields give them), or as it is. */
export function withoutSiteAfterNames(byline: string, sites: string[]): string {
  const m = LAST_PART.exec(byline);
  return m && namesTheSite(m[1], sites) ? byline.slice(0, m.index).trimEnd() : byline;
}
