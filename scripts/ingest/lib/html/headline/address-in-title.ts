/**
 * A site's name written as its address at an edge of the `<title>`: "Example.com: Headline",
 * "ExampleNews.com - Headline - Section", "Headline | example.org". Older pages (and many small sites)
 * give no og:site_name or publisher, and the page's address may be unknown (a saved file): the
 * address the <title> spells is then the only name the page gives its site, and it is cut as a name
 * the page gives is (lib/html/headline/html-headline.ts).
 *
 * Only addresses under a generic top-level domain or a country's second-level one ("example.co.uk"),
 * the top-level domain in small letters: a bare country code reads as a file or a framework's name
 * too ("Vue.js", "main.rs"), and "ASP.NET" is a product's.
 */
import { insideBrackets } from './bracketed-spans.ts';

/** A web address ("www." or not): labels of letters, digits and hyphens, each ended by a dot, then the domain. */
const ADDRESS = /^(?:[\p{L}\p{N}-]+\.)+(?:com|net|org|info|biz|news|(?:co|com|net|org|ac|gov)\.[a-z]{2})$/u;

/** A mark that sets the parts of a <title> apart, spaced ("Site - Headline") or a colon after the first part ("Site: Headline"). */
const EDGE_SEPARATOR = /(?<!\s)\s+[|\-–—·•»›]\s+|:\s+/gu;

/** The addresses the `<title>` opens or ends with, set off from the rest by a separator (none when it has none). */
export function addressesAtTitleEdges(title: string | null): string[] {
  if (!title) return [];
  const t = title.trim();
  const bracketed = insideBrackets(t);
  const cuts = [...t.matchAll(EDGE_SEPARATOR)].filter((m) => m.index > 0 && m.index + m[0].length < t.length && !bracketed(m.index));
  if (!cuts.length) return [];
  const first = t.slice(0, cuts[0].index);
  const lastCut = cuts[cuts.length - 1];
  // A colon ends the first part only: "Headline: example.com" is a headline about the address.
  const last = lastCut[0].trim() === ':' ? '' : t.slice(lastCut.index + lastCut[0].length);
  return [first, last].filter((part) => ADDRESS.test(part));
}
