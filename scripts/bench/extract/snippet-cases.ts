/**
 * The snippet set: saved pages with a few passages people marked as article ("with") and a few
 * marked as not ("without"), as trafilatura's evaluation corpus has them (import-snippets.ts). It is
 * many languages and sites the body set has not got, and it is never tuned on: it tells whether what
 * was tuned on the body set's dev split holds on pages nobody here has looked at.
 */
import { dataDir, loadCases, type BenchCase } from './cases.ts';

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
  return loadCases(dir).map((c) => ({ ...c, split: 'heldout', headline: null, headlineSource: null, body: '' }) as unknown as SnippetCase);
}
