/**
 * What a reader downloads when they open a page, measured on a built dist/: the HTML plus every
 * stylesheet, script, image and font it loads on open, each gzipped. JavaScript loaded before the
 * reader interacts is counted separately: <script> elements, modulepreloads and the static imports of
 * module scripts — but not dynamic import(), which is how code is deferred until first use.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET = {
  /** HTML + CSS + JS + images loaded on open, gzip. */
  totalBytes: 30 * 1024,
  /** JavaScript loaded before the reader interacts, gzip. */
  scriptBytes: 2 * 1024,
};

export type AssetKind = 'html' | 'css' | 'js' | 'image' | 'font' | 'other';

export interface Asset {
  /** Site path, e.g. `/_astro/index.abc.css`, or `inline <script>`. */
  path: string;
  kind: AssetKind;
  gzipBytes: number;
}

export interface PageWeight {
  page: string;
  assets: Asset[];
  totalBytes: number;
  scriptBytes: number;
  byKind: Record<AssetKind, number>;
  /** References that load on open but cannot be measured here (other hosts, files not in dist/). */
  unmeasured: string[];
  /**
   * Of the HTML's gzip bytes, those of an article's own text (the words inside `.article-body`): what
   * the reader opened the page for. The budget holds what the site adds around it (see overBudget).
   */
  ownTextBytes: number;
}

const gzipSize = (data: Buffer | string) => gzipSync(data).length;

/**
 * Stylesheets and scripts are shared by every page: weighed once per file (and its size and time),
 * so weighing every page of a 10,000-article build gzips each page's own HTML and little else.
 */
const assetSizes = new Map<string, { stamp: string; gzipBytes: number }>();
function assetGzipSize(file: string, content: Buffer): number {
  const stat = statSync(file);
  const stamp = `${stat.size}:${stat.mtimeMs}`;
  const known = assetSizes.get(file);
  if (known?.stamp === stamp) return known.gzipBytes;
  const gzipBytes = gzipSize(content);
  assetSizes.set(file, { stamp, gzipBytes });
  return gzipBytes;
}

/**
 * The gzip bytes of an article's own text in a page: the page gzipped as it is, less the page with
 * the text inside its `<div class="article-body">` taken out (the tags, paragraph anchors and
 * permalinks stay, and count as the site's). 0 for a page without an article body.
 */
export function ownTextGzipBytes(html: string): number {
  const start = html.search(/<div\b[^>]*\bclass="article-body"[^>]*>/);
  if (start < 0) return 0;
  const end = closingDivEnd(html, start);
  const body = html.slice(start, end).replace(/>[^<]+</g, '><');
  return Math.max(0, gzipSize(html) - gzipSize(html.slice(0, start) + body + html.slice(end)));
}

/** Where the <div> opened at `start` closes (after its `</div>`), counting the divs inside it. */
function closingDivEnd(html: string, start: number): number {
  const tag = /<div\b[^>]*>|<\/div\s*>/g;
  tag.lastIndex = start;
  let depth = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    depth += m[0][1] === '/' ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return html.length;
}

const kindByExtension: Record<string, AssetKind> = {
  '.css': 'css', '.js': 'js', '.mjs': 'js', '.svg': 'image', '.png': 'image', '.jpg': 'image',
  '.jpeg': 'image', '.gif': 'image', '.webp': 'image', '.avif': 'image', '.ico': 'image',
  '.woff': 'font', '.woff2': 'font', '.ttf': 'font', '.otf': 'font', '.html': 'html',
};

