/**
 * Addresses once published never break. src/data/published-pages.json lists every page address the
 * site has published (from the seeds it lists); a build of those seeds must still answer each one,
 * with the page itself or with a redirect page (src/data/redirects.json) that leads to a page of
 * the build. A page whose address changed without a redirect is found here, at build time, rather
 * than by a reader following an old link.
 *
 * A build of other seeds (a test corpus, a benchmark) is not held to the list: its pages come from
 * other sources. A build of more seeds is: the published pages are all still there to be answered.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './list-files.ts';
import { builtAddress } from './built-address.ts';

export interface PublishedPages {
  about?: string;
  /** The seed files the listed pages were built from. */
  seeds: string[];
  /** Page addresses inside the site, with slashes at both ends: `/figures/joint-laboratory/`. */
  pages: string[];
}

export interface PublishedCheck {
  /** Why the build was not held to the list (it is of other seeds), or null. */
  skipped: string | null;
  /** Published addresses this build does not answer, each with what is wrong. */
  broken: { page: string; problem: string }[];
  /** Pages of this build that are not on the list yet (new pages: record them). */
  unlisted: string[];
}

export const ledgerPath = (root: string) => join(root, 'src', 'data', 'published-pages.json');

export function readLedger(file: string): PublishedPages {
  const data = JSON.parse(readFileSync(file, 'utf8')) as PublishedPages;
  if (!Array.isArray(data.seeds) || !Array.isArray(data.pages) || !data.pages.every((p) => typeof p === 'string' && /^\/(?:.*\/)?$/.test(p))) {
    throw new Error(`${file}: expected {"seeds": [...], "pages": ["/path/", ...]} with every page starting and ending with "/"`);
  }
  return data;
}

/** The regular files of a seeds folder (what the ingest reads). */
export function seedNames(seedsDir: string): string[] {
  if (!existsSync(seedsDir)) return [];
  return readdirSync(seedsDir).filter((name) => statSync(join(seedsDir, name)).isFile()).sort();
}

/** Every HTML page of a built site, as addresses inside the site (`/`, `/figures/x/`); not the 404 page. */
export function builtPages(distDir: string): string[] {
  return listFiles(distDir)
    .filter((file) => file.endsWith('index.html'))
    .map((file) => '/' + file.replace(/index\.html$/, ''));
}

const fileOf = (distDir: string, page: string) => join(distDir, page, 'index.html');

export function checkPublished(distDir: string, ledger: PublishedPages, seeds: string[]): PublishedCheck {
  const built = builtPages(distDir);
  const listed = new Set(ledger.pages);
  const unlisted = built.filter((page) => !listed.has(page));
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
export function withBuild(ledger: PublishedPages, pages: string[], seeds: string[]): PublishedPages {
  const sorted = (items: Iterable<string>) => [...new Set(items)].sort();
  return { ...ledger, seeds: sorted([...ledger.seeds, ...seeds]), pages: sorted([...ledger.pages, ...pages]) };
}
