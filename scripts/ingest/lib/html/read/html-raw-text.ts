/**
 * A saved page is about half scripts and styles, which no reader sees and the prune pass throws away.
 * Cutting them out of the bytes before decoding saves decoding them to a string and tokenising them
 * character by character. Only what the HTML parser itself would treat as a script or style element
 * goes: `<script`/`<style` (either case) followed by a space, `/` or `>`, outside comments, up to the
 * matching end tag, as a browser finds it (a script's own escapes followed: script-data.ts); JSON-LD
 * scripts stay for the metadata. Every tag is read to its end past its quoted values (tag-end.ts), so
 * a `<script>`, `<style>`, `<nav>` or `</nav>` written in a value (`<meta content='<style>…'>`,
 * `data-x="<script>"`, `title="</nav>"`) is the value's, as in a browser. Anything unusual (no end tag,
 * a quote left open, which runs to the page's end) stops the cutting, and the parser reads the rest as before.
 *
 * The other elements whose content is text to their own end tag are read as such: a `<title>`'s and an
 * `<xmp>`'s text stays whole (a `<script>` or `<aside>` written in a `<title>` is the title's text, and a
 * `<footer>` there opens no section); the text of a `<textarea>`, `<iframe>`, `<noembed>` or `<noframes>`
 * goes, tags kept (the prune pass drops it); inside a navigation, an aside or a footer, a script's,
 * a style's or a text area's `</nav>` ends nothing. Nothing is cut after a `<plaintext>`, whose text
 * runs to the page's end. One that closes itself or is left open is passed as a plain tag, as before. A `<noscript>` holds markup, as in a browser with scripts off (the
 * bench's rendering) and in htmlparser2. Checked against Chromium (tests/ingest/script-data-escapes.test.ts).
 *
 * Only for encodings where "<" is always the byte 0x3C and never part of a multi-byte character:
 * UTF-8, the single-byte code pages and the legacy East Asian encodings (their trail bytes are
 * ≥ 0x40). UTF-16 and the stateful ISO-2022 family are left alone.
 */
import { AUTHOR_NOUN_ALONE } from '../../bylines/byline-labels.ts';
import { scriptTextEnd } from './script-data.ts';
import { isAsciiLetter, tagCloseInBytes } from './tag-end.ts';

const LT = 0x3c;
const GT = 0x3e;
const BANG = 0x21;
const LOWER_A = 0x61;
const LOWER_F = 0x66;
const LOWER_N = 0x6e;
const LOWER_S = 0x73;
const LOWER_T = 0x74;
const LOWER_I = 0x69;
const LOWER_X = 0x78;
const LOWER_P = 0x70;

export function cutsScriptsSafely(encoding: string): boolean {
  return !/^utf-16|^iso-2022|^replacement$/.test(encoding);
}

const isNameEnd = (b: number | undefined) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d || b === 0x2f || b === GT;

const isLetter = (b: number | undefined) => b !== undefined && isAsciiLetter(b);

const lower = (b: number) => (b >= 0x41 && b <= 0x5a ? b + 0x20 : b);

/** Whether bytes[at..] spells `word` (lowercase ASCII) in either case. */
function spells(bytes: Uint8Array, at: number, word: string): boolean {
  if (at + word.length > bytes.length) return false;
  for (let i = 0; i < word.length; i++) if (lower(bytes[at + i]) !== word.charCodeAt(i)) return false;
  return true;
}

/** The index after the ">" of the tag whose name (or attributes) go on at `from`, past its quoted values (tag-end.ts); -1 if none. */
function tagEndAfter(bytes: Buffer, from: number): number {
  const close = tagCloseInBytes(bytes, from);
  return close === -1 ? -1 : close + 1;
}

/**
 * Where the scan goes on after the "<" at `at`: past the tag it opens (`<` or `</` and a letter), whose
 * quoted values may hold a "<script>" or a "</nav>" that is the value's, as in a browser; after the "<"
 * alone when it opens none ("a < b", "<!DOCTYPE"); -1 when the tag never ends (a quote left open).
 */
function afterTag(bytes: Buffer, at: number): number {
  const nameAt = bytes[at + 1] === 0x2f ? at + 2 : at + 1;
  return isLetter(bytes[nameAt]) ? tagEndAfter(bytes, nameAt) : at + 1;
}

/** The index of the first end tag `</name ...>` at or after `from`; -1 if none. */
function endTagAt(bytes: Uint8Array, from: number, name: string): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  for (let at = buffer.indexOf('</', from); at !== -1; at = buffer.indexOf('</', at + 2)) {
    if (spells(bytes, at + 2, name) && isNameEnd(bytes[at + 2 + name.length])) return at;
  }
  return -1;
}

