/**
 * A saved page's own statements about its article, read from the fields publishers fill in:
 * JSON-LD (schema.org Article and kin), Open Graph / article:* / Dublin Core / itemprop meta tags,
 * `<time datetime>`, `<h1>`, `<title>`, and a date in the page's own address. Every value keeps the
 * field it came from (its evidence). Nothing is guessed: a date the page does not state stays null,
 * and the clock is never read.
 */
import type { PageMetaRaw } from './html-prune.ts';
import { isoDate } from './text.ts';

export interface PageDate {
  date: string;
  source: 'metadata' | 'url';
  evidence: string;
}

export interface PageMeta {
  headline: string | null;
  /** Which fields agreed on the headline, e.g. "h1 = og:title". */
  headlineEvidence: string | null;
  outlet: { name: string; evidence: string } | null;
  author: string | null;
  published: PageDate | null;
  modified: PageDate | null;
  lang: string | null;
}

type Json = Record<string, unknown>;

/** Every object in the page's JSON-LD blocks, @graph and nested arrays flattened; broken blocks skipped. */
function jsonLdObjects(blocks: string[]): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Json);
      const graph = (v as Json)['@graph'];
      if (graph) visit(graph);
    }
  };
  for (const block of blocks) {
    const text = block.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '').replace(/^<!--|-->$/g, '');
    try {
      visit(JSON.parse(text));
    } catch {
      // Broken JSON-LD is common (trailing commas, raw newlines): the page's other fields still count.
    }
  }
  return out;
}

const ARTICLE_TYPE = /(?:^|\b)(?:\w*Article|BlogPosting|Report|LiveBlogPosting|Posting)$/;

function typesOf(o: Json): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

function nameOf(v: unknown): string | null {
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(' and ') : null;
  }
  if (v && typeof v === 'object') return str((v as Json).name);
  const s = str(v);
  // An author given as a profile address is not a name.
  return s && !/^https?:\/\//i.test(s) ? s : null;
}

/** The date as written at the start of an ISO-like value ("2019-11-19T23:30:00-05:00" → 2019-11-19). */
function dateOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value) ?? /^\s*(\d{4})(\d{2})(\d{2})(?:T|$|\s)/.exec(value);
  if (!m) return null;
  const y = +m[1];
  if (y < 1990 || y > 2100) return null;
  return isoDate(y, +m[2], +m[3]);
}

/** Headline text compared across a page's fields: case, quote and dash styles and spacing aside. */
export const norm = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** What follows a headline in its page-title form: " | Site", " - Site", "_Channel_Site". */
const SITE_SUFFIX = /^\s*(?:[|\-–—·•»_｜]|::)\s*\S.{0,80}$/u;

/** Separators between a headline and the site's name in `<title>`. */
const TITLE_SEPARATOR = /\s+[|\-–—·•»:]\s+|\s*(?:\||::|_|｜)\s*/;

