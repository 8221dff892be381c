/**
 * A page's headline fields past any headline's length. A headline is at most 300 characters
 * (lib/html/html-headline.ts keeps no longer candidate), yet a <title> of 50,000 "|" was cut at each
 * "|", and each cut compared the rest of the title with the site's name: 13 s of CPU for one page.
 * A field many times that long is no headline and is not read as one; the report says which.
 */
import type { Report } from '../../report.ts';
import type { PageMetaRaw } from './html-prune.ts';

/** Characters past which a <title>, og:title or twitter:title is no headline (300 is the longest kept). */
export const MAX_HEADLINE_FIELD_CHARS = 2_000;

const META_HEADLINES = ['og:title', 'twitter:title'];

/** `raw` without the headline fields longer than MAX_HEADLINE_FIELD_CHARS, each one reported. */
export function withoutOversizedHeadlineFields(raw: PageMetaRaw, report: Report): PageMetaRaw {
  const tooLong = (value: string) => value.trim().length > MAX_HEADLINE_FIELD_CHARS;
  const note = (field: string, value: string) =>
    report.add('html', 'oversized-field', 'removed', undefined, `${field} of ${value.length} characters is no headline (over ${MAX_HEADLINE_FIELD_CHARS})`);
  let { title, meta } = raw;
  if (title !== null && tooLong(title)) {
    note('<title>', title);
    title = null;
  }
  for (const key of META_HEADLINES) {
    const values = meta.get(key);
    if (!values?.some(tooLong)) continue;
    for (const v of values.filter(tooLong)) note(`<meta ${key}>`, v);
    if (meta === raw.meta) meta = new Map(meta);
    meta.set(key, values.filter((v) => !tooLong(v)));
  }
  return title === raw.title && meta === raw.meta ? raw : { ...raw, title, meta };
}
