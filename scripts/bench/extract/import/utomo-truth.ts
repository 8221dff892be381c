/**
 * The pure parts of import-utomo-cases.ts: the gold standard of Utomo & Leu's web-content-extraction
 * data (MSVCode/ir-research-data, `Extraction/<dataset>/gold/<name>.txt` beside `html/<name>.htm[l]`)
 * read into a case. A gold file is the article as people copied it out of the page: its first line
 * the headline, then the text, one paragraph (or a few) a line. It gives no date, author or address.
 * Data only; none of that project's code is used.
 */
import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { splitOf, type CaseTruth } from '../cases.ts';
import { guessLang } from './guess-lang.ts';

/**
 * A first line longer than this is the article's first paragraph, not a headline (3 of the 720 gold
 * files open on one: 27, 45 and 77 words; the longest first line under it has 23).
 */
export const HEADLINE_MAX_WORDS = 25;

/**
 * A gold file's text. Most were saved in Windows-1252 (typographic quotes as bytes 0x91–0x94, a
 * few NEL 0x85 = "…"), a few in UTF-8: valid UTF-8 is read as such, anything else as Windows-1252.
 * Line ends are made `\n`.
 */
export function decodeGold(bytes: Uint8Array): string {
  const text = isUtf8(bytes) ? new TextDecoder('utf-8').decode(bytes) : new TextDecoder('windows-1252').decode(bytes);
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Headline and body of a gold text: the first non-blank line is the headline unless it is longer
 * than HEADLINE_MAX_WORDS (then no headline: the whole text is the body); the body is the other
 * non-blank lines, trimmed, as paragraphs separated by a blank line. Null when the text is blank.
 */
export function parseGold(text: string): { headline: string | null; body: string } | null {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 0) return null;
  const first = lines[0];
  const isHeadline = first.split(/\s+/).length <= HEADLINE_MAX_WORDS;
  return { headline: isHeadline ? first : null, body: (isHeadline ? lines.slice(1) : lines).join('\n\n') };
}

/** The words of a text, lower-cased, entities of the page read as their letters. */
function words(text: string): string[] {
  const decoded = text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|quot|apos|lt|gt|nbsp|rsquo|lsquo|rdquo|ldquo|mdash|ndash));/gi, (_, dec, hex, name) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', mdash: '—', ndash: '–' } as Record<string, string>)[name.toLowerCase()];
  });
  return decoded.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function shingles(tokens: string[], k = 4): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + k <= tokens.length; i++) out.add(tokens.slice(i, i + k).join(' '));
  return out;
}

/** The page's text as its markup holds it: scripts, styles and tags out. */
export function pageText(html: string): string {
  return html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ');
}

/**
 * The share of the gold body's 4-word shingles the page's text holds. A gold file saved beside the
 * wrong page (6 of the 720: another story of the same topic) holds almost none (at most .002);
 * every other holds .58 or more.
 */
export function goldOnPage(body: string, html: string): number {
  const gold = shingles(words(body));
  if (gold.size === 0) return 0;
  const page = shingles(words(pageText(html)));
  let found = 0;
  for (const s of gold) if (page.has(s)) found++;
  return found / gold.size;
}

/** Under this share of its body on the page, a gold file is not that page's and the pair is left out. */
export const MIN_GOLD_ON_PAGE = 0.5;

/** The page's own address, where it states one: the canonical link, else og:url. */
export function pageAddress(html: string): string | null {
  const head = html.slice(0, 200_000);
  for (const tag of head.match(/<(?:link|meta)\b[^>]*>/gi) ?? []) {
    const isCanonical = /\brel\s*=\s*["']?canonical\b/i.test(tag);
    const isOgUrl = /\bproperty\s*=\s*["']og:url["']/i.test(tag);
    if (!isCanonical && !isOgUrl) continue;
    const value = /\b(?:href|content)\s*=\s*"([^"]*)"|\b(?:href|content)\s*=\s*'([^']*)'/i.exec(tag);
    const url = (value?.[1] ?? value?.[2] ?? '').trim();
    if (/^https?:\/\//i.test(url)) return url;
  }
  return null;
}

/** The data set a gold file belongs to, as this set's `source`: `chaos` (chaos-all) or `big9` (big5-05 … big5-17). */
export function sourceOfDataset(dataset: string): 'chaos' | 'big9' | null {
  if (dataset === 'chaos-all') return 'chaos';
  if (/^big5-\d\d$/.test(dataset)) return 'big9';
  return null;
}

export const PREFIX = { chaos: 'ch-', big9: 'b9-' } as const;

/**
 * The case of one page and its gold text; null when the gold is blank or is not that page's. The id
 * is the source's prefix and 12 hex of the page's SHA-256 (the page is named by its bytes, never by
 * its site or file name); the split is the same hash of the id as every other set's.
 */
export function utomoCaseOf(source: 'chaos' | 'big9', html: Uint8Array, goldBytes: Uint8Array): CaseTruth | null {
  const gold = parseGold(decodeGold(goldBytes));
  if (!gold) return null;
  const page = new TextDecoder('utf-8').decode(html);
  if (goldOnPage(gold.body, page) < MIN_GOLD_ON_PAGE) return null;
  const id = `${PREFIX[source]}${createHash('sha256').update(html).digest('hex').slice(0, 12)}`;
  return {
    id,
    source,
    url: pageAddress(page),
    lang: guessLang(gold.body),
    split: splitOf(id),
    headline: gold.headline,
    headlineSource: gold.headline === null ? null : 'annotated',
    body: gold.body,
  };
}
