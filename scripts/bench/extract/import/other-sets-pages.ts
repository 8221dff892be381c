/**
 * The pages every other bench set already holds, by their bytes and by their address, so that an import
 * (import-check-cases.ts, import-utomo-cases.ts, import-aed-cases.ts) leaves out a page another set has:
 * a page in two sets would be tuned on in one and counted as unseen in the other.
 */
import { createHash } from 'node:crypto';
import { SET_DIRS, loadCases } from '../cases.ts';
import { SNIPPET_CASES_DIR } from '../snippet-cases.ts';
import { sameAddress } from './htmldate-truth.ts';

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

export interface OtherSetsPages {
  /** Does another set hold this page: the same bytes (their SHA-256), or the same address? */
  has(pageHash: string, url: string | null | undefined): boolean;
}

/** Reads every set of SET_DIRS but `except`, and the snippet set, logging how many pages each gave. */
export function pagesOfOtherSets(except: string): OtherSetsPages {
  const bytes = new Set<string>();
  const addresses = new Set<string>();
  for (const dir of [...Object.entries(SET_DIRS).filter(([name]) => name !== except).map(([, d]) => d), SNIPPET_CASES_DIR]) {
    const cases = loadCases(dir);
    console.log(`other set ${dir}: ${cases.length ? `${cases.length} pages` : 'not found, its pages not left out'}`);
    for (const c of cases) {
      bytes.add(sha256(c.html()));
      if (c.url) addresses.add(sameAddress(c.url));
    }
  }
  return { has: (pageHash, url) => bytes.has(pageHash) || (!!url && addresses.has(sameAddress(url))) };
}