const entities: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (s: string) => s.replace(/&(?:amp|quot|#39|#x27|lt|gt);/g, (e) => entities[e]);

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(/([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    out.set(m[1].toLowerCase(), decode(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return out;
}

interface Reference {
  url: string;
  kind: AssetKind;
}

/** Non-executable script types: data islands count as HTML, not as JavaScript. */
const dataScript = /^(application\/(ld\+)?json|importmap|speculationrules|text\/plain)$/i;

/**
 * Everything an HTML document loads on open. A small scanner rather than a DOM: Astro writes
 * well-formed HTML, and skipping comments and the bodies of <script>/<style> is all that is needed
 * to not mistake text for tags.
 */
function scanHtml(html: string): { refs: Reference[]; inlineScripts: string[]; inlineCss: string[] } {
  const refs: Reference[] = [];
  const inlineScripts: string[] = [];
  const inlineCss: string[] = [];
  const token = /<!--[\s\S]*?-->|<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1\s*>|<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  for (const m of html.matchAll(token)) {
    if (m[1]) {
      const attrs = attributes(m[2]);
      if (m[1].toLowerCase() === 'style') {
        inlineCss.push(m[3]);
      } else if (attrs.has('src')) {
        if (!dataScript.test(attrs.get('type') ?? '')) refs.push({ url: attrs.get('src')!, kind: 'js' });
      } else if (!dataScript.test(attrs.get('type') ?? '') && m[3].trim()) {
        inlineScripts.push(m[3]);
      }
      continue;
    }
    if (!m[4]) continue; // a comment
    const tag = m[4].toLowerCase();
    const attrs = attributes(m[5]);
    const style = attrs.get('style');
    if (style) inlineCss.push(style);
    if (tag === 'link') {
      const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      const url = attrs.get('href');
      if (!url) continue;
      if (rel.includes('stylesheet')) refs.push({ url, kind: 'css' });
      else if (rel.includes('modulepreload')) refs.push({ url, kind: 'js' });
      else if (rel.includes('preload')) refs.push({ url, kind: kindOf(url, attrs.get('as')) });
      else if (rel.includes('icon')) refs.push({ url, kind: 'image' });
    } else if (tag === 'img' || tag === 'source') {
      // One candidate of a srcset is fetched; the first is as good a guess as any.
      const url = attrs.get('src') ?? (attrs.get('srcset') ?? '').trim().split(/\s+/)[0];
      if (url) refs.push({ url, kind: 'image' });
    } else if (tag === 'input' || tag === 'embed' || tag === 'iframe') {
      const url = attrs.get('src');
      if (url) refs.push({ url, kind: tag === 'iframe' ? 'html' : kindOf(url) });
    } else if (tag === 'video' && attrs.get('poster')) {
      refs.push({ url: attrs.get('poster')!, kind: 'image' });
    } else if (tag === 'object' && attrs.get('data')) {
      refs.push({ url: attrs.get('data')!, kind: kindOf(attrs.get('data')!) });
    } else if (tag === 'image' || tag === 'use') {
      const url = attrs.get('href') ?? attrs.get('xlink:href');
      if (url && !url.startsWith('#')) refs.push({ url, kind: 'image' });
    }
  }
  return { refs, inlineScripts, inlineCss };
}

function kindOf(url: string, as?: string): AssetKind {
  if (as === 'style') return 'css';
  if (as === 'script') return 'js';
  if (as === 'font') return 'font';
  if (as === 'image') return 'image';
  return kindByExtension[extname(new URL(url, 'http://x/').pathname).toLowerCase()] ?? 'other';
}

/** `@import` and `url()` in CSS: fonts and background images load with the stylesheet. */
function cssReferences(css: string): Reference[] {
  const out: Reference[] = [];
  for (const m of css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)) out.push({ url: m[1], kind: 'css' });
  for (const m of css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) {
    if (!m[2].startsWith('data:') && !m[2].startsWith('#')) out.push({ url: m[2], kind: kindOf(m[2]) });
  }
  return out;
}

/** Static imports of an ES module (loaded before it runs); dynamic import() is excluded on purpose. */
function jsStaticImports(js: string): Reference[] {
  const out: Reference[] = [];
  const re = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const m of js.matchAll(re)) out.push({ url: m[1], kind: 'js' });
  return out;
}

export interface SiteLocation {
  distDir: string;
  /** The base path the site was built with (astro.config.mjs `base`), e.g. `/` or `/docs/`. */
  base: string;
}

const basePath = (site: SiteLocation) => site.base.replace(/\/?$/, '/').replace(/^\/?/, '/');

/**
 * Map a URL as written in a file served at `from` (a browser path, base included) to a file in
 * dist/: `path` is the site path without the base, `url` the browser path. Null if not this site's.
 */
function fileFor(site: SiteLocation, url: string, from: string): { path: string; url: string; file: string } | null {
  const resolved = new URL(url, `http://site.invalid${from}`);
  if (resolved.host !== 'site.invalid') return null;
  const browserPath = decodeURIComponent(resolved.pathname);
  const base = basePath(site);
  if (!browserPath.startsWith(base)) return null;
  const path = '/' + browserPath.slice(base.length);
  let file = join(site.distDir, path);
  if (path.endsWith('/')) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? { path, url: browserPath, file } : null;
}

/** Weigh one page, given its site path without the base (`/`, `/timeline/`, `/articles/x/`). */
export function weighPage(site: SiteLocation, page: string): PageWeight {
  const pageUrl = basePath(site) + page.replace(/^\//, '');
  const pageFile = fileFor(site, pageUrl, '/');
  if (!pageFile) throw new Error(`${page} is not in ${site.distDir}: not built (run \`npm run build\`, or set DIST_DIR)`);
  const html = readFileSync(pageFile.file, 'utf8');
  const assets: Asset[] = [{ path: page, kind: 'html', gzipBytes: gzipSize(html) }];
  const unmeasured: string[] = [];
  const seen = new Set<string>([pageFile.path]);
  const scan = scanHtml(html);
  // Inline code is already in the HTML's bytes; inline JS is also counted against the script budget.
  let inlineScriptBytes = 0;
  for (const code of scan.inlineScripts) inlineScriptBytes += gzipSize(code);

  // Relative URLs resolve against the URL of the file that names them, as in a browser.
  const queue: { ref: Reference; from: string }[] = [
    ...scan.refs,
    ...scan.inlineCss.flatMap((css) => cssReferences(css)),
    ...scan.inlineScripts.flatMap((js) => jsStaticImports(js)),
  ].map((ref) => ({ ref, from: pageUrl }));
  while (queue.length > 0) {
    const { ref, from } = queue.shift()!;
    if (ref.url.startsWith('data:')) continue;
    const target = fileFor(site, ref.url, from);
    if (!target) {
      unmeasured.push(ref.url);
      continue;
    }
    if (seen.has(target.path)) continue;
    seen.add(target.path);
    const content = readFileSync(target.file);
    const kind = ref.kind === 'other' ? kindOf(target.path) : ref.kind;
    assets.push({ path: target.path, kind, gzipBytes: assetGzipSize(target.file, content) });
    const text = () => content.toString('utf8');
    if (kind === 'css') for (const ref of cssReferences(text())) queue.push({ ref, from: target.url });
    if (kind === 'js') for (const ref of jsStaticImports(text())) queue.push({ ref, from: target.url });
  }

  const byKind: Record<AssetKind, number> = { html: 0, css: 0, js: 0, image: 0, font: 0, other: 0 };
  for (const a of assets) byKind[a.kind] += a.gzipBytes;
  return {
    page,
    assets,
    totalBytes: assets.reduce((sum, a) => sum + a.gzipBytes, 0),
    scriptBytes: byKind.js + inlineScriptBytes,
    byKind,
    unmeasured,
    ownTextBytes: ownTextGzipBytes(html),
  };
}

/**
 * What the budget holds a page to: everything it loads on open except an article's own text.
 * The budget is about what the site makes a reader download around the content — markup, lists,
 * CSS, JS, images — and that is what grows when the site is careless. An article's text is the
 * content itself: the ingest keeps every sentence (nothing lost), and cutting a long article into
 * pages would move the paragraph anchors (`#p-N`) that every quote and figure cites. So a long
 * article may weigh more than 30 KB by its own words, and only by them.
 */
export const beyondOwnText = (weight: PageWeight) => weight.totalBytes - weight.ownTextBytes;

/** What is wrong with a page's weight, in words; empty when it is within budget. */
export function overBudget(weight: PageWeight, budget = BUDGET): string[] {
  const problems: string[] = [];
  if (beyondOwnText(weight) > budget.totalBytes) {
    const heaviest = [...weight.assets].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 3)
      .map((a) => `${a.path} ${a.gzipBytes} B`).join(', ');
    const own = weight.ownTextBytes ? ` besides ${weight.ownTextBytes} B of the article's own text` : '';
    problems.push(`${weight.page}: ${beyondOwnText(weight)} B gzip loaded on open${own} > ${budget.totalBytes} B (heaviest: ${heaviest})`);
  }
  if (weight.scriptBytes > budget.scriptBytes) {
    problems.push(`${weight.page}: ${weight.scriptBytes} B gzip of JavaScript before interaction > ${budget.scriptBytes} B`);
  }
  for (const url of weight.unmeasured) problems.push(`${weight.page}: loads ${url} on open, which is not in dist/`);
  return problems;
}

/**
 * Every HTML page of a build, as site paths: `/x/` for `x/index.html`, `/404.html` for a page
 * served under its file name. Files in `_astro/` and `pagefind/` are assets, not pages.
 */
export function everyPage(distDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string, path: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (path === '/' && (entry.name === '_astro' || entry.name === 'pagefind')) continue;
        walk(join(dir, entry.name), `${path}${entry.name}/`);
      } else if (entry.isFile() && entry.name.endsWith('.html')) {
        pages.push(entry.name === 'index.html' ? path : `${path}${entry.name}`);
      }
    }
  };
  walk(distDir, '/');
  return pages.sort();
}

/**
 * A page's kind, for reporting the heaviest of each: its path with the parts that vary from page to
 * page named instead (`/timeline/<year>/<month>/`, `/timeline/<year>/<month>/<days>/`, `/people/<slug>/`,
 * `/timeline/<slug>/<year>/`).
 */
export function pageKind(page: string): string {
  const parts = page.split('/').filter(Boolean);
  return '/' + parts.map((part, i) => {
    if (i === 0 || part.endsWith('.html')) return part;
    if (/^\d{4}$/.test(part)) return '<year>';
    if (/^\d{2}$/.test(part)) return '<month>';
    if (/^\d{2}-\d{2}$/.test(part)) return '<days>';
    return '<slug>';
  }).join('/') + (page.endsWith('/') && parts.length ? '/' : '');
}

const pageOf = (dir: string) => `/${dir}/`.replace(/\/+/g, '/');

/**
 * The pages that grow with the corpus and must stay small: home, timeline, briefing, every topic
 * page, the heaviest article pages, and of the timeline's own pages the heaviest of each kind — a
 * year's page (`/timeline/2021/`), a month's page (`/timeline/2021/03/`), a part of a month
 * (`/timeline/2021/03/11-20/`), the same for one topic (`/timeline/iter/2021/`, `/timeline/iter/2021/03/`,
 * `/timeline/iter/2021/03/11-20/`), each topic's timeline and the undated reports.
 * Heaviest by raw size, then weighed. Returns site paths.
 */
export function pagesToWeigh(distDir: string, heaviestArticles = 3): { label: string; page: string }[] {
  const out = [
    { label: 'home', page: '/' },
    { label: 'timeline', page: '/timeline/' },
    { label: 'briefing', page: '/briefing/' },
  ];
  const subpages = (dir: string) => {
    const root = join(distDir, dir);
    if (!existsSync(root)) return [];
    return readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'index.html')))
      .map((d) => ({ name: d.name, path: `${dir}/${d.name}`, size: statSync(join(root, d.name, 'index.html')).size }));
  };
  const heaviest = <T extends { path: string; size: number }>(pages: T[]) =>
    [...pages].sort((a, b) => b.size - a.size || a.path.localeCompare(b.path))[0];
  const topics = subpages('topics').sort((a, b) => a.name.localeCompare(b.name));
  for (const t of topics) out.push({ label: `topic ${t.name}`, page: pageOf(`topics/${t.name}`) });
  if (topics.length === 0) out.push({ label: 'a topic page', page: '/topics/(none)/' });
  const articles = subpages('articles').sort((a, b) => b.size - a.size || a.name.localeCompare(b.name));
  for (const a of articles.slice(0, heaviestArticles)) out.push({ label: `article ${a.name}`, page: pageOf(`articles/${a.name}`) });
  if (articles.length === 0) out.push({ label: 'an article page', page: '/articles/(none)/' });

  // /timeline/<year>/ and /timeline/<year>/<month>/; the other folders are topics (and `undated`).
  const isYear = (name: string) => /^\d{4}$/.test(name);
  const isMonth = (name: string) => /^\d{2}$/.test(name);
  const facets = subpages('timeline');
  const years = facets.filter((f) => isYear(f.name));
  const months = years.flatMap((y) => subpages(y.path).filter((m) => isMonth(m.name)));
  const year = heaviest(years);
  const month = heaviest(months);
  // A month's page summarises its thirds (`01-10`, `11-20`, `21-31`), each listed in full on its own page.
  const isPart = (name: string) => /^\d{2}-\d{2}$/.test(name);
  const part = heaviest(months.flatMap((m) => subpages(m.path).filter((p) => isPart(p.name))));
  out.push(year ? { label: 'heaviest year of the timeline', page: pageOf(year.path) } : { label: 'a year of the timeline', page: '/timeline/(no year)/' });
  out.push(month ? { label: 'heaviest month of the timeline', page: pageOf(month.path) } : { label: 'a month of the timeline', page: '/timeline/(no year)/(no month)/' });
  if (part) out.push({ label: 'heaviest part of a month of the timeline', page: pageOf(part.path) });
  const topicTimelines = facets.filter((f) => !isYear(f.name) && f.name !== 'undated').sort((a, b) => a.name.localeCompare(b.name));
  for (const t of topicTimelines) out.push({ label: `timeline of ${t.name}`, page: pageOf(t.path) });
  const topicYears = topicTimelines.flatMap((t) => subpages(t.path).filter((y) => isYear(y.name)));
  const topicYear = heaviest(topicYears);
  const topicMonths = topicYears.flatMap((y) => subpages(y.path).filter((m) => isMonth(m.name)));
  const topicMonth = heaviest(topicMonths);
  const topicPart = heaviest(topicMonths.flatMap((m) => subpages(m.path).filter((p) => isPart(p.name))));
  if (topicYear) out.push({ label: 'heaviest year of a topic timeline', page: pageOf(topicYear.path) });
  if (topicMonth) out.push({ label: 'heaviest month of a topic timeline', page: pageOf(topicMonth.path) });
  if (topicPart) out.push({ label: 'heaviest part of a month of a topic timeline', page: pageOf(topicPart.path) });
  const undated = facets.find((f) => f.name === 'undated');
  if (undated) out.push({ label: 'undated reports', page: pageOf(undated.path) });
  return out;
}