/** The `<title>` without the site's name: its parts minus the one that names the site (or the last). */
function titleWithoutSite(title: string, site: string | null): string {
  const parts = title.split(TITLE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title.trim();
  if (site) {
    const s = norm(site);
    const kept = parts.filter((p) => norm(p) !== s && !norm(p).includes(s));
    if (kept.length && kept.length < parts.length) return kept.join(' - ');
  }
  // The site's name is the shorter end: drop the last part when it is shorter than what precedes it.
  const last = parts[parts.length - 1];
  const rest = parts.slice(0, -1).join(' - ');
  return last.length < rest.length ? rest : title.trim();
}

/** A date in the page's own address: /2019/11/19/, /2019-11-19/, /20191119/. */
function dateInUrl(url: string | null): PageDate | null {
  if (!url) return null;
  const m = /[/_-](20\d{2}|19\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(url);
  if (!m) return null;
  const date = isoDate(+m[1], +m[2], +m[3]);
  return date ? { date, source: 'url', evidence: `the page's address ${url}` } : null;
}

const PUBLISHED_META = ['article:published_time', 'datepublished', 'og:published_time', 'published_time', 'pubdate', 'publishdate', 'publish-date', 'publication_date', 'date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'cxenseparse:recs:publishtime'];
const MODIFIED_META = ['article:modified_time', 'datemodified', 'og:updated_time', 'dcterms.modified', 'last-modified'];
const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl'];

export function readPageMeta(raw: PageMetaRaw, extractorTitle: string | null): PageMeta {
  const objects = jsonLdObjects(raw.jsonLd);
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPE.test(t))) ?? objects.find((o) => str(o.headline));
  const metaFirst = (keys: string[]) => {
    for (const k of keys) {
      const v = raw.meta.get(k)?.find((x) => x.trim());
      if (v) return { key: k, value: v.trim() };
    }
    return null;
  };

  // Outlet: og:site_name, then the JSON-LD publisher.
  const siteName = metaFirst(['og:site_name', 'application-name', 'twitter:site']);
  const publisher = article ? nameOf(article.publisher) : null;
  const outlet = siteName && !siteName.value.startsWith('@')
    ? { name: siteName.value, evidence: `<meta ${siteName.key}>` }
    : publisher
      ? { name: publisher, evidence: 'JSON-LD publisher.name' }
      : null;

  // Headline: the text most of the page's fields agree on.
  const candidates: { text: string; field: string }[] = [];
  const add = (text: string | null | undefined, field: string) => {
    const t = text?.replace(/\s+/g, ' ').trim();
    if (t && t.length <= 300) candidates.push({ text: t, field });
  };
  for (const h of raw.h1.slice(0, 3)) add(h, 'h1');
  add(article ? str(article.headline) : null, 'JSON-LD headline');
  add(metaFirst(['og:title'])?.value, 'og:title');
  add(metaFirst(['twitter:title'])?.value, 'twitter:title');
  if (raw.title) add(titleWithoutSite(raw.title, outlet?.name ?? null), '<title>');
  add(extractorTitle, 'extractor');
  const votes = new Map<string, { text: string; fields: Set<string>; first: number }>();
  candidates.forEach((c, i) => {
    const key = norm(c.text);
    const v = votes.get(key) ?? { text: c.text, fields: new Set<string>(), first: i };
    v.fields.add(c.field);
    votes.set(key, v);
  });
  // "Headline | Site" in og:title or JSON-LD is the page-title form of "Headline": its votes go to
  // the shorter form when another field shows it (a colon is left alone: "Brexit: what next" is one
  // headline).
  const entries = [...votes.entries()];
  for (const [longKey, long] of entries) {
    for (const [shortKey, short] of entries) {
      if (shortKey.length >= 8 && shortKey !== longKey && longKey.startsWith(shortKey) && SITE_SUFFIX.test(longKey.slice(shortKey.length))) {
        for (const f of long.fields) short.fields.add(f);
        votes.delete(longKey);
        break;
      }
    }
  }
  // A field that says the same as another adds a vote; the extractor's own guess only breaks ties.
  const ranked = [...votes.values()].sort((a, b) => {
    const va = [...a.fields].filter((f) => f !== 'extractor').length;
    const vb = [...b.fields].filter((f) => f !== 'extractor').length;
    return vb - va || b.fields.size - a.fields.size || a.first - b.first;
  });
  let best = ranked[0];
  // With no agreement, a lone <h1> is often a logo or section name: prefer the metadata headline
  // the <title> starts with.
  if (best && best.fields.size === 1 && best.fields.has('h1')) {
    const meta = ranked.find((r) => r.fields.has('JSON-LD headline') || r.fields.has('og:title'));
    if (meta) best = meta;
  }
  const headline = best?.text ?? null;

  const fromJsonLd = (key: 'datePublished' | 'dateModified'): PageDate | null => {
    const value = article ? str(article[key]) : null;
    const date = dateOf(value);
    return date ? { date, source: 'metadata', evidence: `JSON-LD ${key} "${value}"` } : null;
  };
  const fromMeta = (keys: string[]): PageDate | null => {
    for (const k of keys) {
      for (const value of raw.meta.get(k) ?? []) {
        const date = dateOf(value);
        if (date) return { date, source: 'metadata', evidence: `<meta ${k}="${value}">` };
      }
    }
    return null;
  };
  const fromTime = (): PageDate | null => {
    for (const t of raw.times) {
      const date = dateOf(t.datetime);
      if (date) return { date, source: 'metadata', evidence: `<time datetime="${t.datetime}">${t.text}</time>` };
    }
    return null;
  };
  const url = raw.canonical ?? metaFirst(['og:url'])?.value ?? null;
  const published = fromJsonLd('datePublished') ?? fromMeta(PUBLISHED_META) ?? fromTime() ?? dateInUrl(url);
  const modified = fromJsonLd('dateModified') ?? fromMeta(MODIFIED_META);

  const authorMeta = metaFirst(AUTHOR_META);
  const author = (article ? nameOf(article.author) : null) ?? (authorMeta && !/^https?:\/\//i.test(authorMeta.value) ? authorMeta.value : null);

  return {
    headline,
    headlineEvidence: best ? [...best.fields].join(' = ') : null,
    outlet,
    author,
    published,
    modified: modified && modified.date !== published?.date ? modified : null,
    lang: raw.lang?.split(/[-_]/)[0].toLowerCase() || null,
  };
}