/**
 * The index of the end tag (its "<") of the element `name` whose text starts at `from` (a script's, a
 * style's, a title's…); -1 if none. A script whose text opens an escape (`<!--`) before its first
 * `</script` is read through the standard's states (script-data.ts): one plain search for most.
 */
function textElementClose(bytes: Uint8Array, from: number, name: string, escapes: EscapeFinder): number {
  const at = endTagAt(bytes, from, name);
  if (at === -1 || name !== 'script') return at;
  return escapes.within(from, at) ? scriptTextEnd(bytes, from) : at;
}

/** The index after the end tag of the element `name` whose text starts at `from`; -1 if none. */
function textElementEnd(buffer: Buffer, from: number, name: string, escapes: EscapeFinder): number {
  const at = textElementClose(buffer, from, name, escapes);
  return at === -1 ? -1 : tagEndAfter(buffer, at + 2 + name.length);
}

/**
 * Whether a "<!--" stands in a stretch of a page, the stretches asked mostly in the page's order: the
 * next one found is remembered, so the scripts' texts cost one search over the page, not one each.
 */
class EscapeFinder {
  /** The first "<!--" at or after `searchedFrom` (-1: none). */
  private found = -1;
  private searchedFrom = Infinity;
  private readonly buffer: Buffer;
  constructor(buffer: Buffer) {
    this.buffer = buffer;
  }

  within(from: number, to: number): boolean {
    if (from < this.searchedFrom || (this.found !== -1 && this.found < from)) {
      this.searchedFrom = from;
      this.found = this.buffer.indexOf('<!--', from);
    }
    return this.found !== -1 && this.found < to;
  }
}

/**
 * The elements whose content is text to their own end tag, other than scripts and styles (which are
 * cut): title, textarea, xmp, iframe, noembed, noframes (and plaintext, to the page's end); textElementAt
 * tells them. Those the prune pass drops with their text (lib/html/prune/html-prune.ts, DROP_WITH_CONTENT):
 */
const DROPPED_TEXT_ELEMENTS = new Set(['textarea', 'iframe', 'noembed', 'noframes']);

/**
 * Whether the start tag of the element `name` ending at `openEnd` closes itself (`<title/>`, `<iframe … />`)
 * and is read as the tag alone, as before: an inline SVG's `<title/>` is one, whose text is none. (Read
 * as HTML, such a tag still opens the element's text; an `<iframe … />` left so holds the rest of the
 * page, which the prune pass drops: cut or not, the page it builds is the same.) Not a script or a
 * style, cut to their end tag as ever.
 */
function closesItself(bytes: Uint8Array, openEnd: number, name: string): boolean {
  return bytes[openEnd - 2] === 0x2f && name !== 'script' && name !== 'style';
}

/** The element at `<` + `at` whose content is text to its end tag (a script's and a style's too), or null. */
function textElementAt(bytes: Uint8Array, at: number): string | null {
  // Told by the name's first two letters (three for noembed / noframes), most tags by their first.
  const second = lower(bytes[at + 1]);
  let name: string | null = null;
  switch (lower(bytes[at])) {
    case LOWER_S:
      name = second === 0x63 ? 'script' : second === 0x74 ? 'style' : null;
      break;
    case LOWER_T:
      name = second === 0x69 ? 'title' : second === 0x65 ? 'textarea' : null;
      break;
    case LOWER_I:
      name = second === 0x66 ? 'iframe' : null;
      break;
    case LOWER_X:
      name = second === 0x6d ? 'xmp' : null;
      break;
    case LOWER_P:
      name = second === 0x6c ? 'plaintext' : null;
      break;
    case LOWER_N:
      if (second === 0x6f) name = lower(bytes[at + 2]) === 0x65 ? 'noembed' : 'noframes';
      break;
  }
  return name && spells(bytes, at, name) && isNameEnd(bytes[at + name.length]) ? name : null;
}

/**
 * Navigation, asides, footers and inline SVG are a third of what is left of a page, and the prune pass
 * drops them with their content (lib/html/prune/html-prune.ts): they go from the bytes too, nested ones counted,
 * when nothing in them is read for the metadata (<meta>, <link>, JSON-LD, a footer's or aside's <time>,
 * an aside's byline element) or could end or restart the
 * page (<html>, <head>, <body>), and no <main> (the prune pass reads a page's <main> wherever it is).
 * A self-closing <svg/> is one tag; anything unusual keeps the section.
 */
const SECTIONS = ['nav', 'aside', 'footer', 'svg'] as const;
const READ_INSIDE = ['meta', 'link', 'html', 'head', 'body', 'main'];
// A <time> in an article's own footer or aside dates the page (lib/html/metadata/html-article-footer.ts).
const READ_INSIDE_LANDMARK = ['time'];

