/**
 * The byline of a personal site, for a page whose header names nobody: the site's masthead, the page's
 * first line, is its owner's name alone ("Anna Berg" over the site's menu, then the post). A blog's
 * or a firm's masthead is a title whose words the page also writes in lower case ("Garden Notes"
 * beside "our garden"), or one word, or a label: no name. The text path's header asks for it last
 * (stages/segment.ts), when no byline was found anywhere else.
 */
import { bareName, CALL_TO_ACT, wordsOfNamesOnly } from './name-lines.ts';

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
 * The owner's name the page's first line shows, or null. `headline` is the line the headline was read
 * from (a page that opens with its headline has no masthead); `lower` the words the page writes in
 * lower case (name-lines.ts, lowerCaseWords).
 */
export function mastheadOwner(lines: readonly string[], headline: number, lower: ReadonlySet<string>): string | null {
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first === -1 || first === headline) return null;
  const text = lines[first].trim();
  if (!OWNER_NAME.test(text) || !bareName(text) || CALL_TO_ACT.test(text) || LINK_WORD.test(text)) return null;
  return wordsOfNamesOnly(text, lower) ? text : null;
}
