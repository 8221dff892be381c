/**
 * A saved page's own statements about its article, read from the fields publishers fill in:
 * JSON-LD (schema.org Article and kin), Open Graph / article:* / Dublin Core / itemprop meta tags,
 * `<time datetime>`, `<h1>`, `<title>`, and a date in the page's own address (which of its headline
 * fields is the headline: lib/html/headline/html-headline.ts). Every value keeps the field it came from (its
 * evidence). Nothing is guessed: a date the page does not state stays null, and the clock is never read.
 */
import { hostOf, isBareHost, isWeakName, nameBesideTagline, preferNamed } from '../../page-text/headline/outlet-name.ts';
import type { PageMetaRaw } from '../prune/html-prune.ts';
import { addDays, countWords, isoDate, monthNumber } from '../../page-text/language/text.ts';
import { findStampDate, type NumericOrder } from '../../dates/dates.ts';
import { numericOrderOfPage, type PageHints } from '../../dates/page-order.ts';
import { underCommentCue } from '../../dates/sole-date-line.ts';
import { datesAPicture } from '../../dates/caption-date.ts';
import { listedDates } from './listed-date-boxes.ts';
import { AS_OF_LABEL, CHANGE_WORD, datesAChange, labelledAsPublication, PUBLICATION_LABEL_AFTER, PUBLICATION_OR_UPDATE_WORDS, PUBLICATION_WORD } from '../../dates/date-labels.ts';
import { primarySubtag } from '../../page-text/language/language-tag.ts';
import { cleanAuthor, isAccountName, isHandle, isRole, joinNames } from '../../bylines/author.ts';
import { authorList, MAX_LISTED_AUTHORS } from '../../bylines/author-list.ts';
import { signedReporter } from '../../bylines/reporter-sign-off.ts';
import { BY_LABELS, LABEL_ALONE } from '../../bylines/byline-labels.ts';
import { bylineUnderHeadline, labelledBylineUnderHeadline, namesListUnderHeadline } from '../../bylines/header-byline.ts';
import { editorCredited } from '../../bylines/editor-credit.ts';
import { listsMoreNamesAfter, listsNameAfterOthers, namesOneALine } from '../../bylines/name-lines.ts';
import { nameShaped } from '../../bylines/name-shape.ts';
import { decodeEntities, namesTheSite, norm, withSiteAddress, wordsOf } from './page-field-text.ts';
import { writersBeforeHelpers } from './helpers-in-byline.ts';
import { withoutSiteAfterNames } from './site-after-names.ts';
import { writerAsToldTo } from '../../bylines/as-told-to.ts';
import { dublinCoreCreators } from './dublin-core-creators.ts';
import { chooseHeadline } from '../headline/html-headline.ts';

export interface PageDate {
  date: string;
  /**
   * A field, the page's address, or a date line the page shows its reader ("Published August 7, 2023");
   * `page-text`: a date line of its shown text, read as the text path reads one, when nothing else dates
   * it (stages/html-shown-date.ts).
   */
  source: 'metadata' | 'url' | 'explicit' | 'page-text';
  evidence: string;
}

export interface PageMeta {
  headline: string | null;
  /** Which fields agreed on the headline, e.g. "h1 = og:title". */
  headlineEvidence: string | null;
  outlet: { name: string; evidence: string } | null;
  author: string | null;
  /** Whether only a link to the writer's profile page names the author: the article's labelled byline outranks it (stages/html.ts). */
  authorFromProfileLink?: boolean;
  /**
   * Whether no field names a person, only an organisation, the site itself, a handle or an account
   * ("Harbour Post", an Organization node, "Site Admin"): the article's labelled byline outranks it (stages/html.ts).
   */
  authorNamesNoPerson?: boolean;
  /** How many authors the fields list that `author` counts without naming ("A, B, C and 9,997 others": lib/bylines/author-list.ts). */
  authorsCounted?: number;
  published: PageDate | null;
  /** `published` is the day the page says it was changed, the only one it shows (the lead's decision: tests/ingest/dates-update-only.test.ts). */
  publishedIsUpdate?: boolean;
  modified: PageDate | null;
  lang: string | null;
  /** The page's `<html lang>` as written ("zh-TW"), for what its primary subtag `lang` cuts off: a Chinese page's script (pipeline.ts). */
  langTag?: string;
  /** What the page says of itself that settles its numeric dates' order: its address, `<html lang>` and og:locale (lib/dates/page-order.ts). */
  dateHints?: PageHints;
  /** The earliest comment's day among the page's date lines, when the page is dated only by its update: metadata.ts weighs the update against it. */
  earliestCommentDay?: string;
  /** The JSON-LD article's `articleBody`, as the field gives it (lib/html/article/html-article-body.ts decides whether it is read). */
  articleBody?: string;
}