export interface KindWeight {
  kind: string;
  pages: number;
  /** The page of this kind that loads the most on open, beyond any article's own text. */
  heaviest: { page: string; totalBytes: number; beyondOwnText: number; scriptBytes: number };
}

export interface SiteWeight {
  kinds: KindWeight[];
  /** Every budget problem of every page (overBudget), page by page. */
  problems: string[];
  /** Articles over the total budget by their own text alone, within it without: allowed, and listed. */
  overByOwnText: { page: string; totalBytes: number; ownTextBytes: number }[];
}

/** Weighs every HTML page of a build (everyPage) against the budget, and the heaviest of each kind. */
export function weighEveryPage(site: SiteLocation, budget = BUDGET): SiteWeight {
  const kinds = new Map<string, KindWeight>();
  const problems: string[] = [];
  const overByOwnText: SiteWeight['overByOwnText'] = [];
  for (const page of everyPage(site.distDir)) {
    const weight = weighPage(site, page);
    problems.push(...overBudget(weight, budget));
    if (weight.totalBytes > budget.totalBytes && beyondOwnText(weight) <= budget.totalBytes) {
      overByOwnText.push({ page, totalBytes: weight.totalBytes, ownTextBytes: weight.ownTextBytes });
    }
    const kind = pageKind(page);
    const entry = kinds.get(kind) ?? { kind, pages: 0, heaviest: { page, totalBytes: -1, beyondOwnText: -1, scriptBytes: 0 } };
    entry.pages++;
    if (beyondOwnText(weight) > entry.heaviest.beyondOwnText) {
      entry.heaviest = { page, totalBytes: weight.totalBytes, beyondOwnText: beyondOwnText(weight), scriptBytes: weight.scriptBytes };
    }
    kinds.set(kind, entry);
  }
  return { kinds: [...kinds.values()].sort((a, b) => a.kind.localeCompare(b.kind)), problems, overByOwnText };
}

/** The table the budget tests print: one line per kind of page. */
export function describeKinds(kinds: KindWeight[]): string {
  return kinds.map((k) => `${k.kind.padEnd(36)} ${String(k.pages).padStart(6)} pages, heaviest ${String(k.heaviest.beyondOwnText).padStart(6)} B gzip beyond own text (${k.heaviest.totalBytes} B in all, JS ${k.heaviest.scriptBytes} B): ${k.heaviest.page}`).join('\n');
}
