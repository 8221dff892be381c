/**
 * A saved page's own statements about its article, read from the fields publishers fill in:
 * JSON-LD (schema.org Article and kin), Open Graph / article:* / Dublin Core / itemprop meta tags,
 * `<time datetime>`, `<h1>`, `<title>`, and a date in the page's own address. Every value keeps the
 * field it came from (its evidence). Nothing is guessed: a date the page does not state stays null,
 * and the clock is never read.
 */
import { Parser } from 'htmlparser2';
import type { PageMetaRaw } from './html-prune.ts';
import { addDays, isoDate, monthNumber } from './text.ts';
import { findStampDate, numericOrderOfLanguage, numericOrderShown, type NumericOrder } from './dates.ts';
import { CHANGE_WORD, datesAChange } from './date-labels.ts';
import { cleanAuthor, isHandle, isRole, joinNames } from './author.ts';
import { BY_LABELS } from './byline-labels.ts';

export interface PageDate {
  date: string;
  /** A field, the page's address, or a date line the page shows its reader ("Published August 7, 2023"). */
  source: 'metadata' | 'url' | 'explicit';
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

/** The address a node says it is about: its url, or mainEntityOfPage's (a string or an @id). */
function addressOf(o: Json): string | null {
  const main = o.mainEntityOfPage;
  const value = typeof o.url === 'string' ? o.url : typeof main === 'string' ? main : main && typeof main === 'object' ? (main as Json)['@id'] ?? (main as Json).url : null;
  return typeof value === 'string' ? value : null;
}

/** An address as compared: no scheme, no "www.", no query, fragment or trailing slash. */
const sameAddress = (a: string, b: string) => {
  const key = (u: string) => u.trim().toLowerCase().replace(/^https?:\/\/(?:www\.)?/, '').replace(/[?#].*$/, '').replace(/\/+$/, '');
  return key(a) === key(b);
};

/**
 * The page's own article among its JSON-LD nodes: of the Article-typed ones (a graph may also list
 * other stories), the one about the page's address, else the first with a headline, else the first.
 */
function articleNode(objects: Json[], url: string | null): Json | undefined {
  const articles = objects.filter((o) => typesOf(o).some((t) => ARTICLE_TYPE.test(t)));
  const own = url ? articles.find((o) => str(o.headline) && addressOf(o) && sameAddress(addressOf(o)!, url)) : undefined;
  return own ?? articles.find((o) => str(o.headline)) ?? articles[0] ?? objects.find((o) => str(o.headline));
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

/** Every node of the page's JSON-LD that has an @id, by it: a graph names its author once and points to it. */
function nodesById(objects: Json[]): Map<string, Json> {
  const byId = new Map<string, Json>();
  for (const o of objects) if (typeof o['@id'] === 'string' && !byId.has(o['@id'])) byId.set(o['@id'], o);
  return byId;
}

interface AuthorName {
  name: string;
  /** Whether the page says it is an organisation, not a person. */
  organisation: boolean;
}

/** The authors a JSON-LD author value names: a name, a Person or Organization node, a reference to one, a list of them. */
function jsonLdAuthors(v: unknown, byId: Map<string, Json>): AuthorName[] {
  if (Array.isArray(v)) return v.flatMap((x) => jsonLdAuthors(x, byId));
  if (v && typeof v === 'object') {
    let o = v as Json;
    if (!str(o.name) && typeof o['@id'] === 'string') o = byId.get(o['@id']) ?? o;
    const raw = str(o.name);
    const name = raw ? cleanAuthor(decodeEntities(raw)) : null;
    return name ? [{ name, organisation: typesOf(o).some((t) => /Organi[sz]ation|Corporation|NewsMediaOrganization|Brand/.test(t)) }] : [];
  }
  const s = str(v);
  const name = s && !/^https?:\/\//i.test(s) ? cleanAuthor(decodeEntities(s)) : null;
  return name ? [{ name, organisation: false }] : [];
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

/** "2024 Jun 30", "2024 June 30": the year-first form of citation fields, which the page's date lines never use. */
function yearMonthWordDay(value: string): string | null {
  const m = /^\s*(\d{4})[\s,]+([A-Za-z]{3,9})\.?[\s,]+(\d{1,2})\b/.exec(value);
  if (!m) return null;
  const month = monthNumber(m[2]);
  const y = +m[1];
  return month && y >= 1990 && y <= 2100 ? isoDate(y, month, +m[3]) : null;
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

/**
 * What may follow the headline the page shows in its <h1> in another field: ", December 2025",
 * " (via Site)". Not a colon: "Example Blog: Headline" is the site's name shown as an <h1> far more
 * often than a headline with a kicker after it.
 */
const SHOWN_SUFFIX = /^(?:\s*[,;(]|\s+[-–—|·•]\s).{1,80}$/u;
/** The mark a headline field begins with when it was written in Markdown ("## Headline"). */
const MARKDOWN_HEADING = /^#{1,6}\s+/;
/** A headline that ends as a sentence does ("… with confidence!"): what a field adds after it is not part of it. */
const SENTENCE_END = /[!?]$/;
/** A word or two a field adds after a headline's end ("… with confidence! Sewing"): a category, a site. */
const AFTER_SENTENCE = /^\s\S+(?:\s\S+)?$/u;
/** A decoration after a headline ("Headline ⋆"). */
const TRAILING_ORNAMENT = /\s+[⋆★☆✦✧◆◇■□●○]+$/u;

/** A headline field's text as compared for votes: "&" and "and" alike. */
const voteKey = (s: string) => norm(s).replace(/\s&\s/g, ' and ');

/**
 * A field's headline without the site's name the page's software put before or after it
 * ("Leadfeeder | State of SEO", "Headline – Artlyst - Artlyst", "Headline | Koia" on "Drink Koia
 * Online"): a part set off by a separator that is a name the page gives its site, or its address.
 */
function withoutSiteName(text: string, sites: string[]): string {
  const siteLike = (part: string) => namesTheSite(part, sites) || (wordsOf(part).length <= 4 && sites.some((site) => wordsOf(site).length >= 2 && mostlyWithin(part, site)));
  let t = text;
  for (let guard = 0; guard < 3; guard++) {
    const cuts = [...t.matchAll(TITLE_SEPARATOR)].filter((m) => m.index > 0 && m.index + m[0].length < t.length);
    const last = cuts[cuts.length - 1];
    const first = cuts[0];
    if (last && siteLike(t.slice(last.index + last[0].length)) && wordsOf(t.slice(0, last.index)).length >= 2) t = t.slice(0, last.index).trim();
    // Before the headline only the site's own name goes: "Science | Headline" may be a section the page shows.
    else if (first && namesTheSite(t.slice(0, first.index), sites) && wordsOf(t.slice(first.index + first[0].length)).length >= 2) t = t.slice(first.index + first[0].length).trim();
    else break;
  }
  return t;
}

/** Separators between a headline and the site's name in `<title>`. */
const TITLE_SEPARATOR = /\s+[|\-–—·•»:]\s+|\s*(?:\||::|_|｜)\s*/g;

/** A site's name before the headline: "Site: Headline" (the colon is a separator only after a name the page gives). */
const PREFIX_SEPARATOR = /^\s*(?:[|\-–—·•»:]|::)\s*/u;

/** The words of a text that carry its meaning (letters or digits, two or more; any script). */
const wordsOf = (s: string) => norm(s).match(/[\p{L}\p{N}]{2,}/gu) ?? [];

/** Whether most of `small`'s words are in `large`: "Example Archive beta" is the site "[Example Archive]". */
function mostlyWithin(small: string, large: string): boolean {
  const words = wordsOf(small);
  if (!words.length) return false;
  const big = new Set(wordsOf(large));
  return words.filter((w) => big.has(w)).length / words.length >= 2 / 3;
}

/**
 * The `<title>` without the site's name. A name the page gives (og:site_name, a logo <h1>) is cut
 * where it stands, before or after the headline; otherwise the last part goes when it is shorter
 * than what precedes it. What is kept keeps its own separators ("Part 2 | Polar Science").
 */
function titleWithoutSite(title: string, sites: string[]): string {
  const t = title.trim();
  const cuts = [...t.matchAll(TITLE_SEPARATOR)].filter((m) => m.index > 0 && m.index + m[0].length < t.length);
  for (const site of sites) {
    const s = norm(site);
    if (!s) continue;
    const head = norm(t);
    // "Site: Headline", "Site | Headline".
    if (head.startsWith(s)) {
      const rest = t.slice(site.length);
      const sep = PREFIX_SEPARATOR.exec(rest);
      if (sep && norm(t.slice(0, site.length)) === s && rest.length - sep[0].length >= 8) return rest.slice(sep[0].length).trim();
    }
    // "Headline | Site": the end that is the name. "Headline | Example News Online", "Headline | Tags
    // [Site]": a last part that holds the name's words in a row, or most of a longer name's words, and
    // is not much longer than the name ("EU" in "Pact signed - EU researchers react" is no site).
    const siteWords = wordsOf(site);
    for (const [i, cut] of [...cuts].entries()) {
      const after = t.slice(cut.index + cut[0].length);
      const before = t.slice(0, cut.index);
      const afterWords = wordsOf(after);
      const last = i === cuts.length - 1;
      const short = afterWords.length <= 2 * siteWords.length + 3;
      const named =
        norm(after) === s ||
        (last && short && (` ${afterWords.join(' ')} `.includes(` ${siteWords.join(' ')} `) || (siteWords.length >= 2 && mostlyWithin(site, after))));
      if (named && before.length > after.length / 2) return before.trim();
    }
  }
  if (!cuts.length) return t;
  // The site's name is the shorter end: drop the last part when it is shorter than what precedes it.
  const last = cuts[cuts.length - 1];
  const rest = t.slice(0, last.index);
  const tail = t.slice(last.index + last[0].length);
  return tail.length < rest.length ? rest.trim() : t;
}

/**
 * An <h1> that names the site, not the story: the page's own site name, or the last part of the
 * `<title>` after a longer headline ("Example Archive beta" in "… | Polar Science [Example Archive]").
 * The first part is never taken for the site on its own: "About bugs – Example Entertainment" is a
 * short headline before a long site name far more often than the other way round.
 */
function isSiteName(h1: string, title: string | null, sites: string[]): boolean {
  const h = norm(h1);
  if (sites.some((s) => norm(s) === h)) return true;
  if (!title) return false;
  const t = title.trim();
  const cuts = [...t.matchAll(TITLE_SEPARATOR)].filter((m) => m.index > 0 && m.index + m[0].length < t.length);
  const last = cuts[cuts.length - 1];
  if (!last) return false;
  const end = t.slice(last.index + last[0].length);
  const rest = t.slice(0, last.index);
  return end.length < rest.length && mostlyWithin(h1, end) && !mostlyWithin(h1, rest);
}

/** Entities a CMS left in a value (JSON-LD strings, doubly encoded meta contents) read as the characters they stand for. */
function decodeEntities(text: string): string {
  if (!/&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i.test(text)) return text;
  let out = '';
  // A "<" is text here, never markup: it is escaped before the parser sees it.
  const parser = new Parser({ ontext: (t) => void (out += t) }, { decodeEntities: true });
  parser.write(text.replace(/</g, '&lt;'));
  parser.end();
  return out;
}

/** A permalink mark a page adds after its heading ("¶", "#", "🔗", "§"), not part of the headline. */
const PERMALINK_MARK = /(?:\s*[¶§🔗]|\s+#)\s*$/u;

/** A share title cut short: "China and Brazil agree to launch two more earth…". */
const TRUNCATED = /\s*(?:…|\.\.\.)$/u;

/** The fewest words of an <h1> that is the article's headline rather than a logo or a section's name ("Allergies health center"). */
const SHOWN_HEADLINE_WORDS = 4;

/** Two characters inside one word: a text that ends between them was cut off. */
const WORD_GOES_ON = /^[\p{L}\p{N}]{2}$/u;

/** The host a page's address names, without "www." ("news.example.org"). */
function hostOf(url: string | null): string | null {
  const m = url ? /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(url) : null;
  return m ? m[1].toLowerCase() : null;
}

/** A date in the page's own address: /2019/11/19/, /2019-11-19/, /20191119/. */
function dateInUrl(url: string | null): PageDate | null {
  if (!url) return null;
  const m = /[/_-](20\d{2}|19\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(url);
  if (!m) return null;
  const date = isoDate(+m[1], +m[2], +m[3]);
  return date ? { date, source: 'url', evidence: `the page's address ${url}` } : null;
}

/**
 * The day a page shows its reader beside its headline or in its post details ("Published on Oct 21,
 * 2025", "By Ann Lee · Dec 20, 2025"): the first line whose full date is not, by the label before it,
 * the day the page was changed ("Published May 1, 2024 · Updated June 1, 2024" is read for May 1).
 * The first update line ("Last updated: Dec 12, 2025") is kept apart: it dates a page that shows no
 * other day (the lead's decision, tests/ingest/dates-update-only.test.ts). Relative times and dates
 * without a year are no dates (lib/dates.ts).
 */
function datesOnThePage(lines: string[], lang: string, order: NumericOrder | null): { publication: PageDate | null; update: PageDate | null } {
  let update: PageDate | null = null;
  for (const line of lines) {
    const found = findStampDate(line, lang, order);
    if (!found) continue;
    const shown: PageDate = { date: found.date, source: 'explicit', evidence: `the page's text "${line}"` };
    if (!datesAChange(line, found.index)) return { publication: shown, update };
    update ??= shown;
  }
  return { publication: null, update };
}

/** A stamp in UTC ("…T02:41:41Z", "…+00:00"): its day may be the next or the last one where the page was written. */
const UTC_STAMP = /T(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)\b/;

/**
 * A field's day as the page writes it. A stamp with an offset is the day the page wrote, as it
 * stands; a stamp converted to UTC may have moved a day ("2025-12-19T02:41:41+00:00" on a page
 * that shows "Posted on December 18, 2025"): the day the page shows beside it, a day off, is taken.
 */
function asThePageWritesIt(found: PageDate | null, raw: PageMetaRaw, lang: string, order: () => NumericOrder | null): PageDate | null {
  const utc = found?.source === 'metadata' ? UTC_STAMP.exec(found.evidence) : null;
  if (!found || !utc) return found;
  // Offsets run from UTC-12 to UTC+14: the day before only for an early hour, the day after only for a late one.
  const hour = +utc[1];
  const texts = [...raw.times.filter((t) => dateOf(t.datetime) === found.date).map((t) => t.text), ...raw.stampTexts];
  const shown = datesOnThePage(texts, lang, order()).publication;
  if (!shown || !((shown.date === addDays(found.date, -1) && hour < 12) || (shown.date === addDays(found.date, 1) && hour >= 10))) return found;
  return { date: shown.date, source: 'metadata', evidence: `${found.evidence} is in UTC; the page shows ${shown.evidence.replace(/^the page's text /, '')}` };
}

const PUBLISHED_META = ['article:published_time', 'datepublished', 'og:published_time', 'published_time', 'pubdate', 'publishdate', 'publish-date', 'publication_date', 'date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'cxenseparse:recs:publishtime'];
/**
 * A publication field under a name publishers coin beyond the list above: "published_on",
 * "x-published-date", "citation_publication_date" — a publish word ending the name or followed only by
 * date/time/on/at. A name that also says change, expiry or un-publishing is no publication field.
 */
const PUBLISHED_NAME = /(?:^|[-_.:])(?:publish(?:ed)?|publication|pub)[-_.]?(?:date|time|datetime|on|at)?$/;
const NOT_PUBLISHED_NAME = /modif|updat|revis|expir|unpub|edit|last|end|until/;
const MODIFIED_META = ['article:modified_time', 'datemodified', 'og:updated_time', 'dcterms.modified', 'last-modified'];
const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl'];

/** A name only the site goes by: its own name, its publisher's, its address's ("clevelandclinic"). */
function namesTheSite(name: string, sites: string[]): boolean {
  const key = (s: string) => norm(s).replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]/gu, '');
  const k = key(name);
  return sites.some((site) => key(site) === k || key(site.replace(/\.[a-z]{2,}$/i, '').split('.').pop() ?? '') === k);
}

/** "by" and the name after it, inside a stamp row: "Mar 24, 2025 By Anna Berg 0 comments", "by Anna · Dec 20, 2025". */
const BY_IN_ROW = new RegExp(`(?:^|[\\s|·•,])(?:${BY_LABELS})\\s*[:：]?\\s+(\\S.*)$`, 'iu');

/**
 * The name a "by" gives in the row under the headline that dates the article ("By Anna Berg December 2,
 * 2025", "Mar 24, 2025 By Anna Berg 0 comments"). Only the first row with a year or a "by" is the
 * article's: past it, rows are other stories' teasers ("October 28, 2025 by Li Wei | Community"). The
 * row says it is the article's header, so a user name in one word is read too ("by ibby"); more words
 * start with a capital ("by up to 39%", "Reviewed by a Student" name nobody).
 */
function bylineOfStampRow(rows: string[]): string | null {
  for (const row of rows) {
    const m = BY_IN_ROW.exec(row);
    if (!m) {
      if (/\d{4}/.test(row)) return null;
      continue;
    }
    const name = cleanAuthor(m[1]);
    return name && (/^\p{Lu}/u.test(name) || !/\s/.test(name)) ? name : null;
  }
  return null;
}

/**
 * The article's author: of what the page's fields say (JSON-LD author, the author meta tags, the
 * extractor's byline, the byline elements), the first that names a person; a user name
 * ("andrew.keaveney"), a job title or the site's own name only when no field names a person.
 * Several authors read as the page's byline writes them when it lists the same names.
 */
function chooseAuthor(objects: Json[], article: Json | undefined, raw: PageMetaRaw, sites: string[], extractorByline: string | null): string | null {
  const candidates: AuthorName[][] = [];
  if (article) candidates.push(jsonLdAuthors(article.author, nodesById(objects)));
  for (const key of AUTHOR_META) {
    const value = raw.meta.get(key)?.find((x) => x.trim() && !/^https?:\/\//i.test(x.trim()));
    const name = value ? cleanAuthor(decodeEntities(value)) : null;
    if (name) candidates.push([{ name, organisation: false }]);
  }
  const bylines = [extractorByline, ...raw.bylines].map((line) => cleanAuthor(line)).filter((x): x is string => !!x);
  for (const name of bylines) candidates.push([{ name, organisation: false }]);
  const rowByline = bylineOfStampRow(raw.stampTexts);
  if (rowByline) candidates.push([{ name: rowByline, organisation: false }]);
  const person = (n: AuthorName) => !n.organisation && !isHandle(n.name) && !isRole(n.name) && !namesTheSite(n.name, sites);
  const chosen = candidates.find((names) => names.length > 0 && names.every(person)) ?? candidates.find((names) => names.length > 0);
  if (!chosen) return null;
  // One name per person: a node listed twice, or a name repeated by the page's software.
  const names = [...new Map(chosen.map((n) => [norm(n.name), n.name])).values()];
  if (names.length > 1) {
    const written = bylines.find((line) => {
      let at = 0;
      const text = norm(line);
      return names.every((n) => (at = text.indexOf(norm(n), at)) !== -1) && text.length <= names.join(', and ').length + 12;
    });
    if (written) return written;
  }
  return joinNames(names);
}

type Vote = { text: string; fields: Set<string>; first: number };

export function readPageMeta(raw: PageMetaRaw, extractorTitle: string | null, extractorByline: string | null = null): PageMeta {
  const objects = jsonLdObjects(raw.jsonLd);
  const article = articleNode(objects, raw.canonical ?? raw.meta.get('og:url')?.[0] ?? null);
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
  const clean = (text: string | null | undefined) =>
    text ? decodeEntities(text).replace(/\s+/g, ' ').trim().replace(MARKDOWN_HEADING, '').replace(TRAILING_ORNAMENT, '') : null;
  const ldHeadline = clean(article ? str(article.headline) : null);
  const ogTitle = clean(metaFirst(['og:title'])?.value);
  const twitterTitle = clean(metaFirst(['twitter:title'])?.value);
  const url = raw.canonical ?? metaFirst(['og:url'])?.value ?? null;
  const sites = [outlet?.name, siteName?.value, publisher, hostOf(url)].filter((x): x is string => !!x && !x.startsWith('@'));
  const h1s = raw.h1.slice(0, 3).map((h) => clean(h.replace(PERMALINK_MARK, '')) ?? '').filter(Boolean);
  // An <h1> no other field repeats, that names the site: a logo. It is no candidate, and it marks the
  // site's name in the <title>.
  const stated = new Set([ldHeadline, ogTitle, twitterTitle].filter((x): x is string => !!x).map(norm));
  const logos = h1s.filter((h) => !stated.has(norm(h)) && isSiteName(h, raw.title, sites));
  const candidates: { text: string; field: string }[] = [];
  const add = (text: string | null | undefined, field: string) => {
    const cleaned = clean(text);
    const t = cleaned && withoutSiteName(cleaned, sites);
    if (t && t.length <= 300) candidates.push({ text: t, field });
  };
  for (const h of h1s) if (!logos.includes(h)) add(h, 'h1');
  add(ldHeadline, 'JSON-LD headline');
  add(ogTitle, 'og:title');
  // A twitter:title that repeats og:title is the same field filled twice by the page's software.
  if (!twitterTitle || !ogTitle || norm(twitterTitle) !== norm(ogTitle)) add(twitterTitle, 'twitter:title');
  if (raw.title) add(titleWithoutSite(clean(raw.title)!, [...sites, ...logos]), '<title>');
  add(extractorTitle, 'extractor');
  const votes = new Map<string, Vote>();
  candidates.forEach((c, i) => {
    const key = voteKey(c.text);
    const v = votes.get(key) ?? { text: c.text, fields: new Set<string>(), first: i };
    v.fields.add(c.field);
    votes.set(key, v);
  });
  // "Headline | Site" in og:title or JSON-LD is the page-title form of "Headline": its votes go to
  // the shorter form when another field shows it (a colon is left alone: "Brexit: what next" is one
  // headline; so is a part before the headline, "Analysis | …", unless it is the site's own name,
  // cut in withoutSiteName). A share title cut short ("…") gives its votes to the full headline it starts.
  const entries = [...votes.entries()];
  for (const [longKey, long] of entries) {
    for (const [shortKey, short] of entries) {
      if (shortKey.length < 8 || shortKey === longKey || !votes.has(shortKey)) continue;
      const shown = short.fields.has('h1');
      // The extractor's title alone is a guess at where the site's name begins ("Death Spiral - How
      // Small Languages Die"): it takes no votes from a longer form a field states.
      if ([...short.fields].every((f) => f === 'extractor')) continue;
      const suffix = longKey.startsWith(shortKey) ? longKey.slice(shortKey.length) : null;
      // "Headline | Site", or, after the headline the page shows as its <h1>, a date, a credit, an
      // author set off by a comma or a bracket ("…, December 2025", "… (via Site)"), a word or two
      // after its closing "!" or "?" ("… with confidence! Sewing").
      const pageTitleForm =
        suffix !== null && (SITE_SUFFIX.test(suffix) || (shown && (SHOWN_SUFFIX.test(suffix) || (SENTENCE_END.test(shortKey) && AFTER_SENTENCE.test(suffix)))));
      if (pageTitleForm) {
        for (const f of long.fields) short.fields.add(f);
        votes.delete(longKey);
        break;
      }
    }
  }
  for (const [cutKey, cut] of entries) {
    const stem = cutKey.replace(TRUNCATED, '');
    if (stem === cutKey || stem.length < 15 || !votes.has(cutKey)) continue;
    const full = [...votes.entries()].find(([k]) => k !== cutKey && k.length > stem.length && k.startsWith(stem) && !TRUNCATED.test(k));
    if (full) {
      for (const f of cut.fields) full[1].fields.add(f);
      votes.delete(cutKey);
    }
  }
  // A field cut off inside a word of the headline the page shows ("… monitor, laptop, and k" of
  // "… monitor, laptop, and keyboard"): a length limit's work, its votes go to the whole form.
  for (const [cutKey, cut] of [...votes.entries()]) {
    if (cutKey.length < 15 || cut.fields.has('h1')) continue;
    const whole = [...votes.entries()].find(([k, v]) => v.fields.has('h1') && k.length > cutKey.length && k.startsWith(cutKey) && WORD_GOES_ON.test(cutKey.slice(-1) + k[cutKey.length]));
    if (whole) {
      for (const f of cut.fields) whole[1].fields.add(f);
      votes.delete(cutKey);
    }
  }
  const cutShort = (v: Vote) => TRUNCATED.test(v.text) && !v.fields.has('h1');
  // Two forms of the same words ("doesn’t … 60fps" and "doesn't … 60fps.") differ in how they are
  // written, not in what they say: which one shows is the extractor's tie-break, as for any tie.
  const sameWords = (a: Vote, b: Vote) => wordsOf(a.text).join(' ') === wordsOf(b.text).join(' ');
  const edited = (v: Vote) => [...v.fields].filter((f) => f !== 'extractor' && f !== '<title>').length;
  // A field that says the same as another adds a vote; the extractor's own guess only breaks ties.
  const ranked = [...votes.values()].sort((a, b) => {
    const va = [...a.fields].filter((f) => f !== 'extractor').length;
    const vb = [...b.fields].filter((f) => f !== 'extractor').length;
    // A share title cut short ("…") whose whole form no field gives, and that the page shows in no
    // <h1>, ranks below every whole one. Of two sides with as many votes, each with a field besides
    // the <title>, the <title> counts least: its site part is cut on a guess, and it is the form
    // least written for readers ("<h1> = JSON-LD headline" over "og:title = <title>"). A lone
    // <h1> against a lone <title> is often a section's name: the extractor's title (a copy of
    // og:title or the <title>) breaks that tie.
    const cut = Number(cutShort(a)) - Number(cutShort(b));
    const ea = edited(a);
    const eb = edited(b);
    return cut || vb - va || (ea > 0 && eb > 0 && !sameWords(a, b) ? eb - ea : 0) || b.fields.size - a.fields.size || a.first - b.first;
  });
  let best = ranked[0];
  // With no agreement (each field says something else: og:title and the JSON-LD are often written
  // for share cards and search engines), the headline the page shows its reader is the <h1>, when
  // it reads as one (four words or more), over a share title alone. Against a lone <title> the
  // extractor still breaks the tie (see the ranking). A shorter lone <h1> is often a logo or a
  // section's name: the metadata headline then.
  if (best && [...best.fields].filter((f) => f !== 'extractor').length <= 1) {
    const shown = ranked.find((r) => r.fields.has('h1'));
    const shareTitle = [...best.fields].some((f) => f === 'og:title' || f === 'twitter:title' || f === 'JSON-LD headline');
    if (shown && shareTitle && wordsOf(shown.text).length >= SHOWN_HEADLINE_WORDS) best = shown;
    else if (best.fields.size === 1 && best.fields.has('h1')) {
      const meta = ranked.find((r) => (r.fields.has('JSON-LD headline') || r.fields.has('og:title')) && !TRUNCATED.test(r.text));
      if (meta) best = meta;
    }
  }
  const headline = best?.text ?? null;

  const lang = raw.lang?.split(/[-_]/)[0].toLowerCase() || 'en';
  // The page's text is read only when no field dates it (a line in another language costs chrono's parse).
  // A numeric date with two readings ("8/1/2025") is read in the order the page's other date lines
  // show, else the one its language and region write (lib/dates.ts).
  let order: NumericOrder | null | undefined;
  const numericOrder = () => (order === undefined ? (order = numericOrderShown([...raw.times.map((t) => t.text), ...raw.stampTexts].join('\n')) ?? numericOrderOfLanguage(raw.lang)) : order);
  const fromJsonLd = (key: 'datePublished' | 'dateModified'): PageDate | null => {
    const value = article ? str(article[key]) : null;
    const date = dateOf(value);
    return date ? { date, source: 'metadata', evidence: `JSON-LD ${key} "${value}"` } : null;
  };
  // A field's value as the field writes it: ISO, else a full date as people write it ("2024 Jun 30",
  // "Thu, 09/25/2025 - 11:38"), read in the page's numeric order; a bare year dates nothing.
  const dateOfField = (value: string): string | null => dateOf(value) ?? yearMonthWordDay(value) ?? (value.length <= 60 ? findStampDate(value, lang, numericOrder())?.date ?? null : null);
  const fromMeta = (keys: string[]): PageDate | null => {
    for (const k of keys) {
      for (const value of raw.meta.get(k) ?? []) {
        const date = dateOfField(value);
        if (date) return { date, source: 'metadata', evidence: `<meta ${k}="${value}">` };
      }
    }
    return null;
  };
  const otherPublishedNames = () => [...raw.meta.keys()].filter((k) => PUBLISHED_NAME.test(k) && !NOT_PUBLISHED_NAME.test(k) && !PUBLISHED_META.includes(k));
  // A <time> whose text says the page changed then ("Updated April 10, 2025") dates the change: it
  // dates the page only when nothing else does (tests/ingest/dates-update-only.test.ts).
  const fromTime = (change: boolean): PageDate | null => {
    for (const t of raw.times) {
      if (CHANGE_WORD.test(t.text) !== change) continue;
      const date = dateOf(t.datetime);
      if (date) return { date, source: 'metadata', evidence: `<time datetime="${t.datetime}">${t.text}</time>` };
    }
    return null;
  };
  let shown: ReturnType<typeof datesOnThePage> | undefined;
  const onThePage = () => (shown ??= datesOnThePage(raw.stampTexts, lang, numericOrder()));
  const published =
    asThePageWritesIt(fromJsonLd('datePublished') ?? fromMeta(PUBLISHED_META) ?? fromMeta(otherPublishedNames()) ?? fromTime(false), raw, lang, numericOrder) ??
    dateInUrl(url) ??
    onThePage().publication ??
    fromTime(true) ??
    onThePage().update;
  const modified = fromJsonLd('dateModified') ?? fromMeta(MODIFIED_META) ?? fromTime(true);

  const author = chooseAuthor(objects, article, raw, sites, extractorByline);
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
