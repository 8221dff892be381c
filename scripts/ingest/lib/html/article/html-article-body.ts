/**
 * A paywalled page shows only the article's opening (a teaser, then a prompt to subscribe), while
 * its JSON-LD `articleBody` holds the whole article for search engines. When the text the page shows
 * is a short part of that field (the field at least FIELD_GAIN times as long, every paragraph of
 * prose the page shows found in it), the field's paragraphs are the article (stages/html.ts, reported).
 * Only then: a field only somewhat longer than the page's text more often adds what the page leaves
 * out on purpose (captions, boxes, an older version of the text) than what a paywall hides. Measured on
 * every page of the three sets with the field: one page (a teaser of 480 characters, the field 11
 * times as long) gains, F1 0.13 → 0.96; the pages whose field is 1.4 to 2.2 times their text would
 * all have lost, and are left alone. A field holding markup or character references is not read:
 * only plain text reaches the article.
 */
import type { HtmlBlock } from './html-blocks.ts';
import { countWords } from '../../page-text/language/text.ts';

const FIELD_GAIN = 3;
const FIELD_MIN_CHARS = 1000;
/** A block of this many words is prose the field must hold; shorter lines (a byline, a place) need not be there. */
const PROSE_WORDS = 10;
/** The start of a paragraph, looked for in the field: a teaser's last paragraph is often cut off ("… En…"). */
const PROBE_CHARS = 80;
const MARKUP = /<\/?[a-z][a-z0-9]*[\s/>]|&(?:[a-z]+|#\d+|#x[\da-f]+);/i;

const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The field's paragraphs, when they are the article the page shows only the opening of; else null. */
export function articleFromField(blocks: readonly HtmlBlock[], field: string | undefined): { paragraphs: string[]; why: string } | null {
  if (!field || MARKUP.test(field)) return null;
  const whole = spaced(field);
  const shown = blocks.reduce((n, b) => n + b.text.length, 0);
  if (whole.length < FIELD_MIN_CHARS || whole.length < FIELD_GAIN * shown) return null;
  const prose = blocks.filter((b) => countWords(b.text, PROSE_WORDS) >= PROSE_WORDS);
  if (prose.length === 0 || prose.some((b) => !whole.includes(spaced(b.text).slice(0, PROBE_CHARS)))) return null;
  const paragraphs = field.split(/\n/).map(spaced).filter(Boolean);
  return { paragraphs, why: `the page shows ${shown} characters of the article, each paragraph of its prose in the JSON-LD articleBody of ${whole.length}: read from the field` };
}
