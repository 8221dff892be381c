/**
 * The byline of a personal site, for a page whose header names nobody: the site's masthead, the page's
 * first line, is its owner's name alone ("Anna Berg" over the site's menu, then the post). A blog's
 * or a firm's masthead is a title whose words the page also writes in lower case ("Garden Notes"
 * beside "our garden"), or one word, or a label: no name. The text path's header asks for it last
 * (stages/segment.ts), when no byline was found anywhere else.
 */
import { bareName, CALL_TO_ACT, wordsOfNamesOnly } from './name-lines.ts';
import { OUTLET_WORD } from './name-shape.ts';

/**
 * A name as a masthead shows it: a first name and a surname, an initial between them maybe ("Anna
 * Berg", "Anna B. Berg", "Anna Berg-Lund"), each word a capital then lower-case letters. A third word
 * is as often a firm's ("Harbour Mattress Makers"); a word with a capital inside is menu entries run
 * together ("LoginJoin"), one with an apostrophe a blog's title ("Anna's Notes"), a very long one
 * the menu run into the name.
 */
const OWNER_NAME = /^\p{Lu}\p{Ll}{1,14}(?:-\p{Lu}\p{Ll}{1,14})?\s+(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll}{1,14}(?:-\p{Lu}\p{Ll}{1,14})?$/u;

/** Words that open a page's first line as a link for screen readers or a button, not a name ("Skip Navigation"). */
const LINK_WORD = /^(?:Skip|Jump|Go|Back|Open|Close|Toggle|Main)\b/;

/**
 * The words the page writes in lower case (name-lines.ts, lowerCaseWords), or how to read them: a
 * reader asks for them only for a name it found, and reading them means every word of the page (the
 * text path asks on every page that names nobody).
 */
export type PageLowerCaseWords = ReadonlySet<string> | (() => ReadonlySet<string>);
const wordsIn = (lower: PageLowerCaseWords): ReadonlySet<string> => (typeof lower === 'function' ? lower() : lower);

/**
 * The owner's name the page's first line shows, or null. `headline` is the line the headline was read
 * from (a page that opens with its headline has no masthead); `lower` the words the page writes in
 * lower case (name-lines.ts, lowerCaseWords).
 */
export function mastheadOwner(lines: readonly string[], headline: number, lower: PageLowerCaseWords): string | null {
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first === -1 || first === headline) return null;
  const text = lines[first].trim();
  if (!OWNER_NAME.test(text) || !bareName(text) || CALL_TO_ACT.test(text) || LINK_WORD.test(text) || OUTLET_WORD.test(text)) return null;
  return wordsOfNamesOnly(text, wordsIn(lower)) ? text : null;
}

/** A masthead's first lines read for a blog's title: past a link for screen readers ("Skip to content"), the title comes next. */
const MASTHEAD_LINES = 3;

/**
 * "Anna Berg's Blog", "Anna Berg's Tech Blog", "Anna B. Berg’s garden blog": a blog titled with its
 * owner's name, a first name and a surname (OWNER_NAME's shape) before the possessive, then a word or
 * two and "blog" last. Group 1 is the name. Each part is a bounded run of one class: linear.
 */
const OWNER_BLOG_TITLE = /^(\p{Lu}\p{Ll}{1,14}(?:-\p{Lu}\p{Ll}{1,14})?\s+(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll}{1,14}(?:-\p{Lu}\p{Ll}{1,14})?)['’]s(?:\s+\p{L}{1,20}){0,2}\s+[Bb]log$/u;

/**
 * The owner's name a personal blog's title gives in its masthead ("Anna Berg's Tech Blog"), or null:
 * the first lines of the page over its headline, a screen reader's link aside. "Anna's Notes" names
 * no one in full, and a name whose words the page writes in lower case (`lower`) is a firm's or a
 * product's.
 */
export function blogTitleOwner(lines: readonly string[], headline: number, lower: PageLowerCaseWords): string | null {
  let seen = 0;
  for (let i = 0; i < lines.length && (headline === -1 || i < headline) && seen < MASTHEAD_LINES; i++) {
    const text = lines[i].trim();
    if (!text || LINK_WORD.test(text)) continue;
    seen++;
    const name = OWNER_BLOG_TITLE.exec(text)?.[1];
    if (name && bareName(name) && !OUTLET_WORD.test(name) && wordsOfNamesOnly(name, wordsIn(lower))) return name;
  }
  return null;
}

/**
 * "© 2025 Anna Berg. All rights reserved.", "© Copyright 2011-2025 Anna Berg", "Copyright © 2025 Anna
 * Berg · Privacy": a copyright line, its sign, the word, the years and "by" before the holder.
 * Group 1 runs to the first full stop, comma or separator, or to the end of the line.
 */
const COPYRIGHT_LINE = /^(?:(?:©|\(c\)|copyright)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?([^.,·•|∙]+)/iu;

/** The longest copyright line read: a footer's line, not a paragraph. */
const COPYRIGHT_LINE_CHARS = 200;

/**
 * The word that makes a holder a firm or a body, not a person: a legal form, right after the name or
 * in it ("Harbour Ltd", "Anna Berg, Inc."), or the kind of body ("Harbour University", "Berg Studio").
 */
const FIRM = /(?:^|\s)(?:Inc|LLC|LLP|Ltd|Limited|Co|Corp|Corporation|Company|GmbH|AG|SA|SAS|BV|NV|Pty|PLC|Int|Intl|International|Group|University|College|Institute|School|Academy|Society|Association|Foundation|Council|Clinic|Hospital|Church|Museum|Agency|Studios?|Media|Press|Partners|Associates|Labs?)\b\.?/u;

/** How many lines from the page's end its copyright line may stand (the footer's links come before it, or after). */
const FOOT_LINES = 12;

/**
 * The owner's name a personal site's copyright line at the page's foot gives, or null: a first name
 * and a surname as the masthead shows one (OWNER_NAME), whose words the page never writes in lower
 * case (`lower`, name-lines.ts lowerCaseWords): "Harbour Ltd", "Slow Garden", "All Rights Reserved"
 * are none. The text path's header asks for it after the masthead, when nothing else names anyone.
 */
export function copyrightOwner(lines: readonly string[], lower: PageLowerCaseWords): string | null {
  for (let i = lines.length - 1, seen = 0; i >= 0 && seen < FOOT_LINES; i--) {
    const line = lines[i].trim();
    if (!line) continue;
    seen++;
    const m = line.length <= COPYRIGHT_LINE_CHARS ? COPYRIGHT_LINE.exec(line) : null;
    const holder = m?.[1]?.trim();
    if (!m || !holder) continue;
    // "Harbour Ltd", "Anna Berg, Inc.": a firm's name.
    if (FIRM.test(holder) || FIRM.test(line.slice(m[0].length).replace(/^[\s,]+/, ''))) return null;
    // "Deutsche Welle", "Harbor Times": a newsroom's copyright.
    if (OUTLET_WORD.test(holder)) return null;
    return OWNER_NAME.test(holder) && bareName(holder) && !CALL_TO_ACT.test(holder) && wordsOfNamesOnly(holder, wordsIn(lower)) ? holder : null;
  }
  return null;
}