/** The words that name an element holding the article's byline, as Readability tells one (its REGEXPS.byline). */
export const BYLINE_NAME = /byline|author|writtenby/i;
/**
 * An aside's start tag whose class, id or itemprop names the byline ("post-author", "byline"): the
 * prune pass reads its text as a byline element's (lib/html/prune/html-prune.ts, namesByline), so it stays.
 */
// BYLINE_NAME's words, written out: a literal stays under the regex audit's eye (tests/ingest/regex-audit.test.ts).
const BYLINE_ASIDE = /\s(?:class|id|itemprop|rel)\s*=\s*["']?[^"'>]*(?:author|byline|writtenby)/i;
/**
 * How much of an aside's start tag BYLINE_ASIDE reads: its attributes' names and values. From each
 * " id=" the pattern may scan to the tag's end, so a hostile tag of many thousand would cost their
 * square; a real tag names its class in its first few hundred characters.
 */
const MAX_ASIDE_TAG_READ = 1000;

/** The longest text between two tags an author's label is looked for in ("Author(s):" with spaces and entities). */
const MAX_LABEL_BYTES = 40;

/** Whether the text between the tag before `at` and `at` is an author's label alone ("Author", "Autorin:"). */
function authorLabelBefore(buffer: Buffer, at: number): boolean {
  const from = buffer.lastIndexOf(GT, at) + 1;
  if (from <= 0 || at - from > MAX_LABEL_BYTES || at - from < 4) return false;
  return AUTHOR_NOUN_ALONE.test(buffer.toString('utf8', from, at));
}

/**
 * The index after the end tag closing the section whose start tag ends at `from`; -1 to keep it. Each
 * tag is read to its end past its quoted values (a "</nav>" in a title="…" ends nothing).
 */
function sectionEnd(bytes: Uint8Array, from: number, name: string, escapes: EscapeFinder): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let depth = 1;
  for (let at = buffer.indexOf(LT, from); at !== -1; at = buffer.indexOf(LT, at + 1)) {
    if (spells(bytes, at, '<!--')) {
      const end = buffer.indexOf('-->', at + 4);
      if (end === -1) return -1;
      at = end + 2;
      continue;
    }
    const closing = bytes[at + 1] === 0x2f;
    const nameAt = at + (closing ? 2 : 1);
    // An author's label as an aside's whole text ("Author" / the name): the prune pass reads it (lib/html/metadata/aside-author-labels.ts).
    if (name === 'aside' && authorLabelBefore(buffer, at)) return -1;
    // A "<" that opens no tag ("a < b", "<!DOCTYPE") is passed over.
    if (!isLetter(bytes[nameAt])) continue;
    const tagEnd = tagEndAfter(buffer, nameAt);
    if (tagEnd === -1) return -1;
    if (!closing) {
      for (const other of READ_INSIDE) if (spells(bytes, nameAt, other) && isNameEnd(bytes[nameAt + other.length])) return -1;
      if (name === 'footer' || name === 'aside') for (const other of READ_INSIDE_LANDMARK) if (spells(bytes, nameAt, other) && isNameEnd(bytes[nameAt + other.length])) return -1;
      // Inside an aside, an element named for the byline is read as one (lib/html/prune/html-prune.ts): the
      // aside stays. A word of the byline's names anywhere in the tag keeps the aside (the prune pass tells
      // a byline element from the rest; keeping an aside costs only time): one pass over the tag, unlike
      // BYLINE_ASIDE, which looks from each attribute on.
      if (name === 'aside' && BYLINE_NAME.test(buffer.toString('latin1', at, Math.min(tagEnd, at + MAX_ASIDE_TAG_READ)))) return -1;
      // A script's, a style's or a title's text is no markup: a "</nav>" in a script's string ends no
      // section. Not so in an <svg>, whose <style> and <title> hold markup.
      const text = name === 'svg' ? null : textElementAt(bytes, nameAt);
      if (text) {
        if (closesItself(bytes, tagEnd, text)) {
          at = tagEnd - 1;
          continue;
        }
        if (text === 'plaintext') return -1;
        // A JSON-LD block in a navigation or a footer keeps it, as before; one in an aside never did (the
        // prune pass reads no JSON-LD inside an element it drops).
        if (text === 'script' && name !== 'aside' && /ld\+json/i.test(buffer.toString('latin1', at, tagEnd))) return -1;
        const end = textElementEnd(buffer, tagEnd, text, escapes);
        if (end === -1) return -1;
        at = end - 1;
        continue;
      }
      if (spells(bytes, nameAt, 'script') && isNameEnd(bytes[nameAt + 6]) && /ld\+json/i.test(buffer.toString('latin1', at, tagEnd))) return -1;
    }
    at = tagEnd - 1;
    if (!spells(bytes, nameAt, name) || !isNameEnd(bytes[nameAt + name.length])) continue;
    if (closing) {
      if (--depth === 0) return tagEnd;
    } else if (!(name === 'svg' && bytes[tagEnd - 2] === 0x2f)) depth++;
  }
  return -1;
}

