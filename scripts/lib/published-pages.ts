/**
 * Addresses once published never break. src/data/published-pages.json lists every page address the
 * site has published (from the seeds it lists); a build of those seeds must still answer each one,
 * with the page itself or with a redirect page (src/data/redirects.json) that leads to a page of
 * the build. A page whose address changed without a redirect is found here, at build time, rather
 * than by a reader following an old link. It lists the other files people link to as well (feeds,
 * data, PDFs, preview cards): those cannot redirect, so they must stay where they are.
 *
 * A build of other seeds (a test corpus, a benchmark) is not held to the list: its pages come from
 * other sources. A build of more seeds is: the published pages are all still there to be answered.
 *
 * An article address must also keep showing its own article: its paragraph links (#p-…) lead into
 * it. The list ties each article address to the digest of the seed it was built from (`articles`);
 * the ingest keeps that address for that seed when a new seed's slug clashes (scripts/ingest/corpus.ts),
 * and a build in which the tied seed is present but the address shows another seed's article fails.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './list-files.ts';
import { listSeedFiles, readSeedBytes } from '../ingest/seed-files.ts';
import { SkipArticle } from '../ingest/report.ts';
import { builtAddress } from './built-address.ts';
import { articleAddress, slugOfAddress } from '../../src/lib/urls/article-address.ts';

export interface PublishedPages {
  about?: string;
  /** Digests of the seed files the listed pages were built from (seedDigests). */
  seeds: string[];
  /** Page addresses inside the site, with slashes at both ends: `/figures/joint-laboratory/`. */
  pages: string[];
  /** Other files' addresses: `/api/figures.json`, `/briefings/all.pdf`. */
  files: string[];
  /** Each article page's address, with the digest of the seed it was built from (lists before it had none). */
  articles?: Record<string, string>;
}

export interface PublishedCheck {
  /** Why the build was not held to the list (it is of other seeds), or null. */
  skipped: string | null;
  /** Published addresses this build does not answer, each with what is wrong; `taken` when another article shows there. */
  broken: { page: string; problem: string; taken?: true }[];
  /** Pages and files of this build that are not on the list yet (new ones: record them). */
  unlisted: string[];
}

export const ledgerPath = (root: string) => join(root, 'src', 'data', 'published-pages.json');


/** A seed file's digest as the list keeps it, from the sha256 of its bytes (hex), or from the bytes. */
export const digestOfSha256 = (hex: string) => `sha256:${hex.slice(0, 32)}`;
export const seedDigest = (bytes: Uint8Array) => digestOfSha256(createHash('sha256').update(bytes).digest('hex'));
const DIGEST = /^sha256:[0-9a-f]{32}$/;

export function readLedger(file: string): PublishedPages {
  let data: PublishedPages;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as PublishedPages;
  } catch (error) {
    throw new Error(`${file}: not readable as JSON (${(error as Error).message}); restore it from git`);
  }
  const shape = 'expected {"seeds": ["sha256:…", ...], "pages": ["/path/", ...], "files": ["/path.ext", ...], "articles": {"/articles/slug/": "sha256:…"}}';
  const valid = !!data && typeof data === 'object' && Array.isArray(data.seeds) && Array.isArray(data.pages) && Array.isArray(data.files) &&
    data.pages.every((p) => typeof p === 'string' && /^\/(?:.*\/)?$/.test(p)) && data.files.every((f) => typeof f === 'string' && /^\/.*[^/]$/.test(f));
  if (!valid) throw new Error(`${file}: ${shape}`);
  if (data.articles !== undefined) {
    if (!data.articles || typeof data.articles !== 'object' || Array.isArray(data.articles)) throw new Error(`${file}: "articles" is not an object; ${shape}`);
    const pages = new Set(data.pages);
    const seeds = new Set(data.seeds);
    for (const [address, digest] of Object.entries(data.articles)) {
      const problem = slugOfAddress(address) === null ? 'is not an article address' : !pages.has(address) ? 'is not in "pages"'
        : typeof digest !== 'string' || !DIGEST.test(digest) ? `is tied to ${JSON.stringify(digest)}, not a seed digest (sha256:…)`
        : !seeds.has(digest) ? `is tied to ${digest}, which is not in "seeds"` : null;
      if (problem) throw new Error(`${file}: "articles": ${JSON.stringify(address)} ${problem}; ${shape}`);
    }
  }
  return data;
}

/**
 * The seeds of a seeds folder, each known by a digest of its bytes: a renamed seed is still
 * the same source, and the list names no seed file (nothing in the project may depend on one).
 */
export function seedDigests(seedsDir: string): string[] {
  return [...seedDigestsByName(seedsDir).values()].sort();
}

/**
 * The digest of each seed of a seeds folder, by file name (for this build only: never recorded). The
 * seeds are listed and read as the ingest reads them (regular files, no link followed, within the size
 * limit: scripts/ingest/seed-files.ts); one that cannot be read so is no article and is left out.
 */
export function seedDigestsByName(seedsDir: string): Map<string, string> {
  if (!existsSync(seedsDir)) return new Map();
  const digests = new Map<string, string>();
  for (const { name } of listSeedFiles(seedsDir).seeds) {
    try {
      digests.set(name, seedDigest(readSeedBytes(seedsDir, name)));
    } catch (error) {
      if (!(error instanceof SkipArticle)) throw error;
    }
  }
  return digests;
}

/**
 * Which seed each article page of a built site was built from, as address → digest: read from the
 * build's /api/articles.json (slug and seed file name of every article). Empty when there is none
 * (the file check says so when it was published) or it cannot be read.
 */
