/**
 * Which article addresses the site has published, and from which seed (src/data/published-pages.json,
 * scripts/lib/published-pages.ts): the corpus stages keep such an address for its seed when a new
 * seed's slug clashes with it (corpus.ts). The list is a committed input, so a clean run over the same
 * seeds and list gives the same slugs. It knows seeds by the digest of their bytes, never by name.
 */
import { existsSync } from 'node:fs';
import { ledgerPath, readLedger } from '../lib/published-pages.ts';
import { slugOfAddress } from '../../src/lib/urls/article-address.ts';

/** The list could not be read: the run stops before writing anything, with this message. */
export class PublishedListError extends Error {}

/** Published article slugs by the digest of the seed they were built from; empty without a list. */
export function publishedSlugs(root: string): Map<string, string[]> {
  const file = ledgerPath(root);
  const out = new Map<string, string[]>();
  if (!existsSync(file)) return out;
  let articles: Record<string, string>;
  try {
    articles = readLedger(file).articles ?? {};
  } catch (error) {
    throw new PublishedListError(`ingest: ${(error as Error).message}. It says which seed keeps a published article address; fix or restore it before ingesting.`);
  }
  for (const [address, digest] of Object.entries(articles)) {
    const slug = slugOfAddress(address)!; // readLedger checked it is an article address
    out.set(digest, [...(out.get(digest) ?? []), slug]);
  }
  return out;
}
