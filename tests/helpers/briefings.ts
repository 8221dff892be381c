/**
 * Reading the printed briefings of a built site as a reader gets them: each briefing page, the PDF it
 * links to, what pdfinfo says of that PDF, its text (pdftotext), its outline, its links. Shared by the
 * site test (today's seeds) and the scale test (10,000 articles), which check the same things.
 *
 *   const briefings = readBriefings(distDir, '/');
 *   briefings[0].info.pages, .text, .outline, .uris, .quotes (quoted texts on the page)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ArticleFrontmatter, EventsFile } from '../../src/schema.ts';

export interface PrintedBriefing {
  /** `all`, a topic slug or a year: the PDF's file name. */
  name: string;
  /** Site path of the page, without the base: `/briefing/iter/`. */
  page: string;
  html: string;
  /** The PDF link's address as written, and what its text promises. */
  pdfHref: string | null;
  promised: { pages: number; size: string } | null;
  pdfFile: string;
  info: { pages: number; tagged: boolean; title: string; width: number; height: number };
  /** pdftotext, whitespace collapsed and line-end hyphens joined. */
  text: string;
  outline: string[];
  uris: string[];
  lang: string | null;
}

const decode = (s: string) =>
  s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
export const plain = (html: string) => decode(html.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();

/** PDF strings as Skia writes them: `(Summary)` or UTF-16 hex `<FEFF…>`. */
function pdfString(raw: string): string {
  if (raw.startsWith('(')) return raw.slice(1, -1).replace(/\\([()\\])/g, '$1');
  const hex = raw.slice(1, -1);
  let out = '';
  for (let i = 4; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
}

/**
 * Where a link in a briefing's PDF leads, as a site path (base path included), or null when it leaves
 * the site: absolute to the site's origin when the build knew it (SITE_URL), else relative to the PDF
 * (resolved, as a PDF viewer does, against the PDF's own address).
 */
export function pdfLinkTarget(uri: string, pdfHref: string, site: { origin: string; base: string; known: boolean }): string | null {
  const absolute = /^[a-z][a-z\d+.-]*:/i.test(uri);
  if (absolute !== site.known) return null;
  const url = new URL(uri, `${site.origin}${pdfHref}`);
  return url.origin === site.origin && url.pathname.startsWith(site.base) ? url.pathname + url.search + url.hash : null;
}

export function readPdf(file: string): Pick<PrintedBriefing, 'info' | 'text' | 'outline' | 'uris' | 'lang'> {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  const raw = readFileSync(file).toString('latin1');
  const catalog = raw.indexOf('/Type /Outlines');
  return {
    info: {
      pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0),
      tagged: /Tagged:\s+yes/.test(info),
      title: /Title:\s+(.*)/.exec(info)?.[1]?.trim() ?? '',
      width: Number(size?.[1] ?? 0),
      height: Number(size?.[2] ?? 0),
    },
    text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .replace(/-\s*\n\s*/g, '-')
      .replace(/\s+/g, ' '),
    outline: catalog < 0 ? [] : [...raw.matchAll(/\/Title\s*(\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f]+>)\s*\/Dest/g)].map((m) => pdfString(m[1])),
    uris: [...raw.matchAll(/\/URI\s*\(((?:[^()\\]|\\.)*)\)/g)].map((m) => m[1]),
    lang: /\/Lang\s*\(([^)]*)\)/.exec(raw)?.[1] ?? null,
  };
}

/** Every briefing page under dist/briefing/, with its PDF read (null fields when it links none). */
export function readBriefings(distDir: string, base = '/'): PrintedBriefing[] {
  const root = join(distDir, 'briefing');
  const pages: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') pages.push(full);
    }
  };
  walk(root);
  return pages.map((file) => {
    const html = readFileSync(file, 'utf8');
    const page = '/' + relative(distDir, file).split(sep).slice(0, -1).join('/') + '/';
    const link = /<a href="([^"]+\.pdf)" type="application\/pdf">[^<]*<\/a>\s*\(A4, (\d+) pages?, ([\d.]+ [KM]B)\)/.exec(html);
    const pdfHref = link ? decode(link[1]) : null;
    const name = page === '/briefing/' ? 'all' : page.split('/')[2];
    const pdfFile = join(distDir, 'briefings', `${name}.pdf`);
    const pdf = existsSync(pdfFile) ? readPdf(pdfFile) : { info: { pages: 0, tagged: false, title: '', width: 0, height: 0 }, text: '', outline: [], uris: [], lang: null };
    return {
      name, page, html, pdfHref, pdfFile, ...pdf,
      promised: link ? { pages: Number(link[2]), size: link[3] } : null,
    };
  }).map((b) => ({ ...b, pdfHref: b.pdfHref && b.pdfHref.startsWith(base) ? '/' + b.pdfHref.slice(base.length) : b.pdfHref }));
}

