/**
 * The writers a page's Dublin Core fields name: one `dc.creator` field each, in the order the page
 * gives them. Dublin Core writes a person surname first ("Berg, Anna"), which the byline cleaner reads
 * as a name and what follows its comma (an outlet, a credential), and so kept the surname alone.
 */
import { cleanAuthor } from '../../bylines/author.ts';
import { NAME_PARTICLE } from '../../bylines/name-shape.ts';

/**
 * "Berg, Anna", "van der Berg, Anna Maria": a surname of one word (its particles before it), a comma,
 * a given name of one or two words, in mixed case. "Anna Berg, Harbor Times" (a name, then the outlet),
 * "Harbor Labs, Inc" (a firm) and "Reuters, AP", "Berg, MS" (capitals: an agency, a credential) are no
 * inverted name. Group 1 is the surname, group 2 the given name.
 */
const SURNAME_FIRST = new RegExp(String.raw`^((?:${NAME_PARTICLE}\s+){0,2}\p{Lu}\p{Ll}[\p{L}'’-]*),\s*(\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?)$`, 'u');

/** "Berg, Anna" → "Anna Berg"; any other shape as it is. */
export function givenNameFirst(field: string): string {
  const m = SURNAME_FIRST.exec(field.trim());
  return m ? `${m[2]} ${m[1]}` : field;
}

/** Each `dc.creator` value's writer, given name first, cleaned as a byline; each name once. */
export function dublinCoreCreators(values: readonly string[]): string[] {
  const names = values.map((v) => cleanAuthor(givenNameFirst(v))).filter((n): n is string => !!n);
  return [...new Set(names)];
}
