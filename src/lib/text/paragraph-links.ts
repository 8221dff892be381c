/**
 * Adds a visible "¶" permalink at the end of every `<p id="p-N">` of a rendered article body, at build
 * time (no client script); and of a saved page's sub-heading (`<h2 id="p-N">`, `<h3>`), list item
 * (`<li id="p-N">`, a numbered one's `value` after its id; an item of several lines has a `<p id>` for
 * each), a definition list's term and description (`<dt id>`, `<dd id>`), table row (`<tr id="p-N">`, in its last
 * cell) and preformatted text (`<pre id="p-N">`), lines a claim links to as it does to a paragraph
 * (scripts/ingest/stages/emit.ts).
 * A space that ties a French colon or guillemet to its word becomes a no-break space (marks-with-words.ts).
 * The link is ignored by the search index so it never enters quoted text.
 * `dir`: the paragraph takes the direction of its own text (a right-to-left sentence reads as one),
 * without changing the order of the site's text around it: `rtl` when most of its letters are
 * right-to-left (also when it opens with a Latin word), else `auto` (text-direction.ts).
 * `foreign`: the body is in another language than the site's (its `lang` is on the body's box), so the
 * link's English label says `lang="en"` and is not read out in the article's language.
 */
import { textDir } from './text-direction';
import { keepMarksWithWordsInHtml } from './marks-with-words';

export function addParagraphLinks(html: string, foreign = false): string {
  const lang = foreign ? ' lang="en"' : '';
  return html.replace(/<(p|h[23]|li|dt|dd|tr|pre) id="(p-(\d+))"([^>]*)>([\s\S]*?)<\/\1>/g, (_m, tag: string, id: string, n: string, more: string, inner: string) => {
    const link = `<a class="pl" href="#${id}"${lang} aria-label="Link to paragraph ${n}" data-pagefind-ignore>¶</a>`;
    const text = tag === 'pre' ? inner : keepMarksWithWordsInHtml(inner);
    const shown = tag === 'tr' ? inLastCell(text, link) : tag === 'pre' ? htmlLineBreaks(inner) + link : text + link;
    return `<${tag} id="${id}"${more} dir="${textDir(inner.replace(/<[^>]*>/g, ''))}">${shown}</${tag}>`;
  });
}

/** A table row's link goes in its last cell: a row holds cells only. */
function inLastCell(row: string, link: string): string {
  const end = Math.max(row.lastIndexOf('</td>'), row.lastIndexOf('</th>'));
  return end === -1 ? row : row.slice(0, end) + link + row.slice(end);
}

/** A preformatted block's line breaks, which the MDX renderer writes as JSX does (`<br/>`), as HTML writes them. */
function htmlLineBreaks(pre: string): string {
  return pre.replace(/<br\s*\/>/g, '<br>');
}