export function builtArticles(distDir: string, digestByName: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(join(distDir, 'api', 'articles.json'), 'utf8'));
  } catch {
    return out;
  }
  const articles = (data as { articles?: unknown })?.articles;
  for (const a of Array.isArray(articles) ? articles : []) {
    const digest = typeof a?.seed === 'string' ? digestByName.get(a.seed) : undefined;
    if (typeof a?.slug === 'string' && digest) out.set(articleAddress(a.slug), digest);
  }
  return out;
}

/** Every HTML page of a built site, as addresses inside the site (`/`, `/figures/x/`); not the 404 page. */
export function builtPages(distDir: string): string[] {
  return listFiles(distDir)
    .filter((file) => file.endsWith('index.html'))
    .map((file) => '/' + file.replace(/index\.html$/, ''));
}

/** Every other file people link to: not the 404 page, host rules, hashed assets or the search index's parts. */
export function builtFiles(distDir: string): string[] {
  return listFiles(distDir)
    .filter((file) => !/(?:^|\/)index\.html$/.test(file) && !/^(?:_astro|pagefind)\//.test(file) && file !== '404.html' && file !== '_headers')
    .map((file) => '/' + file);
}

const fileOf = (distDir: string, page: string) => join(distDir, page, 'index.html');

/**
 * `built` is which seed each article page of this build came from (builtArticles): an address the
 * list ties to a seed of this build must show that seed's article, even in a build not otherwise held
 * to the list (a seed the list names is here, and so is the address's own article).
 */
export function checkPublished(distDir: string, ledger: PublishedPages, seeds: string[], built = new Map<string, string>()): PublishedCheck {
  const listed = new Set([...ledger.pages, ...ledger.files]);
  const unlisted = [...builtPages(distDir), ...builtFiles(distDir)].filter((address) => !listed.has(address)).sort();
  const have = new Set(seeds);
  const taken: PublishedCheck['broken'] = [];
  for (const [page, digest] of Object.entries(ledger.articles ?? {})) {
    const shown = built.get(page);
    if (have.has(digest) && shown && shown !== digest) {
      const own = [...built].find(([, d]) => d === digest)?.[0];
      taken.push({ page, problem: `shows the article of seed ${shown}, not that of seed ${digest}, published here${own ? ` (now at ${own})` : ''}`, taken: true });
    }
  }
  const absent = ledger.seeds.filter((seed) => !have.has(seed));
  if (absent.length) {
    return { skipped: `${absent.length} of the ${ledger.seeds.length} seeds the published pages came from are not in this build`, broken: taken, unlisted };
  }
  const { base } = builtAddress(distDir);
  const broken: PublishedCheck['broken'] = [...taken];
  for (const page of ledger.pages) {
    const file = fileOf(distDir, page);
    if (!existsSync(file)) {
      broken.push({ page, problem: 'no page and no redirect' });
      continue;
    }
    const target = /<meta http-equiv="refresh" content="\d+; url=([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
    if (!target) continue;
    const inside = target.startsWith(base) ? '/' + target.slice(base.length) : null;
    if (!inside || !existsSync(fileOf(distDir, inside.replace(/[?#].*$/, '')))) broken.push({ page, problem: `redirects to ${target}, which is not a page of this build` });
  }
  for (const file of ledger.files) {
    if (!existsSync(join(distDir, file))) broken.push({ page: file, problem: 'file gone (a file cannot redirect: it must stay at its address)' });
  }
  return { skipped: null, broken, unlisted };
}

/** What a reader of the build log needs to fix a broken published address. */
export function describeBroken(broken: PublishedCheck['broken']): string {
  const gone = broken.filter((b) => !b.taken);
  const taken = broken.filter((b) => b.taken);
  const lines: string[] = [];
  if (gone.length) {
    lines.push(
      `${gone.length} address${gone.length === 1 ? '' : 'es'} published before ${gone.length === 1 ? 'is' : 'are'} gone from this build:`,
      ...gone.map((b) => `  ${b.page}  (${b.problem})`),
      'A page that moved must leave a redirect: add {"from": "<old address>", "to": "<new address>", "why": "…"} to',
      'src/data/redirects.json (README: URLs that never move).',
    );
  }
  if (taken.length) {
    lines.push(
      `${taken.length} article address${taken.length === 1 ? '' : 'es'} published before now show${taken.length === 1 ? 's' : ''} another article, so links to ${taken.length === 1 ? 'its' : 'their'} paragraphs lead into the wrong one:`,
      ...taken.map((b) => `  ${b.page}  (${b.problem})`),
      'The ingest keeps such an address for the seed src/data/published-pages.json ties it to ("articles"): run `npm run ingest`',
      'from the project folder, then build again. If it stays, that seed\'s title or date now reads differently, so its slug changed:',
      'fix that reading rather than let another article take the address.',
    );
  }
  lines.push('Never remove an address from src/data/published-pages.json.');
  return lines.join('\n');
}

/**
 * The list with this build's pages and seeds added (never removed), sorted, for committing; each new
 * article address tied to the seed of `built` (builtArticles) it shows. An address already tied stays tied.
 */
export function withBuild(ledger: PublishedPages, distDir: string, seeds: string[], built = new Map<string, string>()): PublishedPages {
  const sorted = (items: Iterable<string>) => [...new Set(items)].sort();
  const next: PublishedPages = {
    ...ledger,
    seeds: sorted([...ledger.seeds, ...seeds]),
    pages: sorted([...ledger.pages, ...builtPages(distDir)]),
    files: sorted([...ledger.files, ...builtFiles(distDir)]),
  };
  const ties = { ...Object.fromEntries(built), ...ledger.articles };
  const pages = new Set(next.pages);
  const addresses = Object.keys(ties).filter((address) => pages.has(address)).sort();
  if (addresses.length) next.articles = Object.fromEntries(addresses.map((address) => [address, ties[address]]));
  return next;
}
