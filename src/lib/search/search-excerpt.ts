/**
 * The excerpt under a search result, as text and hits, never as HTML.
 *
 * Pagefind's own `excerpt` is HTML made by escaping `<` and `>` of the page text, but not `&`: the
 * text `&lt;script&gt;` and the text `<script>` come out the same, and decoding entities turned an
 * article's literal `&lt;script&gt;` into `<script>`. So the excerpt is rebuilt here, with Pagefind's
 * own choice of words (the same window and hits), from the words of the unescaped page text.
 */

/** The fields of a Pagefind result (`await result.data()`) the excerpt is made from. */
export interface ExcerptSource {
  /** The page text with `<` and `>` escaped (and zero-width spaces between the words of CJK text). */
  raw_content: string;
  /** The page text as it is, without those zero-width spaces. */
  content: string;
  locations: number[];
  weighted_locations: { location: number; balanced_score: number }[];
}

export interface ExcerptPart {
  text: string;
  hit: boolean;
}

const wordSeparators = /[^\S\uFEFF]+/g; // Pagefind's
const zeroWidthSpace = '\u200B';

/** `raw` unescaped by reading `content` alongside it: an `&lt;` is a `<` only where the text has one. */
export function unescapeAgainst(raw: string, content: string): string {
  let out = '';
  let j = 0;
  for (let i = 0; i < raw.length; ) {
    if (raw[i] === zeroWidthSpace && content[j] !== zeroWidthSpace) {
      out += raw[i++];
      continue;
    }
    const entity = raw.startsWith('&lt;', i) ? '<' : raw.startsWith('&gt;', i) ? '>' : null;
    if (entity && content[j] === entity) {
      out += entity;
      i += 4;
    } else {
      out += raw[i++];
    }
    j++;
  }
  return out;
}

/** Pagefind's window: the midpoint of the densest run of `length` words by hit score. */
function excerptStart(hits: ExcerptSource['weighted_locations'], length: number): number {
  if (hits.length === 0) return 0;
  const words: number[] = [];
  for (const hit of hits) words[hit.location] = (words[hit.location] ?? 0) + hit.balanced_score;
  if (words.length <= length) return 0;
  let densest = words.slice(0, length).reduce((sum, score) => sum + score, 0);
  let sum = densest;
  let densestAt = [0];
  for (let i = 0; i < words.length; i++) {
    sum += (words[i + length] ?? 0) - (words[i] ?? 0);
    if (sum > densest) {
      densest = sum;
      densestAt = [i];
    } else if (sum === densest && densestAt[densestAt.length - 1] === i - 1) densestAt.push(i);
  }
  return densestAt[Math.floor(densestAt.length / 2)];
}

/** About `length` words around the hits, as Pagefind chooses them, with an ellipsis where text is left out. */
export function excerptParts(source: ExcerptSource, length: number, ellipsis = '…'): ExcerptPart[] {
  const text = unescapeAgainst(source.raw_content, source.content);
  const cjk = text.includes(zeroWidthSpace);
  const words = cjk ? text.split(zeroWidthSpace) : text.split(wordSeparators);
  const joiner = cjk ? '' : ' ';
  const count = Math.min(length, words.length);
  const start = Math.max(0, Math.min(excerptStart(source.weighted_locations, length), words.length - count));
  const hits = new Set(source.locations);
  const parts: ExcerptPart[] = [];
  const add = (part: string, hit: boolean) => {
    const last = parts[parts.length - 1];
    if (last && !last.hit && !hit) last.text += part;
    else parts.push({ text: part, hit });
  };
  if (start > 0) add(ellipsis + joiner, false);
  for (let i = start; i < start + count; i++) {
    if (i > start) add(joiner, false);
    add(words[i], hits.has(i));
  }
  if (start + count < words.length) add(joiner + ellipsis, false);
  if (parts.length && !parts[0].hit) parts[0].text = parts[0].text.trimStart();
  const last = parts[parts.length - 1];
  if (last && !last.hit) last.text = last.text.trimEnd();
  return parts.filter((p) => p.text !== '');
}
