/**
 * The pure parts of import-aed-cases.ts: the entries of AndyTheFactory/article-extraction-dataset's
 * `news_articles.json` (one per saved page, `html/<html_file>.html`) read into cases. Each entry is an
 * article its author cleaned by hand of every boilerplate line (`text`), with the page's `title`, its
 * publication `date` (YYYY-MM-DD, empty where none), its `authors` (names joined by commas, empty where
 * none) and its address (`link`). Data only; none of that project's code is used.
 */
import { createHash } from 'node:crypto';
import { splitOf, type CaseTruth } from '../cases.ts';
import { guessLang } from './guess-lang.ts';
import { isCalendarDay } from './htmldate-truth.ts';

/** One entry as the set writes it; only the fields a case needs. */
export interface AedEntry {
  title: string;
  authors: string;
  date: string;
  text: string;
  html_file: string;
  link: string;
}

/**
 * The entries of the JSON that name a page and hold an article. A null title, date or authors is the
 * set saying there is none (two undated pages write their date so), read as an empty one; an entry of
 * another shape (a field missing or of another type, an empty text or file name) is left out, not mended.
 */
export function parseAedEntries(json: unknown): AedEntry[] {
  if (!Array.isArray(json)) return [];
  const out: AedEntry[] = [];
  const text = (value: unknown, nullable: boolean) => (typeof value === 'string' ? value : nullable && value === null ? '' : undefined);
  for (const entry of json) {
    if (!entry || typeof entry !== 'object') continue;
    const e = entry as Record<string, unknown>;
    const read = {
      title: text(e.title, true),
      authors: text(e.authors, true),
      date: text(e.date, true),
      text: text(e.text, false),
      html_file: text(e.html_file, false),
      link: text(e.link, false),
    };
    if (Object.values(read).some((v) => v === undefined)) continue;
    if (!read.text!.trim() || !read.html_file!.trim()) continue;
    out.push(read as AedEntry);
  }
  return out;
}

/** Where an entry's page is, relative to the checkout: `html_file` is written without its `.html`. */
export function aedPagePath(entry: AedEntry): string {
  return `html/${entry.html_file}.html`;
}

/**
 * The case of an entry and its page's bytes. The id is `aed-` and 12 hex of the page's SHA-256 (the
 * page is named by its bytes, never by its site); the split the same hash of the id as every other set's.
 * An empty title, date or author is the set saying there is none: null. A date that is no calendar day
 * YYYY-MM-DD is left unscored (absent), not mended.
 */
export function aedCaseOf(entry: AedEntry, html: Uint8Array): CaseTruth {
  const id = `aed-${createHash('sha256').update(html).digest('hex').slice(0, 12)}`;
  const headline = entry.title.trim() || null;
  const day = entry.date.trim();
  const author = entry.authors.trim() || null;
  const c: CaseTruth = {
    id,
    source: 'aed',
    url: entry.link.trim() || null,
    lang: guessLang(entry.text),
    split: splitOf(id),
    headline,
    headlineSource: headline === null ? null : 'annotated',
    body: entry.text.replace(/\r\n?/g, '\n').trim(),
    author,
  };
  if (day === '') c.published = null;
  else if (isCalendarDay(day)) c.published = day;
  return c;
}
