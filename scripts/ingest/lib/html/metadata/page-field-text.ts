/**
 * The text of a page's fields as they are compared: headline and name fields (lib/html/headline/html-headline.ts) and
 * author fields (lib/html/metadata/html-meta.ts) alike.
 */
import { Parser } from 'htmlparser2';

/**
 * Headline text compared across a page's fields: case, quote and dash styles and spacing aside (the
 * dashes the public benchmarks' scorer reads as one: hyphen, non-breaking hyphen, figure dash, en and
 * em dash, horizontal bar).
 */
export const norm = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** The words of a text that carry its meaning (letters or digits, two or more; any script). */
export const wordsOf = (s: string) => norm(s).match(/[\p{L}\p{N}]{2,}/gu) ?? [];

/** The words of a headline that carry its subject: four letters or more, or a number ("2025", "15"). */
const keyWords = (s: string) => wordsOf(s).filter((w) => w.length >= 4 || /\d/.test(w));

/**
 * How many of a heading's key words a title holds, and the fewer key words of the two: what tells
 * whether they tell one story (lib/html/headline/html-headline.ts, lib/html/article/html-article-lead.ts).
 */
export function sharedKeyWords(heading: string, title: string): { shared: number; fewest: number } {
  const own = keyWords(heading);
  const theirs = new Set(keyWords(title));
  return { shared: own.filter((w) => theirs.has(w)).length, fewest: Math.min(own.length, theirs.size) };
}

/** Entities a CMS left in a value (JSON-LD strings, doubly encoded meta contents) read as the characters they stand for. */
export function decodeEntities(text: string): string {
  if (!/&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i.test(text)) return text;
  let out = '';
  // A "<" is text here, never markup: it is escaped before the parser sees it.
  const parser = new Parser({ ontext: (t) => void (out += t) }, { decodeEntities: true });
  parser.write(text.replace(/</g, '&lt;'));
  parser.end();
  return out;
}

/**
 * A site's name or address as namesTheSite and withSiteAddress compare them: its letters and digits,
 * case and marks aside. `withoutThe`: a name written in words may drop its leading "The" ("The Harbour
 * Clinic", "Harbour Clinic"); an address glues it on ("theharbourclinic.org"), and is compared with it.
 */
function siteKey(s: string, withoutThe: boolean): string {
  const n = norm(s);
  return (withoutThe ? n.replace(/^the\s+/, '') : n).replace(/[^\p{L}\p{N}]/gu, '');
}

/** A name only the site goes by: its own name, its publisher's, its address's ("harbourclinic"). */
export function namesTheSite(name: string, sites: string[]): boolean {
  const key = (s: string) => siteKey(s, true);
  const k = key(name);
  return sites.some((site) => key(site) === k || key(addressName(site)) === k);
}

/**
 * "Deutsche Welle (www.dw.com)": a name with the site's own address in brackets after it, as a site's
 * software writes the site into its author field. The address names the site as namesTheSite reads one
 * ("dw" of "www.dw.com" and of "DW.COM"); a person's byline never holds one.
 */
const ADDRESS_IN_BRACKETS = /\((?:https?:\/\/)?([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)\/?\)\s*$/u;
export function withSiteAddress(name: string, sites: string[]): boolean {
  // Only a name that closes with a bracket is asked.
  if (!name.endsWith(')')) return false;
  const address = ADDRESS_IN_BRACKETS.exec(name)?.[1];
  if (!address) return false;
  // The address's name with its "the", as the address writes it ("theharbourclinic"): the site's name keeps its own.
  const key = (s: string) => siteKey(s, false);
  const own = key(addressName(address));
  return own !== '' && sites.some((site) => key(addressName(site)) === own || key(site) === own);
}

/**
 * The name an address gives its site: the label before its top-level domain ("harbourclinic" of
 * "my.harbourclinic.org"), or before a country's second-level one ("polarnotes" of
 * "www.polarnotes.co.uk", "polarnotes.com.br"), where "co" or "com" names no site.
 */
function addressName(site: string): string {
  const labels = site.replace(/\.[a-z]{2,}$/i, '').split('.');
  if (labels.length > 1 && /\.[a-z]{2}$/i.test(site) && SECOND_LEVEL.test(labels[labels.length - 1])) labels.pop();
  return labels.pop() ?? '';
}

/** The second-level domains countries sell names under ("co.uk", "com.br", "ne.jp", "gov.br"). */
const SECOND_LEVEL = /^(?:co|com|net|org|ac|edu|gov|go|ne|or|gob|nic|mil)$/i;
