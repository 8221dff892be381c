/**
 * Links to a writer's profile page ("/author/anna-berg/", "/profiles/anna-berg-4821", "/blog/authors/
 * anna-berg"): a page's software links the byline's name to the page listing that person's articles,
 * and spells the name in the address. A link whose text is the name its address spells is a byline,
 * wherever the page sets it: in a side column or the article's footer, which the parse never sees
 * (lib/html/read/html-raw-text.ts cuts them), as well as under the headline. lib/html/metadata/html-meta.ts reads these only
 * where no field names a person: a link to another writer's profile may stand in a list of teasers.
 */
import { cleanAuthor } from '../../bylines/author.ts';
import { writerAsToldTo } from '../../bylines/as-told-to.ts';
import { decodeEntities } from './page-field-text.ts';
import { pageDecoder } from '../read/html-charset.ts';

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
  // "Amie Mock as told to Heather Eastman" linked to the writer's profile: the writer after the phrase
  // (lib/bylines/as-told-to.ts) is the name the address spells; cleaning reads the two names as one.
  const name = writerAsToldTo(text) ?? cleanAuthor(text);
  if (!name || slugWords.length < 2) return null;
  const nameWords = wordsOf(name);
  return slugWords.length === nameWords.length && slugWords.every((w) => nameWords.includes(w)) ? name : null;
}

/** How many profile links are kept: the first few are the article's; the rest a list's. */
const MAX_LINKS = 3;
/** The most characters a link's text may run to for it to be read as a name. */
const MAX_LINK_TEXT = 200;
/** A link's aria-label in double or single quotes, up to a name's length (the first group or the second). */
const ARIA_LABEL = /\baria-label\s*=\s*(?:"([^"<>]{1,200})"|'([^'<>]{1,200})')/i;
/** The longest start tag read around a profile's address. */
const MAX_START_TAG = 1000;

/**
 * A link's address that runs into a profile's folder ("href="/blog/author/"): where to look. The
 * address runs to its quote or the tag's end; only the start of it is matched here, the whole address
 * is read with PROFILE_ADDRESS.
 */
export const PROFILE_HREF = /\bhref\s*=\s*(["']?)([^"'\s>]{0,300}?\/(?:authors?|profiles?|writers?|contributors?|columnists?|journalists?|people|staff|autor(?:es|en|in)?|auteurs?|autore|autori)\/[^"'\s>]{1,200})/gi;

/**
 * PROFILE_HREF's folder words, each alone: every match of it holds "/", one of them (in any case) and "/".
 * tests/ingest/html-speed-equivalence.test.ts holds the list to the pattern.
 */
export const PROFILE_FOLDERS = [
  'author', 'authors', 'profile', 'profiles', 'writer', 'writers', 'contributor', 'contributors', 'columnist', 'columnists', 'journalist', 'journalists',
  'people', 'staff', 'autor', 'autores', 'autoren', 'autorin', 'auteur', 'auteurs', 'autore', 'autori',
];
/** The folder words by their first letter's byte (lower case). */
const FOLDERS_BY_FIRST = new Map<number, Uint8Array[]>();
for (const word of PROFILE_FOLDERS) {
  const first = word.charCodeAt(0);
  FOLDERS_BY_FIRST.set(first, [...(FOLDERS_BY_FIRST.get(first) ?? []), new TextEncoder().encode(word)]);
}
/** Whether two bytes (the first times 256 and the second) are a folder word's first two letters, in any case. */
const FOLDER_START = new Uint8Array(0x10000);
for (const word of PROFILE_FOLDERS) {
  const [a, b] = [word.charCodeAt(0), word.charCodeAt(1)];
  for (const first of [a, a - 0x20]) for (const second of [b, b - 0x20]) FOLDER_START[(first << 8) | second] = 1;
}
const SLASH = 0x2f;
const lower = (b: number) => (b >= 0x41 && b <= 0x5a ? b + 0x20 : b);

/** Whether "/" + a folder word + "/" starts at `at` (a slash there already). */
function folderAt(bytes: Uint8Array, at: number): boolean {
  for (const word of FOLDERS_BY_FIRST.get(lower(bytes[at + 1]))!) {
    const end = at + 1 + word.length;
    if (end >= bytes.length || bytes[end] !== SLASH) continue;
    let i = 1;
    while (i < word.length && lower(bytes[at + 1 + i]) === word[i]) i++;
    if (i === word.length) return true;
  }
  return false;
}

/** The longest folder word. */
const LONGEST_FOLDER = Math.max(...PROFILE_FOLDERS.map((w) => w.length));
/** How far a match of PROFILE_HREF runs past its folder's first "/": the folder, "/" and up to 200 characters. */
const MATCH_AFTER_FOLDER = 1 + LONGEST_FOLDER + 1 + 200;
/** How far before its folder's "/" a match's address may start: 300 characters, and its opening quote. */
const ADDRESS_BEFORE_FOLDER = 301;
/** Whether a byte is one of JavaScript's `\s` in Latin-1. */
const isSpace = (b: number) => b === 0x20 || (b >= 0x09 && b <= 0x0d) || b === 0xa0;
/** Bytes a match may hold between "href" and its address: what PROFILE_HREF's `\s*=\s*` takes (\s of Latin-1, and "="). */
const isSpaceOrEquals = (b: number) => isSpace(b) || b === 0x3d;