export function withoutScriptsAndStyles(bytes: Uint8Array): Uint8Array {
  const kept = keptParts(bytes);
  return kept.length === 1 ? kept[0] : Buffer.concat(kept);
}

/**
 * What withoutScriptsAndStyles keeps, as the parts of `bytes` between the cuts (in order, not
 * copied): every cut starts at a "<" or after a ">" and ends after a ">" or at a "<", so each part starts and ends next to an
 * ASCII byte, where a UTF-8 decoder starts afresh (lib/html/read/html-charset.ts decodes them one by one).
 */
export function keptParts(bytes: Uint8Array): Uint8Array[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const kept: Uint8Array[] = [];
  const escapes = new EscapeFinder(buffer);
  // Every tag is read to its end past its quoted values (afterTag), so a "<script>" written in one
  // (`<meta content='<script>…'>`, `<iframe srcdoc="<style>…">`) is the value's, as in a browser.
  let copied = 0;
  let at = buffer.indexOf(LT);
  while (at !== -1 && at < bytes.length) {
    // Most tags are none of these: a comment, nav, aside, footer, svg, script or style start with
    // "!", "n", "a", "f" or "s", the other elements whose content is text with "t", "i", "x" or "p".
    const first = lower(bytes[at + 1]);
    if (first !== BANG && first !== LOWER_N && first !== LOWER_A && first !== LOWER_F && first !== LOWER_S && first !== LOWER_T && first !== LOWER_I && first !== LOWER_X && first !== LOWER_P) {
      const next = afterTag(buffer, at);
      if (next === -1) break;
      at = buffer.indexOf(LT, next);
      continue;
    }
    if (spells(bytes, at, '<!--')) {
      const end = buffer.indexOf('-->', at + 4);
      if (end === -1) break;
      at = buffer.indexOf(LT, end + 3);
      continue;
    }
    const section = SECTIONS.find((n) => spells(bytes, at + 1, n) && isNameEnd(bytes[at + 1 + n.length]));
    if (section) {
      const openEnd = tagEndAfter(buffer, at + 1 + section.length);
      if (openEnd === -1) break;
      const selfClosing = section === 'svg' && bytes[openEnd - 2] === 0x2f;
      const bylineAside = section === 'aside' && BYLINE_ASIDE.test(buffer.toString('latin1', at, Math.min(openEnd, at + MAX_ASIDE_TAG_READ)));
      const end = bylineAside ? -1 : selfClosing ? openEnd : sectionEnd(bytes, openEnd, section, escapes);
      if (end === -1) {
        at = buffer.indexOf(LT, openEnd);
        continue;
      }
      kept.push(bytes.subarray(copied, at));
      copied = end;
      at = buffer.indexOf(LT, end);
      continue;
    }
    const name = textElementAt(bytes, at + 1);
    if (!name) {
      const next = afterTag(buffer, at);
      if (next === -1) break;
      at = buffer.indexOf(LT, next);
      continue;
    }
    const openEnd = tagEndAfter(buffer, at + 1 + name.length);
    if (openEnd === -1) break;
    if (closesItself(bytes, openEnd, name)) {
      at = buffer.indexOf(LT, openEnd);
      continue;
    }
    // All that follows a <plaintext> is its text.
    if (name === 'plaintext') break;
    const closeAt = textElementClose(bytes, openEnd, name, escapes);
    const closeEnd = closeAt === -1 ? -1 : tagEndAfter(buffer, closeAt + 2 + name.length);
    if (closeEnd === -1) {
      if (name === 'script' || name === 'style') break;
      // Another text element left open (or one written in a script's string the scan took for a tag)
      // is passed as a plain tag, as before: the parser reads the rest as it always did.
      at = buffer.indexOf(LT, openEnd);
      continue;
    }
    // The text of an iframe, a text area… goes (the prune pass drops it, and a script written in it
    // is text, not a script), the tags stay: the parser builds the element as before.
    if (DROPPED_TEXT_ELEMENTS.has(name)) {
      if (closeAt > openEnd) {
        kept.push(bytes.subarray(copied, openEnd));
        copied = closeAt;
      }
      at = buffer.indexOf(LT, closeEnd);
      continue;
    }
    // A title's or an <xmp>'s text stays, whatever it spells; so do JSON-LD scripts.
    if ((name !== 'script' && name !== 'style') || (name === 'script' && /ld\+json/i.test(buffer.toString('latin1', at, openEnd)))) {
      at = buffer.indexOf(LT, closeEnd);
      continue;
    }
    kept.push(bytes.subarray(copied, at));
    copied = closeEnd;
    at = buffer.indexOf(LT, closeEnd);
  }
  if (copied === 0) return [bytes];
  kept.push(bytes.subarray(copied));
  return kept;
}