/** The texts a briefing quotes: excerpts and direct quotes (<q>, .quoted) and reported speech (.reported). */
export function quotedTexts(html: string): { kind: 'quoted' | 'reported'; text: string }[] {
  const article = /<article class="briefing"[\s\S]*<\/article>/.exec(html)?.[0] ?? '';
  return [
    ...[...article.matchAll(/<q\b[^>]*>([\s\S]*?)<\/q>|<span class="quoted"[^>]*>([\s\S]*?)<\/span>/g)].map((m) => ({ kind: 'quoted' as const, text: plain(m[1] ?? m[2]) })),
    ...[...article.matchAll(/<span class="reported"[^>]*>([\s\S]*?)<\/span>/g)].map((m) => ({ kind: 'reported' as const, text: plain(m[1]) })),
  ];
}

/** The text of each heading (h1–h6) of the briefing, as a reader reads it: what its PDF bookmarks must say. */
export function headingTexts(html: string): string[] {
  const article = /<article class="briefing"[\s\S]*<\/article>/.exec(html)?.[0] ?? '';
  return [...article.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => plain(m[2]));
}

/**
 * How a report's first sentence begins when it carries its dateline or byline: "BEIJING, Oct. 30
 * (Xinhua) --", "GENEVA (Reuters) -", "By Li Wei". A citation must never start like this.
 */
export const DATELINE_OR_BYLINE =
  /^[“"]?(?:By\s+\p{Lu}|\p{Lu}[\p{Lu} .'’-]+(?:,[^–—]{0,40}?)?(?:\([^)]{2,40}\))?\s*(?:--|—|–|\s-\s)|\p{Lu}[\p{L} .'’-]+\([^)]{2,40}\)\s*(?:--|—|–|-\s))/u;

/** The briefings a corpus should have: everything, each topic, each year with a dated report. */
export function expectedBriefings(
  topics: string[],
  events: Pick<EventsFile['events'][number], 'date' | 'articles'>[],
  articles: Pick<ArticleFrontmatter, 'slug' | 'date'>[],
): string[] {
  const inEvents = new Set(events.flatMap((e) => e.articles));
  const years = new Set([
    ...events.filter((e) => e.date).map((e) => e.date!.slice(0, 4)),
    ...articles.filter((a) => a.date && !inEvents.has(a.slug)).map((a) => a.date!.slice(0, 4)),
  ]);
  return ['all', ...topics, ...[...years].sort()];
}

export interface CorpusFacts {
  topics: { slug: string; articles: string[] }[];
  events: { date: string | null; topics: string[]; title: string; articles: string[] }[];
  articles: { slug: string; date: string | null }[];
}

/** What a briefing is about, worked out from the data rather than by the site's code: which reports, which dated events. */
export function subjectOf(name: string, corpus: CorpusFacts) {
  const topic = corpus.topics.find((t) => t.slug === name);
  const dates = new Map(corpus.articles.map((a) => [a.slug, a.date]));
  const topicArticles = new Set(topic?.articles ?? []);
  const inScope = (slug: string) => name === 'all' || (topic ? topicArticles.has(slug) : (dates.get(slug)?.startsWith(name) ?? false));
  const events = corpus.events
    .filter((e) => e.date && (name === 'all' || (topic ? e.topics.includes(name) : e.date.startsWith(name))))
    .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  return { topic, inScope, events };
}

/** Quotes as a reader counts them: what a person says in one paragraph, direct and reported apart. */
export function readerQuoteCount(person: { quotes: { article: string; paragraph: string; kind?: string }[] }, inScope: (slug: string) => boolean): number {
  return new Set(person.quotes.filter((q) => inScope(q.article)).map((q) => `${q.article}#${q.paragraph}#${q.kind ?? ''}`)).size;
}

/** "(23 quotes: 11 direct, 12 reported)" after each speaker's name in "Who spoke". */
export function speakerCounts(html: string): { name: string; total: number; direct: number; reported: number }[] {
  // The name is isolated from the words around it (<bdi>, IsolatedText.astro); each number is kept
  // with its word in a span of its own (Count.astro), so the counts are read from the text.
  return [...html.matchAll(/<strong>(?:<bdi[^>]*>)?([^<]+)(?:<\/bdi>)?<\/strong>[^(]*<span class="how">\(([\s\S]*?)\)<\/span>/g)]
    .map((m) => ({ name: m[1], counts: /^([\d,]+) quotes?: ([\d,]+) direct, ([\d,]+) reported$/.exec(m[2].replace(/<[^>]+>/g, '')) }))
    .filter((m) => m.counts !== null)
    .map(({ name, counts }) => ({
      name: plain(name), total: Number(counts![1].replace(/,/g, '')), direct: Number(counts![2].replace(/,/g, '')), reported: Number(counts![3].replace(/,/g, '')),
    }));
}