/** PROFILE_HREF's own copy for profileHrefMatches, whose search position (lastIndex) it moves. */
const WINDOW_HREF = new RegExp(PROFILE_HREF);

/**
 * The matches of PROFILE_HREF over the page as Latin-1, in order, without making the page a string
 * (that copy was 4 % of the HTML path's time): every match holds a profile folder ("/author/"), found
 * in the bytes, and lies within a window around it — from "href" (its `\s*=\s*`, 300 characters and a
 * quote before the folder) to 200 characters after the folder. The pattern runs over those windows
 * only, overlapping ones joined; a window starts one byte early, so `\b` sees the byte before it.
 * Whatever a match reaches is inside its window, so each window's matches are the whole page's there.
 */
export function* profileHrefMatches(bytes: Uint8Array): Generator<{ index: number; end: number; address: number }> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const windows = profileWindows(bytes);
  for (let w = 0; w < windows.length; w += 2) {
    const from = windows[w];
    const before = from > 0 ? 1 : 0;
    const text = buffer.toString('latin1', from - before, windows[w + 1]);
    WINDOW_HREF.lastIndex = before;
    for (let m = WINDOW_HREF.exec(text); m; m = WINDOW_HREF.exec(text)) {
      const index = from - before + m.index;
      yield { index, end: index + m[0].length, address: index + m[0].length - m[2].length };
    }
  }
}

/** profileHrefMatches's windows, as start and end pairs in one flat list (a plain loop: V8 optimises one in a generator poorly). */
function profileWindows(bytes: Uint8Array): number[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const windows: number[] = [];
  let end = -1;
  // Slashes found natively (a byte loop in JavaScript takes half as long again); the shortest folder, "/staff/", is 7 bytes.
  const last = bytes.length - 6;
  for (let at = buffer.indexOf(SLASH); at !== -1 && at < last; at = buffer.indexOf(SLASH, at + 1)) {
    if (FOLDER_START[(bytes[at + 1] << 8) | bytes[at + 2]] === 0 || !folderAt(bytes, at)) continue;
    const windowEnd = Math.min(bytes.length, at + MATCH_AFTER_FOLDER);
    // Back over the spaces and "=" between "href" and the address, not into the window before.
    let from = Math.max(0, at - ADDRESS_BEFORE_FOLDER);
    while (from > end && from > 0 && isSpaceOrEquals(bytes[from - 1])) from--;
    from = Math.max(0, from - 'href'.length);
    if (windows.length > 0 && from <= end) windows[windows.length - 1] = windowEnd;
    else windows.push(from, windowEnd);
    end = windowEnd;
  }
  return windows;
}

/**
 * The names of the first few links to a writer's profile page (authorOfProfileLink) in the page's
 * bytes, in page order, wherever they stand: the prune pass never sees a side column or a footer
 * (lib/html/read/html-raw-text.ts cuts them before the parse), and a byline link may stand in either.
 * PROFILE_HREF is read over the page as Latin-1 (one character a byte, so offsets are the bytes'),
 * where profile folders are (profileHrefMatches); each link's start tag and text are decoded in the
 * page's own encoding.
 */
export function profileLinksInPage(bytes: Uint8Array, encoding: string): string[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const decoder = pageDecoder(encoding);
  const names: string[] = [];
  for (const m of profileHrefMatches(bytes)) {
    if (names.length >= MAX_LINKS) break;
    // The link's start tag: "<a" before the address, within the tag, and its end after it.
    const from = Math.max(0, m.index - MAX_START_TAG);
    const found = buffer.subarray(from, m.index + 1).lastIndexOf(0x3c);
    if (found === -1) continue;
    const tagStart = from + found;
    if ((bytes[tagStart + 1] !== 0x61 && bytes[tagStart + 1] !== 0x41) || !isSpace(bytes[tagStart + 2])) continue;
    const tagEnd = buffer.indexOf(0x3e, m.end);
    if (tagEnd === -1) continue;
    const close = buffer.toString('latin1', tagEnd + 1, Math.min(bytes.length, tagEnd + 1 + MAX_LINK_TEXT * 4)).search(/<\/a\s*>/i);
    const decode = (from: number, to: number) => decodeEntities(decoder.decode(bytes.subarray(from, to)));
    // The link's own name for a reader of the page (its aria-label), where its text is out of reach: a
    // picture's inline data before the name runs the text past what is read.
    const label = ARIA_LABEL.exec(decode(tagStart, tagEnd));
    const labelText = label?.[1] ?? label?.[2] ?? null;
    if (close === -1 && !labelText) continue;
    const href = decode(m.address, m.end);
    const text = close === -1 ? '' : decode(tagEnd + 1, tagEnd + 1 + close).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    const name = (text && text.length <= MAX_LINK_TEXT ? authorOfProfileLink(href, text) : null) ?? (labelText ? authorOfProfileLink(href, labelText) : null);
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}
