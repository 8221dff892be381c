/**
 * Whether the author a page's fields name is one the page never shows its reader: no text of its
 * article, its byline elements or the lines under its headline writes the name. Such a field is
 * the account that posted the page (a site's web editor, its owner) more often than the writer, and a
 * byline the article's text shows with its label ("By: Anna Berg") is the one its reader is told
 * (stages/html.ts reads it then, as for a page whose fields name nobody).
 */
import { singleSpaced } from '../article/html-blocks.ts';

/** The first person a field names ("Anna Berg" of "Anna Berg, Li Wei" or "Anna Berg and Li Wei"), case and spacing folded. */
function firstPerson(field: string): string {
  return (field.replace(/\s+/gu, ' ').split(/,|&| and /u)[0] ?? '').trim().toLowerCase();
}

/**
 * `author` (the fields' name) is in none of `shown` (the page's texts a reader sees). A text already
 * single-spaced is not copied to be spaced (singleSpaced: the same text as `replace(/\s+/gu, ' ')`, every
 * whitespace character being one code unit).
 */
export function fieldAuthorUnseen(author: string, shown: Iterable<string>): boolean {
  const name = firstPerson(author);
  if (!name) return false;
  for (const text of shown) if (singleSpaced(text).toLowerCase().includes(name)) return false;
  return true;
}
