/**
 * Links to a writer's profile page ("/author/anna-berg/", "/profiles/anna-berg-4821", "/blog/authors/
 * anna-berg"): a page's software links the byline's name to the page listing that person's articles,
 * and spells the name in the address. A link whose text is the name its address spells is a byline,
 * wherever the page sets it: in a side column or the article's footer, which the parse never sees
 * (lib/html/html-raw-text.ts cuts them), as well as under the headline. lib/html/html-meta.ts reads these only
 * where no field names a person: a link to another writer's profile may stand in a list of teasers.
 */
import { cleanAuthor } from '../bylines/author.ts';
import { decodeEntities } from './page-field-text.ts';

/**
 * The address of a profile page: a folder that lists a writer's work, then one segment, the name's
 * slug (a file's extension, a query or a fragment after it). A deeper path ("/author/anna-berg/page/2/")
 * is a listing's page, and no link a byline makes.
 */
const PROFILE_ADDRESS = /\/(?:authors?|profiles?|writers?|contributors?|columnists?|journalists?|people|staff|autor(?:es|en|in)?|auteurs?|autore|autori)\/([^/?#]+?)(?:\.[a-z]{2,5})?\/?(?:[?#].*)?$/i;

/** A name or a slug as words to compare: lower case, letters without their accents, digits dropped. */
function wordsOf(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}

/**
 * The name a profile link gives, or null: the link's text (cleaned as a byline's), when the words of
 * its address's slug are the name's words, two or more ("anna-berg" and "Anna Berg"; an id after the
 * slug aside). A one-word slug is as often a user name ("admin") as a name.
 */
export function authorOfProfileLink(href: string, text: string): string | null {
  const slug = PROFILE_ADDRESS.exec(href.trim())?.[1];
  if (!slug) return null;
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    // A malformed escape: the slug as written.
  }
  const slugWords = wordsOf(decoded);
  const name = cleanAuthor(text);
  if (!name || slugWords.length < 2) return null;
  const nameWords = wordsOf(name);
  return slugWords.length === nameWords.length && slugWords.every((w) => nameWords.includes(w)) ? name : null;
}

/** How many profile links are kept: the first few are the article's; the rest a list's. */
const MAX_LINKS = 3;
/** The most characters a link's text may run to for it to be read as a name. */
const MAX_LINK_TEXT = 200;
/** The longest start tag read around a profile's address. */
const MAX_START_TAG = 1000;

/**
 * A link's address that runs into a profile's folder ("href="/blog/author/"): where to look. The
 * address runs to its quote or the tag's end; only the start of it is matched here, the whole address
 * is read with PROFILE_ADDRESS.
 */
const PROFILE_HREF = /\bhref\s*=\s*(["']?)([^"'\s>]{0,300}?\/(?:authors?|profiles?|writers?|contributors?|columnists?|journalists?|people|staff|autor(?:es|en|in)?|auteurs?|autore|autori)\/[^"'\s>]{1,200})/gi;

/**
 * The names of the first few links to a writer's profile page (authorOfProfileLink) in the page's
 * bytes, in page order, wherever they stand: the prune pass never sees a side column or a footer
 * (lib/html/html-raw-text.ts cuts them before the parse), and a byline link may stand in either.
 * One pass over the page as Latin-1 (one character a byte, so offsets are the bytes'); each link's
 * start tag and text are decoded in the page's own encoding.
 */
export function profileLinksInPage(bytes: Uint8Array, encoding: string): string[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const page = buffer.toString('latin1');
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  const names: string[] = [];
  for (const m of page.matchAll(PROFILE_HREF)) {
    if (names.length >= MAX_LINKS) break;
    // The link's start tag: "<a" before the address, within the tag, and its end after it.
    const tagStart = page.lastIndexOf('<', m.index);
    if (tagStart === -1 || m.index - tagStart > MAX_START_TAG || !/^<a\s/i.test(page.slice(tagStart, tagStart + 3))) continue;
    const tagEnd = page.indexOf('>', m.index + m[0].length);
    if (tagEnd === -1) continue;
    const close = page.slice(tagEnd + 1, tagEnd + 1 + MAX_LINK_TEXT * 4).search(/<\/a\s*>/i);
    if (close === -1) continue;
    const decode = (from: number, to: number) => decodeEntities(decoder.decode(bytes.subarray(from, to)));
    const href = decode(m.index + m[0].length - m[2].length, m.index + m[0].length);
    const text = decode(tagEnd + 1, tagEnd + 1 + close).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    const name = text.length <= MAX_LINK_TEXT ? authorOfProfileLink(href, text) : null;
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}
