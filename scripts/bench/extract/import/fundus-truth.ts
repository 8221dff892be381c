/**
 * The pure parts of import-fundus-cases.ts: the fundus set's parser truth turned into a case's
 * body, day and author, and each parser version matched to the saved page it was written from
 * (the set does not say which page goes with which version). Data only; none of that project's
 * code is used.
 */
import { DomUtils, parseDocument } from 'htmlparser2';

/** One parser version's truth, as <Publisher>.json stores it (only the fields the bench reads). */
export interface FundusVersion {
  title?: string | null;
  authors?: string[] | null;
  publishing_date?: string | null;
  body?: { summary?: string[] | null; sections?: { headline?: string[] | null; paragraphs?: string[] | null }[] | null } | null;
}

/**
 * The article body as the set's parser gives it: the summary's paragraphs, then each section's
 * headline lines and paragraphs, every block apart by a blank line (the layout of the other sets).
 */
export function assembleBody(body: FundusVersion['body']): string {
  const blocks = [...(body?.summary ?? []), ...(body?.sections ?? []).flatMap((s) => [...(s.headline ?? []), ...(s.paragraphs ?? [])])];
  return blocks
    .map((b) => b.trim())
    .filter((b) => b.length > 0)
    .join('\n\n');
}

/**
 * The day of the publishing date as the set writes it ("2024-04-17 10:24:31+00:00" → 2024-04-17).
 * Many of its times are in UTC (or in another zone than the page shows): a page dated in its own
 * zone near midnight may say the next or previous day, so a miss there may be the set's. Not
 * converted: the truth stays as written.
 */
export function publishedDay(date: string | null | undefined): string | null {
  return /^\d{4}-\d{2}-\d{2}/.exec(date ?? '')?.[0] ?? null;
}

/** The authors as one field, "A, B", or null when the set names none. */
export function authorField(authors: FundusVersion['authors']): string | null {
  const names = (authors ?? []).map((a) => a.trim()).filter((a) => a.length > 0);
  return names.length > 0 ? names.join(', ') : null;
}

/** The day in a saved page's file name (<Publisher>_YYYY_MM_DD.html.gz), the day it was crawled; null without one. */
export function fileDay(fileName: string): string | null {
  const m = /_(\d{4})_(\d{2})_(\d{2})\.html\.gz$/.exec(fileName);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/**
 * Text compared case, width and spacing aside; the typographic quotes and apostrophes a title is
 * written with in one place and not the other count as plain ones.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»„“]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What of a saved page a title is looked for in, entities decoded: its text (a title split by an
 * <em> whole again) and its attribute values (a title given only in a meta tag).
 */
export function pageHaystacks(html: string): string[] {
  const doc = parseDocument(html);
  const attributes = DomUtils.findAll(() => true, doc.children).flatMap((el) => Object.values(el.attribs));
  return [normalise(DomUtils.textContent(doc)), normalise(attributes.join('\n'))];
}

export interface PageFile {
  name: string;
  /** pageHaystacks of the page. */
  haystacks: string[];
}

export interface VersionMatch {
  version: string;
  /** The file matched, or null when none could be told apart. */
  file: string | null;
  how: 'title' | 'title+day' | 'day' | 'none' | 'taken';
}

/**
 * Which saved page each version describes. A page whose text holds the version's title is it; when
 * several do (a later page links the earlier story), the one crawled on the publishing day; when
 * none does (the title rewritten by the parser), the one crawled on the publishing day if no other
 * version's title is on it. Each page goes to one version only (the first that claims it); the
 * versions left unmatched are reported, not guessed.
 */
export function matchVersions(versions: [string, FundusVersion][], files: PageFile[]): VersionMatch[] {
  const taken = new Set<string>();
  const byTitle = new Map<string, PageFile[]>();
  for (const [name, v] of versions) {
    const title = v.title ? normalise(v.title) : '';
    byTitle.set(name, title ? files.filter((f) => f.haystacks.some((h) => h.includes(title))) : []);
  }
  const claimedByTitle = new Set([...byTitle.values()].flatMap((fs) => fs.map((f) => f.name)));
  const out: VersionMatch[] = [];
  // Title matches first, so that a version matched only by its day cannot take a page another version's title names.
  const pending: [string, FundusVersion][] = [];
  const results = new Map<string, VersionMatch>();
  for (const [name, v] of versions) {
    const day = publishedDay(v.publishing_date);
    const hits = byTitle.get(name)!;
    let match: VersionMatch | null = null;
    if (hits.length === 1) match = { version: name, file: hits[0].name, how: 'title' };
    else if (hits.length > 1) {
      const onDay = hits.filter((f) => fileDay(f.name) === day);
      match = onDay.length === 1 ? { version: name, file: onDay[0].name, how: 'title+day' } : { version: name, file: null, how: 'none' };
    }
    if (match === null) {
      pending.push([name, v]);
      continue;
    }
    if (match.file && taken.has(match.file)) match = { version: name, file: null, how: 'taken' };
    if (match.file) taken.add(match.file);
    results.set(name, match);
  }
  for (const [name, v] of pending) {
    const day = publishedDay(v.publishing_date);
    const onDay = files.filter((f) => day !== null && fileDay(f.name) === day && !claimedByTitle.has(f.name) && !taken.has(f.name));
    const match: VersionMatch = onDay.length === 1 ? { version: name, file: onDay[0].name, how: 'day' } : { version: name, file: null, how: 'none' };
    if (match.file) taken.add(match.file);
    results.set(name, match);
  }
  for (const [name] of versions) out.push(results.get(name)!);
  return out;
}