type Json = Record<string, unknown>;

/**
 * A JSON string's `\ud800` escape is a lone surrogate once parsed (the page's own bytes never decode to
 * one): made U+FFFD, as a decoder makes it, else it reached an author's name or the body as a
 * character no text holds. Only blocks with a surrogate's escape pay for the reviver.
 */
const wellFormed = (_key: string, value: unknown) => (typeof value === 'string' ? value.toWellFormed() : value);

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
      visit(text.includes('\\ud') || text.includes('\\uD') ? JSON.parse(text, wellFormed) : JSON.parse(text));
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

/**
 * An address as compared: no scheme, no "www.", no query, fragment or trailing slash. The slashes
 * are cut from where their run starts (the lookbehind): tried from every slash of a long run, the
 * pattern scanned the rest of it again (80,000 slashes took seconds).
 */
const sameAddress = (a: string, b: string) => {
  const key = (u: string) => u.trim().toLowerCase().replace(/^https?:\/\/(?:www\.)?/, '').replace(/(?<![?#])[?#].*$/, '').replace(/(?<!\/)\/+$/, '');
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
  /** The name as the field gives it, before cleaning: two names cleaning makes alike are still two authors. */
  listedAs?: string;
}

/** The authors a JSON-LD author value names: a name, a Person or Organization node, a reference to one, a list of them. */
function jsonLdAuthors(v: unknown, byId: Map<string, Json>): AuthorName[] {
  if (Array.isArray(v)) return v.flatMap((x) => jsonLdAuthors(x, byId));
  if (v && typeof v === 'object') {
    let o = v as Json;
    if (!str(o.name) && typeof o['@id'] === 'string') o = byId.get(o['@id']) ?? o;
    const raw = str(o.name);
    const name = raw ? cleanAuthor(decodeEntities(raw)) : null;
    return name ? [{ name, organisation: typesOf(o).some((t) => /Organi[sz]ation|Corporation|NewsMediaOrganization|Brand/.test(t)), listedAs: raw ?? name }] : [];
  }
  const s = str(v);
  const name = s && !/^https?:\/\//i.test(s) ? cleanAuthor(decodeEntities(s)) : null;
  return name ? [{ name, organisation: false, listedAs: s ?? name }] : [];
}

/**
 * The date as written at the start of an ISO-like value ("2019-11-19T23:30:00-05:00" → 2019-11-19).
 * A day that runs on into more digits is none: a template that wrote two dates into one attribute
 * ("2022-02-112023-05-08") states neither, and the element's shown text dates the page instead.
 */
function dateOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(value) ?? /^\s*(\d{4})(\d{2})(\d{2})(?:T|$|\s)/.exec(value);
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

/**
 * A date in the page's own address: /2019/11/19/, /2019-11-19/, /20191119/, and the title's words
 * after it joined by "+" (/2025-12-15+Tide+tables). The day ends at a separator, so a longer number
 * (an article id) is no day.
 */
const URL_DATE = /[/_-](20\d{2}|19\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.+-]|$)/;
/** The month by its name between the year and the day, as papers and blogs file their posts: /2023/october/03/, /2025/dec/05/. */
const URL_DATE_MONTH_NAME = /\/(20\d{2}|19\d{2})\/([a-z]{3,9})\/(0?[1-9]|[12]\d|3[01])(?:[/_.+-]|$)/i;

/** An address as its reader sees it: percent-encoded separators ("%2F", "%2B") decoded; one that decodes to nothing stays as written. */
function readableAddress(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/**
 * The page's own address: the first of its canonical link, og:url and the address the browser saved
 * it from (lib/html/read/saved-page.ts) that is an http(s) address. Some pages fill the canonical link with
 * their title: that is no address to read a date, a host or the article's JSON-LD node from.
 */
function pageAddress(written: (string | null | undefined)[]): string | null {
  return written.map((a) => a?.trim()).find((a): a is string => !!a && /^https?:\/\//i.test(a)) ?? null;
}

/** The date in the page's own address (pageAddress); the evidence is the address as written, which the site shows as an address, not as a quote. */
function dateInUrl(written: string | null): PageDate | null {
  if (!written) return null;
  const url = readableAddress(written);
  const m = URL_DATE.exec(url);
  const named = m ? null : URL_DATE_MONTH_NAME.exec(url);
  const date = m ? isoDate(+m[1], +m[2], +m[3]) : named && monthNumber(named[2]) ? isoDate(+named[1], monthNumber(named[2]), +named[3]) : null;
  return date ? { date, source: 'url', evidence: written } : null;
}

/**
 * The day a page shows its reader beside its headline or in its post details ("Published on Oct 21,
 * 2025", "By Ann Lee · Dec 20, 2025"): the first line whose full date is not, by the label before it,
 * the day the page was changed ("Published May 1, 2024 · Updated June 1, 2024" is read for May 1),
 * unless a later line labels its date the publication after it ("3 Sept 2024 | Originally published").
 * The first update line ("Last updated: Dec 12, 2025") is kept apart: it dates a page that shows no
 * other day (the lead's decision, tests/ingest/dates-update-only.test.ts). Relative times and dates
 * without a year are no dates (lib/dates/dates.ts).
 */
function datesOnThePage(lines: string[], lang: string, order: NumericOrder | null, listed: ReadonlySet<string> = new Set()): DatesShown {
  let update: PageDate | null = null;
  let bare: DatesShown | null = null;
  let commentDay: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // Past a bare date line, only a line whose label after its date says it is the publication is read.
    if (bare && !PUBLICATION_LABEL_AFTER.test(line)) continue;
    const found = findStampDate(line, lang, order);
    if (!found) continue;
    // A date under a comment thread's heading ("11 comments") is a comment's: it dates nothing, but
    // an update after it is no publication either (stages/metadata.ts, update-after-comments).
    if (underCommentCue(lines, i)) {
      if (commentDay === undefined || found.date < commentDay) commentDay = found.date;
      continue;
    }
    // A picture's caption under the headline closes on the day the picture was taken (lib/dates/caption-date.ts): it dates no page.
    if (datesAPicture(line, found)) continue;
    const shown: PageDate = { date: found.date, source: 'explicit', evidence: `the page's text "${line}"` };
    // "3 Sept 2024 | Originally published": the label after the date says it is the publication, and wins
    // over a bare date line before it (a box of the page's versions lists "12 Jan 2026 | Latest version" first).
    if (PUBLICATION_LABEL_AFTER.test(line)) return { publication: shown, labelled: true, update, commentDay };
    if (datesAChange(line, found.index)) {
      update ??= shown;
      continue;
    }
    const labelled = labelledAsPublication(line, found.index);
    if (labelled) return { publication: shown, labelled, update, commentDay };
    // A bare date of a list of other stories far under the headline (listed-date-boxes.ts) is none of the article's.
    if (listed.has(line)) continue;
    bare = { publication: shown, labelled, update, commentDay };
  }
  return bare ?? { publication: null, labelled: false, update, commentDay };
}

interface DatesShown {
  publication: PageDate | null;
  /** The publication line's own label says it is the publication ("Published …", "Posted on …"). */
  labelled: boolean;
  update: PageDate | null;
  /** The earliest day of a comment among the lines read (a date under a comment thread's heading). */
  commentDay?: string;
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

/**
 * Of the page's publication fields (JSON-LD datePublished, the publication meta tags, other
 * publish-named fields: each the first it states), in that order, the first; when they name different
 * days, the one whose day the page's own date line shows ("Published August 8, 2025" beside an
 * article:published_time of that day and a datePublished of another): a reader sees that one. A date
 * line whose label says it is the publication ("Published August 13, 2025") and that names a day no
 * field names dates the page itself: the page tells its reader that day, while a field is the
 * software's and is often its first draft's or its import's (tests/ingest/dates-html-fields-disagree.test.ts).
 * `mayBeLabelled`: whether any date line holds a publication word, so that a page without one is not read for it.
 */
function publicationField(fields: (PageDate | null)[], shownOnPage: () => DatesShown, mayBeLabelled: boolean): PageDate | null {
  const stated = fields.filter((f): f is PageDate => f !== null);
  if (!stated.length) return null;
  const agreeing = stated.every((f) => f.date === stated[0].date);
  if (agreeing && !mayBeLabelled) return stated[0];
  const { publication: shown, labelled } = shownOnPage();
  const agreed = shown && stated.find((f) => f.date === shown.date);
  if (shown && labelled && !agreed) return { ...shown, evidence: `${shown.evidence}, the day the page labels its publication (its ${stated.map((f) => f.evidence).join(', ')} name another)` };
  if (!agreed || agreed === stated[0]) return stated[0];
  return { ...agreed, evidence: `${agreed.evidence}, as the page shows ${shown.evidence.replace(/^the page's text /, '')}` };
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
export const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl'];

/**
 * A stamp's label after the name in a row, in any language (lib/dates/date-labels.ts), or German
 * "Stand:" (as of): where the name ends ("von Anna Berg, MDR Stand: 28. April 2023", "Par Anna Berg
 * Publié le 06/01/2026").
 */
const ROW_STAMP_LABEL = new RegExp(`(?<=\\s)(?:${PUBLICATION_OR_UPDATE_WORDS}|${AS_OF_LABEL})(?!\\p{L})`, 'iu');

/** A reviewer's, an editor's or a fact-checker's credit right before a row's "by" (lib/bylines/byline-labels.ts REVIEWER_CREDIT in English). */
const REVIEWER_BEFORE_BY = /(?:reviewed|fact[\s-]?checked|edited|verified)\s*$/i;

/** "by" and the name after it, inside a stamp row: "Mar 24, 2025 By Anna Berg 0 comments", "by Anna · Dec 20, 2025". */
const BY_IN_ROW = new RegExp(`(?:^|[\\s|·•,])(?:${BY_LABELS})\\s*[:：]?\\s+(\\S.*)$`, 'iu');

/**
 * The name a "by" gives in the row under the headline that dates the article ("By Anna Berg December 2,
 * 2025", "Mar 24, 2025 By Anna Berg 0 comments"). Only the first row with a year or a "by" is the
 * article's: past it, rows are other stories' teasers ("October 28, 2025 by Li Wei | Community"). The
 * row says it is the article's header, so a user name in one word is read too ("by ibby"); more words
 * start with a capital or a number run into letters ("by up to 39%", "Reviewed by a Student" name nobody).
 */
function bylineOfStampRow(rows: string[]): string | null {
  for (const row of rows) {
    const m = BY_IN_ROW.exec(row);
    if (!m) {
      if (/\d{4}/.test(row)) return null;
      continue;
    }
    // "Fact Checked by: Li Wei": the "by" of a reviewer's credit, not the writer's.
    if (REVIEWER_BEFORE_BY.test(row.slice(0, m.index + 1))) return null;
    const label = ROW_STAMP_LABEL.exec(m[1]);
    const name = cleanAuthor(label ? m[1].slice(0, label.index) : m[1]);
    // A name that opens with a number run into its letters goes on in capitalised words ("By 4x
    // Labs"; "by 4x more teams" is a claim): cleanAuthor has cut a count or a date.
    return name && (/^\p{Lu}/u.test(name) || /^\d+\p{L}+(?:\s+\p{Lu}\S*)+$/u.test(name) || !/\s/.test(name)) ? name : null;
  }
  return null;
}

/** How many label/value pairs a page's share fields hold ("twitter:label1" … "twitter:label4"). */
const LABELLED_FIELD_PAIRS = 4;

/**
 * The name a pair of share fields gives under a byline's label: "twitter:label1" "Written by" (any
 * language's "by" or "author" label alone, lib/bylines/byline-labels.ts) and "twitter:data1" the name.
 * The other pairs say something else ("Est. reading time", "Filed under").
 */
function authorOfLabelledPair(raw: PageMetaRaw): string | null {
  for (let n = 1; n <= LABELLED_FIELD_PAIRS; n++) {
    const label = raw.meta.get(`twitter:label${n}`)?.[0];
    const value = raw.meta.get(`twitter:data${n}`)?.[0];
    if (label && value && LABEL_ALONE.test(decodeEntities(label))) return cleanAuthor(decodeEntities(value));
  }
  return null;
}

/**
 * A paper's authors: one citation_author field each (or citation_authors, one each or "A; B" in one),
 * in the order the page lists them, each name once.
 */
function citationAuthors(raw: PageMetaRaw): string[] {
  const values = [...(raw.meta.get('citation_author') ?? []), ...(raw.meta.get('citation_authors') ?? [])].flatMap((v) => v.split(';'));
  const names = values.map((v) => cleanAuthor(decodeEntities(v))).filter((x): x is string => !!x);
  return [...new Map(names.map((n) => [norm(n), n])).values()];
}

/** A name an author field gives: a Korean reporter's sign-off ("홍길동 기자") is the name before the noun (lib/bylines/reporter-sign-off.ts). */
function fieldName(value: string): string | null {
  const text = decodeEntities(value);
  return signedReporter(text) ?? cleanAuthor(text);
}

/**
 * The article's author: of what the page's fields say (JSON-LD author, the author meta tags, the
 * extractor's byline, the byline elements), the first that names a person; a user name
 * ("martin.oakley"), a job title or the site's own name only when no field names a person.
 * Several authors read as the page's byline writes them when it lists the same names.
 */
/**
 * The page's author. `source.onlyProfileLinks` is set when only a link to the writer's profile page
 * could name anyone (every other candidate is empty): the article's labelled byline outranks it.
 */
function chooseAuthor(objects: Json[], article: Json | undefined, raw: PageMetaRaw, sites: string[], extractorByline: string | null, source = { onlyProfileLinks: false, counted: 0, noPerson: false }): string | null {
  const candidates: AuthorName[][] = [];
  if (article) candidates.push(jsonLdAuthors(article.author, nodesById(objects)));
  const paper = citationAuthors(raw).map((name) => ({ name, organisation: false }));
  if (paper.length) candidates.push(paper);
  const repeated: string[] = [];
  for (const key of AUTHOR_META) {
    // Dublin Core: one field per writer, each surname first ("Berg, Anna"), all of them the byline.
    if (key === 'dc.creator') {
      const creators = dublinCoreCreators((raw.meta.get(key) ?? []).filter((x) => x.trim() && !/^https?:\/\//i.test(x.trim())).map(decodeEntities));
      if (creators.length) candidates.push(creators.map((name) => ({ name, organisation: false })));
      continue;
    }
    const [value, ...more] = (raw.meta.get(key) ?? []).filter((x) => x.trim() && !/^https?:\/\//i.test(x.trim()));
    const name = value ? fieldName(value) : null;
    if (name) candidates.push([{ name, organisation: false }]);
    // The same tag again ("하늘신문" then "홍길동 기자": the site's name, then its writer's): after every
    // field's first value, read only where none of those names a person (before the bylines read off the page).
    for (const other of more) repeated.push(other);
  }
  for (const value of repeated) {
    const name = fieldName(value);
    if (name) candidates.push([{ name, organisation: false }]);
  }
  // Last of the fields, before any byline read off the page: a share card's labelled pair ("Written by" /
  // the name), which the site's software fills from the post's own author field. The extractor's byline
  // and the byline elements are read off the page's text, where a book's "by Anna Berg", a quoted
  // expert's card or another story's teaser stands as well.
  const labelled = authorOfLabelledPair(raw);
  // The card shows the account's display name, which the software fills with the user name or the
  // first name alone ("admin", "Anna") until the author writes it out: only a full name is read.
  if (labelled && /\s/.test(labelled) && !isHandle(labelled)) candidates.push([{ name: labelled, organisation: false }]);
  // The extractor's byline and the byline elements, each cleaned once: [extractor's, ...elements'].
  // "Amie Mock as told to Heather Eastman" names the teller, then the writer who set the story down:
  // the writer is the author (lib/bylines/as-told-to.ts, as the text path reads it); cleaning would
  // read the two names as one and give none.
  const cleanedBylines = [extractorByline, ...raw.bylines].map((line) => (line ? writerAsToldTo(line) : null) ?? cleanAuthor(line));
  const bylines = cleanedBylines.filter((x): x is string => !!x);
  // The page's language, for the byline labels read under the headline.
  const lang = primarySubtag(raw.lang) ?? 'und';
  // The extractor's byline, then the "by" of the row under the headline that dates the article, then
  // the byline elements: those stand anywhere on the page, in a list of other stories' teasers too
  // ("von Li Wei" under each), while the row is the article's own header.
  const [fromExtractor, ...fromElements] = cleanedBylines;
  // The fields' answers end here: what follows is read off the page's text.
  const fieldAnswers = candidates.length;
  if (fromExtractor) candidates.push([{ name: fromExtractor, organisation: false }]);
  const rowByline = bylineOfStampRow(raw.stampTexts);
  if (rowByline) candidates.push([{ name: rowByline, organisation: false }]);
  for (const name of fromElements) if (name) candidates.push([{ name, organisation: false }]);
  // The site's name as the field lists it counts too: cleaning takes a role's word off a newsroom's name
  // ("Coldwater Daily Reporter" read as "Coldwater Daily"), which then names no site.
  const person = (n: AuthorName) => !n.organisation && !isHandle(n.name) && !isRole(n.name) && !isAccountName(n.name) && !namesTheSite(n.name, sites) && !withSiteAddress(n.name, sites) && !(n.listedAs && namesTheSite(n.listedAs, sites));
  // "Naufal Zuhdi" / "Editor : Heryadi": a field naming the one the page's byline elements credit as
  // its editor gives way to the person they show as its writer (lib/bylines/editor-credit.ts).
  const editors = new Set(raw.bylines.map(editorCredited).filter((x): x is string => !!x).map(norm));
  const onlyEditors = (names: AuthorName[]) => editors.size > 0 && names.length > 0 && names.every((n) => editors.has(norm(n.name)));
  const writerOverEditor = editors.size ? candidates.find((names) => names.length > 0 && names.every(person) && !onlyEditors(names)) : undefined;
  if (writerOverEditor) candidates.splice(0, candidates.length, ...candidates.filter((names) => !onlyEditors(names)));
  let chosen = candidates.find((names) => names.length > 0 && names.every(person));
  if (!chosen) {
    // The byline the texts under the headline show, read as the text path reads its header: weaker
    // than any field, read only when none names a person.
    const underHeadline = cleanAuthor(bylineUnderHeadline(raw.linesAfterH1 ?? [], lang));
    if (underHeadline) candidates.push([{ name: underHeadline, organisation: false }]);
    // Then a link to the writer's profile page whose text is the name its address spells
    // (lib/html/metadata/html-author-links.ts): weaker still, as a link to another writer's profile may stand in
    // a list of teasers.
    const beforeLinks = candidates.length;
    for (const name of raw.profileLinks?.() ?? []) candidates.push([{ name, organisation: false }]);
    chosen = candidates.find((names) => names.length > 0 && names.every(person)) ?? candidates.find((names) => names.length > 0);
    source.onlyProfileLinks = !!chosen && candidates.slice(0, beforeLinks).every((names) => names.length === 0);
    source.noPerson = !!chosen && !chosen.every(person);
  }
  if (!chosen) return null;
  // More authors than any byline names (10,000 in a JSON-LD list): the first few and a count.
  const listed = new Set(chosen.map((n) => norm(n.listedAs ?? n.name))).size;
  if (listed > MAX_LISTED_AUTHORS) {
    const list = authorList([...new Map(chosen.map((n) => [norm(n.name), n.name])).values()], listed);
    source.counted = list.counted;
    return list.byline;
  }
  // A paper's authors, one field each, listed as the site lists people: "A, B and C".
  if (chosen === paper && paper.length > 1) return joinNames(paper.map((n) => n.name));
  // One name per person: a node listed twice, or a name repeated by the page's software.
  const names = [...new Map(chosen.map((n) => [norm(n.name), n.name])).values()];
  if (names.length > 1) {
    // "By Anna Berg · Contributions from Li Wei": the byline credits the others for another part (lib/html/metadata/helpers-in-byline.ts).
    const writers = writersBeforeHelpers(names, [extractorByline, ...raw.bylines]);
    if (writers) return writers;
    const written = bylines.find((line) => {
      let at = 0;
      const text = norm(line);
      return names.every((n) => (at = text.indexOf(norm(n), at)) !== -1) && text.length <= names.join(', and ').length + 12;
    });
    if (written) return written;
  }
  // One name from a field, where the byline the page shows lists it first and more after it: the
  // extractor's or the first byline element's (a later one may be another story's, in a list to read next).
  if (names.length === 1) {
    // "By Anna Berg and Li Wei, CNN": the list closed by the site's own name is the writers' (site-after-names.ts).
    const shown = cleanedBylines.slice(0, 2).map((line) => line && withoutSiteAfterNames(line, sites));
    // Another field may list them all where the first names one ("Anna Berg,Li Wei,Jo Ma" in the author
    // tag, the JSON-LD author "Anna Berg"): the fields are the page's own word, read before the page's text.
    const inFields = candidates.slice(0, fieldAnswers).map((field) => (field.length === 1 ? field[0].name : null));
    const more = [...inFields, ...shown].find((line) => line && listsMoreNamesAfter(line, names[0])) ?? namesListUnderHeadline(raw.linesAfterH1 ?? [], names[0]);
    if (more) return more;
    // The same byline element setting each author in an element of its own, one a line, which the
    // cleaning above reads as the first name alone (lib/bylines/name-lines.ts namesOneALine).
    const oneALine = [extractorByline, raw.bylines[0]].map((line) => (line ? namesOneALine(line) : null)).find((list) => list && listsMoreNamesAfter(list, names[0]));
    if (oneALine) return oneALine;
    // The byline the page shows names others before the field's one ("By Sarah Berg, Anna Berg" for
    // "Anna Berg"): the field or the extractor took one of the writers (name-lines.ts listsNameAfterOthers).
    // A part shaped as a name may be the site's ("Example News, Anna Berg"): the fields say which.
    const after = shown.find((line) => line && listsNameAfterOthers(line, names[0]) && !line.split(/,|&/).some((part) => namesTheSite(part.trim(), sites)));
    if (after) return after;
  }
  // A first name alone ("Anna"), where the byline the page shows writes it in full ("by Anna Berg"):
  // under the headline with its label, or in a byline element.
  if (names.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(names[0])) {
    const underHeadline = cleanAuthor(labelledBylineUnderHeadline(raw.linesAfterH1 ?? [], lang));
    const full = [underHeadline, ...bylines].find((n) => n && n.startsWith(`${names[0]} `) && countWords(n) <= 4 && nameShaped(n) && !isRole(n));
    if (full) return full;
  }
  return joinNames(names);
}

/** The fewest words a heading and the headline share for the heading to be the headline. */
const HEADLINE_LINE_WORDS = 3;
/** The share of the shorter one's words the longer one must have: most of them. */
const HEADLINE_LINE_SHARE = 2 / 3;

/**
 * Is a heading the headline's own line, worded a little differently or at more length ("7 Ways to
 * Help You Switch to a Low Waste Kitchen" for "7 Ways to Switch to a Low-Waste Kitchen")? Most
 * of the shorter one's words, three or more, are in the longer one.
 *
 * Stricter than shownOverPageTitle (lib/html/headline/html-headline.ts), which asks another question: whether
 * an <h1> and the page title tell the same story (three key words in common, or half the shorter's),
 * to choose between two headlines a page gives, where any wording of the story will do. This one
 * finds which heading on the page prints the headline, to read the date lines set around it; a
 * heading that only shares the story's subject (a section heading inside the story) would bring
 * another part of the page's lines.
 */
function isHeadlineLine(heading: string, headline: string): boolean {
  const [short, long] = heading.length <= headline.length ? [heading, headline] : [headline, heading];
  const words = wordsOf(short);
  const longer = new Set(wordsOf(long));
  return words.length >= HEADLINE_LINE_WORDS && words.filter((w) => longer.has(w)).length / words.length >= HEADLINE_LINE_SHARE;
}

/**
 * The page's date lines read from where it shows its headline: when no <h1> shows it, the first
 * heading before the <h1> that does (its kicker and the texts after it, lib/html/headline/html-headings.ts) comes
 * first, before what was read about an <h1> that names a section or the site.
 */
function withHeadlineHeading(raw: PageMetaRaw, headline: string | null): PageMetaRaw {
  if (!headline || !raw.headings || raw.h1.some((h) => isHeadlineLine(h, headline))) return raw;
  const heading = raw.headings.find((h) => isHeadlineLine(h.text, headline));
  return heading?.lines.length ? { ...raw, stampTexts: [...heading.lines, ...raw.stampTexts] } : raw;
}

/**
 * `articleStart`: the first line of the article's text as the extractor reads it, which tells an <h1>
 * printed inside the story's text from one above it (lib/html/headline/html-headline.ts).
 */
export function readPageMeta(raw: PageMetaRaw, extractorTitle: string | null, extractorByline: string | null = null, articleStart: string | null = null): PageMeta {
  const objects = jsonLdObjects(raw.jsonLd);
  const metaFirst = (keys: string[]) => {
    for (const k of keys) {
      const v = raw.meta.get(k)?.find((x) => x.trim());
      if (v) return { key: k, value: v.trim() };
    }
    return null;
  };
  const url = pageAddress([raw.canonical, metaFirst(['og:url'])?.value, raw.savedFrom]);
  const article = articleNode(objects, url);

  // Outlet: og:site_name, then the JSON-LD publisher; a bare host name ("sample.com") only when no
  // field gives a name (lib/page-text/headline/outlet-name.ts).
  const siteName = metaFirst(['og:site_name', 'application-name', 'twitter:site']);
  const publisher = article ? nameOf(article.publisher) : null;
  const siteNames = ['og:site_name', 'application-name'].flatMap((key) => (raw.meta.get(key) ?? []).map((v) => ({ name: v.trim(), evidence: `<meta ${key}>` })));
  // Entities a CMS left in a field ("Sample &amp;amp; Co" read as "Sample &amp; Co") decoded, as authors' and headlines' are;
  // a tagline beside the name the host spells ("Sample Fitness | Affordable Gyms Near You") is no part of it.
  const outlet = preferNamed([
    ...(siteName && !siteName.value.startsWith('@') ? [{ name: siteName.value, evidence: `<meta ${siteName.key}>` }] : []),
    ...(siteName && (isBareHost(siteName.value) || isWeakName(siteName.value)) ? siteNames.filter((c) => c.name && !c.name.startsWith('@')) : []),
    ...(publisher ? [{ name: publisher, evidence: 'JSON-LD publisher.name' }] : []),
  ].map((c) => ({ ...c, name: nameBesideTagline(decodeEntities(c.name), url) })), (c) => c.name) ?? null;

  const sites = [outlet?.name, siteName?.value, publisher, hostOf(url)].filter((x): x is string => !!x && !x.startsWith('@'));
  const { headline, evidence: headlineEvidence } = chooseHeadline({
    jsonLdHeadline: article ? str(article.headline) : null,
    ogTitle: metaFirst(['og:title'])?.value ?? null,
    twitterTitle: metaFirst(['twitter:title'])?.value ?? null,
    metaHeadline: metaFirst(['headline'])?.value ?? null,
    title: raw.title,
    h1: raw.h1,
    h1Lines: raw.h1Lines,
    extractorTitle,
    articleStart,
    headings: raw.headings?.map((h) => h.text),
    sites,
    markedHeadline: raw.markedHeadline ?? null,
  });
  const shown = withHeadlineHeading(raw, headline);

  // A page that declares no language has its dates read as English ones.
  const lang = primarySubtag(raw.lang) ?? 'en';
  // The page's text is read only when no field dates it (a line in another language costs chrono's parse).
  // A numeric date with two readings ("8/1/2025") is read in the order the page's other date lines
  // show or the same day written another way, else the one its address or its language and region settle (lib/dates/page-order.ts).
  const dateHints: PageHints = { address: url, langTags: [raw.lang, metaFirst(['og:locale'])?.value] };
  let order: NumericOrder | null | undefined;
  const numericOrder = () => (order === undefined ? (order = numericOrderOfPage([...raw.times.map((t) => t.text), ...shown.stampTexts].join('\n'), dateHints)) : order);
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
  const firstTime = (change: boolean) => raw.times.find((t) => CHANGE_WORD.test(t.text) === change && dateOf(t.datetime));
  const dateOfTime = (t: PageMetaRaw['times'][number]): PageDate => ({ date: dateOf(t.datetime)!, source: 'metadata', evidence: `<time datetime="${t.datetime}">${t.text}</time>` });
  const fromTime = (change: boolean): PageDate | null => {
    const t = firstTime(change);
    return t ? dateOfTime(t) : null;
  };
  let onPage: ReturnType<typeof datesOnThePage> | undefined;
  // A list of other stories' dates far under the headline is none of the article's (lib/html/metadata/listed-date-boxes.ts).
  const onThePage = () => (onPage ??= datesOnThePage(shown.stampTexts, lang, numericOrder(), listedDates(raw.farBoxTexts, lang, numericOrder())));
  // A <time> may be anywhere on the page (a related story's card, a comment's): when the date lines
  // by the headline name another day, theirs is the page's. A line that is the <time>'s own text
  // ("<time datetime=2024-12-20>August 28, 2024</time>") is no other witness: its datetime stands.
  const fromTimeAsShown = (): PageDate | null => {
    const t = firstTime(false);
    if (!t) return null;
    const time = dateOfTime(t);
    const { publication, update } = onThePage();
    const line = publication ?? update;
    // "Updated <time>January 16, 2026</time>": the page's only date line is its update, and the <time> is
    // that line's day. It is no publication field: the page is dated below as by its update line, which
    // the evidence then shows (and a date in its address comes first).
    if (line && !publication && line.date === time.date && t.text && line.evidence.includes(t.text)) return null;
    if (!line || line.date === time.date) return time;
    if (t.text && line.evidence.includes(t.text)) return time;
    // The <time> names another day than the page's only date line, its update ("Page updated: 12 November
    // 2025" over a list of stories in <time>s): neither is a publication; the page is dated below as by its update.
    return publication;
  };
  const publication =
    asThePageWritesIt(publicationField([fromJsonLd('datePublished'), fromMeta(PUBLISHED_META), fromMeta(otherPublishedNames())], onThePage, shown.stampTexts.some((t) => PUBLICATION_WORD.test(t))) ?? fromTimeAsShown(), shown, lang, numericOrder) ??
    dateInUrl(url) ??
    onThePage().publication;
  const published = publication ?? fromTime(true) ?? onThePage().update;
  const modified = fromJsonLd('dateModified') ?? fromMeta(MODIFIED_META) ?? fromTime(true);

  const authorSource = { onlyProfileLinks: false, counted: 0, noPerson: false };
  const author = chooseAuthor(objects, article, raw, sites, extractorByline, authorSource);
  const authorFromProfileLink = author !== null && authorSource.onlyProfileLinks;
  return {
    headline,
    headlineEvidence,
    outlet,
    author,
    ...(authorFromProfileLink ? { authorFromProfileLink } : {}),
    ...(author !== null && authorSource.noPerson ? { authorNamesNoPerson: true } : {}),
    ...(author !== null && authorSource.counted ? { authorsCounted: authorSource.counted } : {}),
    published,
    ...(published && !publication ? { publishedIsUpdate: true } : {}),
    ...(published && !publication && onThePage().commentDay ? { earliestCommentDay: onThePage().commentDay } : {}),
    modified: modified && modified.date !== published?.date ? modified : null,
    lang: primarySubtag(raw.lang),
    ...(raw.lang?.trim() ? { langTag: raw.lang.trim() } : {}),
    dateHints,
    ...(article && str(article.articleBody) ? { articleBody: str(article.articleBody)! } : {}),
  };
}
