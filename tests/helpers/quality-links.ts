/**
 * The link checker: every internal link, asset and #anchor in a built site must resolve to a file
 * in it (and to an element with that id), through the base path the site was built for.
 * External links are not fetched: tests run offline, and their health is not ours to promise.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorsOf, attr, elements, parseFile, type Document } from './quality-html.ts';
import { pagePath, siteFiles, type BuiltSite } from './quality-site.ts';

export interface BrokenLink {
  /** The page or file the link is in. */
  from: string;
  link: string;
  problem: string;
}

/** Attributes that hold a URL the browser follows or loads. */
const urlAttributes: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
  blockquote: ['cite'],
  q: ['cite'],
};
/** `<meta property=…>` whose content is a URL of this site. */
const urlMetas = new Set(['og:url', 'og:image', 'twitter:image']);
/** Link relations that name a host, not a resource. */
const hintRels = /\b(preconnect|dns-prefetch)\b/;

/** The raw URLs in a page, in document order, without duplicates. */
export function urlsInPage(doc: Document): string[] {
  const urls = new Set<string>();
  for (const element of elements(doc, (e) => e.name in urlAttributes || e.name === 'meta')) {
    if (element.name === 'meta') {
      const property = attr(element, 'property') ?? attr(element, 'name');
      const content = attr(element, 'content');
      if (property && urlMetas.has(property) && content) urls.add(content);
      continue;
    }
    if (element.name === 'link' && hintRels.test(attr(element, 'rel') ?? '')) continue;
    for (const name of urlAttributes[element.name]) {
      const value = attr(element, name);
      if (value === undefined) continue;
      if (name === 'srcset') for (const candidate of value.split(',')) urls.add(candidate.trim().split(/\s+/)[0]);
      else urls.add(value.trim());
    }
  }
  urls.delete('');
  return [...urls];
}

/** `url(…)` and `@import` references in a stylesheet. */
export function urlsInCss(css: string): string[] {
  const urls = new Set<string>();
  for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)) {
    urls.add((match[2] ?? match[4]).trim());
  }
  return [...urls].filter((url) => !url.startsWith('data:') && !url.startsWith('#'));
}

export class LinkChecker {
  readonly files: Set<string>;
  private readonly anchors = new Map<string, Set<string>>();
  private readonly parsed = new Map<string, Document>();

  readonly site: BuiltSite;

  constructor(site: BuiltSite) {
    this.site = site;
    this.files = new Set(siteFiles(site.dir));
  }

  /** Parse every page once (links and anchors of all pages are needed before any can be checked). */
  private page(file: string): Document {
    let doc = this.parsed.get(file);
    if (!doc) {
      doc = parseFile(this.site.dir, file);
      this.parsed.set(file, doc);
      this.anchors.set(file, anchorsOf(doc));
    }
    return doc;
  }

  private anchorsOf(file: string): Set<string> {
    if (!this.anchors.has(file)) this.page(file);
    return this.anchors.get(file)!;
  }

  /** Every broken link in every HTML page and stylesheet of the site. */
  checkSite(): BrokenLink[] {
    const broken: BrokenLink[] = [];
    for (const file of this.files) {
      if (file.endsWith('.html')) {
        const doc = this.page(file);
        const here = new URL(pagePath(file, this.site.base), this.site.origin);
        for (const link of urlsInPage(doc)) {
          const problem = this.problemWith(link, here, file);
          if (problem) broken.push({ from: file, link, problem });
        }
        // Pages are only needed for their anchors from here on.
        this.parsed.delete(file);
      } else if (file.endsWith('.css')) {
        const here = new URL(this.site.base + file, this.site.origin);
        for (const link of urlsInCss(readFileSync(join(this.site.dir, file), 'utf8'))) {
          const problem = this.problemWith(link, here, file);
          if (problem) broken.push({ from: file, link, problem });
        }
      }
    }
    return broken;
  }

  /** Check absolute URLs found elsewhere (feed, sitemap, JSON API). */
  checkUrls(urls: { from: string; url: string }[]): BrokenLink[] {
    const root = new URL(this.site.base, this.site.origin);
    return urls.flatMap(({ from, url }) => {
      const problem = new URL(url).origin === root.origin ? this.problemWith(url, root, from) : 'not on this site';
      return problem ? [{ from, link: url, problem }] : [];
    });
  }

  /** Why a link does not resolve, or null when it does (or is external). */
  problemWith(link: string, here: URL, from: string): string | null {
    if (/^(mailto|tel|data):/i.test(link)) return null;
    if (/^javascript:/i.test(link)) return 'javascript: URL (scripts must not be inline)';
    if (link === '#') return 'empty fragment: links nowhere';
    // The 404 page is served at whatever address was missing, so a relative link there goes astray.
    if (/(^|\/)404\.html$/.test(from) && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(link)) {
      return 'relative link on the 404 page (resolves differently at every missing address)';
    }
    let url: URL;
    try {
      url = new URL(link, here);
    } catch {
      return 'not a valid URL';
    }
    if (url.origin !== here.origin) return null;
    const path = safeDecode(url.pathname);
    if (!path.startsWith(this.site.base)) return `outside the base path ${this.site.base}`;
    const relative = path.slice(this.site.base.length);
    const target = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
    if (!this.files.has(target)) {
      return this.files.has(`${relative}/index.html`) ? 'missing trailing slash (the site uses trailing slashes)' : 'no such page or file';
    }
    const fragment = safeDecode(url.hash.slice(1));
    if (!fragment || fragment === 'top') return null; // `#top` is the top of the page by the HTML spec
    if (!target.endsWith('.html')) return `#${fragment} on a file that is not a page`;
    return this.anchorsOf(target).has(fragment) ? null : `no element with id "${fragment}" on ${target}`;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Human-readable list for assertion messages. */
export const describeBroken = (broken: BrokenLink[], max = 40) =>
  broken
    .slice(0, max)
    .map((b) => `  ${b.from}: ${b.link} — ${b.problem}`)
    .join('\n') + (broken.length > max ? `\n  … and ${broken.length - max} more` : '');
