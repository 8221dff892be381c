/**
 * The snippet set: saved pages with a few passages people marked as article ("with") and a few
 * marked as not ("without"), as trafilatura's evaluation corpus has them (import-snippets.ts). It is
 * many languages and sites the body set has not got. Like the other sets it is split (splitOf): rules
 * may be tuned on its dev pages, its held-out pages are read as totals only.
 *
 * The set marks no headline; a page's headline truth is what two of its own title fields agree on
 * (headline-by-agreement.ts), null when they do not, and such a page is not scored for its headline.
 */
import { dataDir, loadCases, splitOf, type BenchCase } from './cases.ts';
import { headlineByAgreement } from './import/headline-by-agreement.ts';
// Many of the set's pages are not UTF-8: read them in their own charset, as a browser would.
import { decodeHtml } from '../../ingest/lib/html/read/html-charset.ts';

export const SNIPPET_CASES_DIR = dataDir('EXTRACT_SNIPPETS_DIR', 'snippets');

export interface SnippetTruth {
  id: string;
  source: string;
  url: string;
  /** The language of the "with" passages (scripts/ingest/lib/page-text/language/language.ts). */
  lang: string;
  with: string[];
  without: string[];
}

export type SnippetCase = BenchCase & SnippetTruth;

export function loadSnippetCases(dir = SNIPPET_CASES_DIR): SnippetCase[] {
  // Same folder layout as the body set; the paths (paths.ts) read only html() and innerText().
  return loadCases(dir).map((c) => {
    const headline = headlineByAgreement(decodeHtml(c.html()).html);
    return { ...c, split: splitOf(c.id), headline, headlineSource: headline ? 'page-fields-agree' : null, body: '' } as unknown as SnippetCase;
  });
}
