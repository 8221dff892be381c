/** The page's fields the site shows (headline, author, site name) made safe to show: bidi controls balanced, C1 controls read as Windows-1252 (stages/html.ts). */
import type { Report } from '../../../report.ts';
import type { PageMeta } from './html-meta.ts';
import { dropUnmatchedBidiControls } from '../../safety/bidi-controls.ts';
import { withC1AsWindows1252 } from '../../safety/c1-as-windows-1252.ts';

/**
 * The page's own fields the site shows beside the article's title and date (its headline, author and
 * outlet), balanced like its text (lib/safety/bidi-controls.ts): a control a field leaves open would
 * turn those around.
 */
export function balanceFields(page: PageMeta, report: Report): void {
  mapShownFields(page, (_field, text) => dropUnmatchedBidiControls(text, report));
}

/** Each field of the page the site shows (headline, author, site name) that it gives, rewritten by `map`. */
function mapShownFields(page: PageMeta, map: (field: string, text: string) => string): void {
  if (page.headline) page.headline = map('headline', page.headline);
  if (page.author) page.author = map('author field', page.author);
  if (page.outlet) page.outlet = { ...page.outlet, name: map('site name', page.outlet.name) };
}

/**
 * The page's fields the site shows (headline, author, outlet) with their C1 control characters read
 * as the Windows-1252 characters of their bytes ("We\u0092re" as "We’re": lib/safety/c1-as-windows-1252.ts),
 * as the page's text is (lib/safety/stray-controls.ts); each field changed is reported with its new text.
 * Read after the fields were chosen: the page's fields and its <h1> are compared as the page wrote them.
 */
export function readC1InFields(page: PageMeta, report: Report): void {
  mapShownFields(page, (field, text) => {
    const c1 = withC1AsWindows1252(text);
    if (c1.count) report.add('html', 'c1-as-windows-1252', 'changed', c1.text, `${c1.count} C1 control character(s) in the page's ${field} read as the Windows-1252 characters of their bytes (U+0092 as ’, U+0096 as –)`);
    return c1.text;
  });
}
