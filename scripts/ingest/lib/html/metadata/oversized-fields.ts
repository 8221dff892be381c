/**
 * A page's headline and name fields past any headline's or name's length. A headline is at most 300
 * characters (lib/html/headline/html-headline.ts keeps no longer candidate), yet a <title> of 50,000 "|" was
 * cut at each "|", and each cut compared the rest of the title with the site's name: 13 s of CPU for
 * one page. A field many times that long is no headline and is not read as one; the report says
 * which: the <title>, og:title and twitter:title, each <h1> (one of 1 MB, compared with every other
 * field, took ten seconds) and a JSON-LD `headline`. So with the fields that name the site or the
 * author (og:site_name, application-name, the author metas, a JSON-LD `name`): an og:site_name of
 * 1 MB was published whole as the article's outlet.
 */
import type { Report } from '../../../report.ts';
import type { PageMetaRaw } from '../prune/html-prune.ts';
import { AUTHOR_META } from './html-meta.ts';

/** Characters past which a headline or name field is none (300 is the longest headline kept, 120 the longest name). */
export const MAX_HEADLINE_FIELD_CHARS = 2_000;

/** The meta fields read, and what each would be. */
const META_FIELDS: [string, 'headline' | 'name'][] = [
  ['og:title', 'headline'],
  ['twitter:title', 'headline'],
  ...(['og:site_name', 'application-name', 'twitter:site', ...AUTHOR_META].map((key) => [key, 'name']) as [string, 'name'][]),
];

/** `raw` without the headline and name fields longer than MAX_HEADLINE_FIELD_CHARS, each one reported. */
export function withoutOversizedFields(raw: PageMetaRaw, report: Report): PageMetaRaw {
  const tooLong = (value: string) => value.trim().length > MAX_HEADLINE_FIELD_CHARS;
  const note = (field: string, length: number, what: 'headline' | 'name' = 'headline') =>
    report.add('html', 'oversized-field', 'removed', undefined, `${field} of ${length} characters is no ${what} (over ${MAX_HEADLINE_FIELD_CHARS})`);
  let { title, meta, h1, h1Lines, jsonLd } = raw;
  if (title !== null && tooLong(title)) {
    note('<title>', title.length);
    title = null;
  }
  for (const [key, what] of META_FIELDS) {
    const values = meta.get(key);
    if (!values?.some(tooLong)) continue;
    for (const v of values.filter(tooLong)) note(`<meta ${key}>`, v.length, what);
    if (meta === raw.meta) meta = new Map(meta);
    meta.set(key, values.filter((v) => !tooLong(v)));
  }
  if (h1.some(tooLong)) {
    for (const text of h1.filter(tooLong)) note('<h1>', text.length);
    // h1Lines holds the lines of each <h1> of h1, in the same order: the two lose the same entries.
    h1Lines = h1Lines?.filter((_, i) => !tooLong(h1[i]));
    h1 = h1.filter((text) => !tooLong(text));
  }
  if (jsonLd.some((block) => block.length > MAX_HEADLINE_FIELD_CHARS)) {
    jsonLd = jsonLd.map((block) => (block.length > MAX_HEADLINE_FIELD_CHARS ? withoutLongJsonStrings(block, (key, length) => note(`JSON-LD ${key}`, length, key === 'name' ? 'name' : 'headline')) : block));
  }
  const same = title === raw.title && meta === raw.meta && h1 === raw.h1 && jsonLd.every((block, i) => block === raw.jsonLd[i]);
  return same ? raw : { ...raw, title, meta, h1, h1Lines, jsonLd };
}

/** The JSON-LD keys whose string is a headline or a name (an author's, the publisher's). */
const JSON_KEY = /"(headline|name)"\s*:\s*"/g;

/**
 * A JSON-LD block with each "headline" or "name" string longer than MAX_HEADLINE_FIELD_CHARS written
 * as "" (still valid JSON: the block's other fields, its date and other authors, are read as before).
 * The string is walked character by character to its closing quote, its escapes skipped: a pattern
 * over a string of a megabyte risks the regular-expression engine's stack.
 */
function withoutLongJsonStrings(block: string, noteLength: (key: string, length: number) => void): string {
  let out = '';
  let from = 0;
  for (const match of block.matchAll(JSON_KEY)) {
    const start = match.index + match[0].length;
    if (start < from) continue;
    let end = start;
    while (end < block.length && block[end] !== '"') end += block[end] === '\\' ? 2 : 1;
    if (end - start <= MAX_HEADLINE_FIELD_CHARS || end >= block.length) continue;
    let text: string;
    try {
      text = JSON.parse(block.slice(start - 1, end + 1)) as string;
    } catch {
      continue; // not a JSON string: the block is broken, and is skipped whole when read
    }
    if (text.trim().length <= MAX_HEADLINE_FIELD_CHARS) continue;
    noteLength(match[1], text.length);
    out += block.slice(from, start);
    from = end;
  }
  return from ? out + block.slice(from) : block;
}
