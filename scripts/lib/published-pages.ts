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
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './list-files.ts';
import { builtAddress } from './built-address.ts';

export interface PublishedPages {
  about?: string;
  /** Digests of the seed files the listed pages were built from (seedDigests). */
  seeds: string[];
  /** Page addresses inside the site, with slashes at both ends: `/figures/joint-laboratory/`. */
  pages: string[];
  /** Other files' addresses: `/api/figures.json`, `/briefings/all.pdf`. */
  files: string[];
}

export interface PublishedCheck {
  /** Why the build was not held to the list (it is of other seeds), or null. */
  skipped: string | null;
  /** Published addresses this build does not answer, each with what is wrong. */
  broken: { page: string; problem: string }[];
  /** Pages and files of this build that are not on the list yet (new ones: record them). */
  unlisted: string[];
}

export const ledgerPath = (root: string) => join(root, 'src', 'data', 'published-pages.json');

export function readLedger(file: string): PublishedPages {
  const data = JSON.parse(readFileSync(file, 'utf8')) as PublishedPages;
  const valid = Array.isArray(data.seeds) && Array.isArray(data.pages) && Array.isArray(data.files) &&
    data.pages.every((p) => typeof p === 'string' && /^\/(?:.*\/)?$/.test(p)) && data.files.every((f) => typeof f === 'string' && /^\/.*[^/]$/.test(f));
  if (!valid) throw new Error(`${file}: expected {"seeds": [...], "pages": ["/path/", ...], "files": ["/path.ext", ...]}`);
  return data;
}

/**
 * The regular files of a seeds folder, each known by a digest of its bytes: a renamed seed is still
 * the same source, and the list names no seed file (nothing in the project may depend on one).
 */
export function seedDigests(seedsDir: string): string[] {
  if (!existsSync(seedsDir)) return [];
  return readdirSync(seedsDir)
    .filter((name) => lstatSync(join(seedsDir, name)).isFile())
    .map((name) => `sha256:${createHash('sha256').update(readFileSync(join(seedsDir, name))).digest('hex').slice(0, 32)}`)
    .sort();
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

export function checkPublished(distDir: string, ledger: PublishedPages, seeds: string[]): PublishedCheck {
  const listed = new Set([...ledger.pages, ...ledger.files]);
  const unlisted = [...builtPages(distDir), ...builtFiles(distDir)].filter((address) => !listed.has(address)).sort();
  const have = new Set(seeds);
  const absent = ledger.seeds.filter((seed) => !have.has(seed));
  if (absent.length) {
    return { skipped: `${absent.length} of the ${ledger.seeds.length} seeds the published pages came from are not in this build`, broken: [], unlisted };
  }
  const { base } = builtAddress(distDir);
  const broken: PublishedCheck['broken'] = [];
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
  return [
    `${broken.length} address${broken.length === 1 ? '' : 'es'} published before ${broken.length === 1 ? 'is' : 'are'} gone from this build:`,
    ...broken.map((b) => `  ${b.page}  (${b.problem})`),
    'A page that moved must leave a redirect: add {"from": "<old address>", "to": "<new address>", "why": "…"} to',
    'src/data/redirects.json (README: URLs that never move). Never remove an address from src/data/published-pages.json.',
  ].join('\n');
}

/** The list with this build's pages and seeds added (never removed), sorted, for committing. */
export function withBuild(ledger: PublishedPages, distDir: string, seeds: string[]): PublishedPages {
  const sorted = (items: Iterable<string>) => [...new Set(items)].sort();
  return {
    ...ledger,
    seeds: sorted([...ledger.seeds, ...seeds]),
    pages: sorted([...ledger.pages, ...builtPages(distDir)]),
    files: sorted([...ledger.files, ...builtFiles(distDir)]),
  };
}
