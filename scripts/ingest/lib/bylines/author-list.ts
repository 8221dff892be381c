/**
 * A byline for a page whose fields list more authors than any byline shows. A paper's byline names a
 * dozen people at most; a JSON-LD author list of 10,000 names (a generator's bug, or a page built to
 * break readers) written out in full would be a 200 KB frontmatter field. Past MAX_LISTED_AUTHORS the
 * byline names the first few and counts the rest ("A, B, C and 9,997 others"), every name whole, and
 * the caller reports how many were counted rather than named.
 */
import { joinNames, MAX_NAME_CHARS } from './author.ts';
import { fullNamesListed } from './name-lines.ts';

/** The most authors a byline names one by one; a longer list is named in part and counted. */
export const MAX_LISTED_AUTHORS = 12;
/** How many names a counted list writes out before the count. */
export const AUTHORS_NAMED_BEFORE_COUNT = 3;

export interface AuthorList {
  byline: string;
  /** How many of the listed authors the byline counts without naming (0 when it names them all). */
  counted: number;
}

/**
 * The byline for `names` (each a whole name, in the page's order, no two the same), of `listed`
 * distinct authors the field gives (as many as `names`, or more where cleaning made two names read
 * alike, "Writer 10" and "Writer 11" both "Writer"): every name while the field lists at most
 * MAX_LISTED_AUTHORS, else the first AUTHORS_NAMED_BEFORE_COUNT and the count of the others.
 */
export function authorList(names: string[], listed = names.length): AuthorList {
  if (listed <= MAX_LISTED_AUTHORS || names.length < AUTHORS_NAMED_BEFORE_COUNT) return { byline: joinNames(names), counted: 0 };
  const named = names.slice(0, AUTHORS_NAMED_BEFORE_COUNT);
  const counted = listed - named.length;
  return { byline: `${named.join(', ')} and ${counted.toLocaleString('en')} others`, counted };
}

/**
 * A text's byline that lists full names past what the name cleaner reads whole: more than
 * MAX_LISTED_AUTHORS ("By Anna Berg, Li Wei, …" over the article, 10,000 names in a line of 200 KB),
 * named as a saved page's author fields are (authorList): the first few, whole, and the count of the
 * others; or nine to twelve names longer than MAX_NAME_CHARS, which a paper's byline may well list,
 * all named ("A, B, … and L"; `counted` 0). Null for any other byline, which is read as before
 * (stages/metadata.ts textAuthor).
 */
export function longAuthorList(byline: string): AuthorList | null {
  const names = fullNamesListed(byline);
  if (!names || (names.length <= MAX_LISTED_AUTHORS && byline.trim().length <= MAX_NAME_CHARS)) return null;
  return authorList([...new Set(names)]);
}
