/**
 * A byline that closes its list of writers with the site's own name ("Anna Berg and Li Wei, CNN"): the
 * names without it. Cleaning a byline cuts an outlet shaped as words after a comma, but keeps a name in
 * capitals, as it keeps a credential ("Anna Berg, RN"); here the page's own fields say the capitals are
 * the site (namesTheSite), so it is cut, and the names can be read as a list of the writers
 * (html-meta.ts, a field naming the first of them only).
 */
import { namesTheSite } from './page-field-text.ts';

/**
 * `byline` without a last part that names the site (`sites`: its names as the page's fields give them), or as it is.
 * The last part is read by lastIndexOf, not a regex: `,\s*([^,]+)$` tried from every comma, its two runs
 * sharing the spaces, is super-linear on a long run of them (tests/ingest/regex-audit.test.ts).
 */
export function withoutSiteAfterNames(byline: string, sites: string[]): string {
  const comma = byline.lastIndexOf(',');
  const last = comma === -1 ? '' : byline.slice(comma + 1).trimStart();
  return last && namesTheSite(last, sites) ? byline.slice(0, comma).trimEnd() : byline;
}
