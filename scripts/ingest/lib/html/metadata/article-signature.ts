/**
 * The writer's signature closing a saved page's article: a person's name alone in the block right
 * after the article's last paragraph ("… next spring." / "Anna Berg"), the way many newsrooms sign
 * a piece at its foot. The HTML path's twin of the text path's reader (lib/bylines/name-under-article.ts,
 * stages/segment.ts), read on the article's blocks: each is an element of its own, so the name's block
 * stands alone by construction. stages/html.ts asks for it only where the page's fields name no person
 * (an organisation, the site itself, an account), so it never outranks a writer the fields name.
 */
import { nameUnderLastParagraph } from '../../bylines/name-under-article.ts';
import { lowerCaseWords } from '../../bylines/name-lines.ts';
import { endsLikeSentence } from '../../page-text/language/text.ts';

/** The fewest blocks an article holds for its last one to be read as a signature: a paragraph and the name. */
const MIN_BLOCKS = 2;

/**
 * The name signing the article (`texts`: its blocks' texts, in order) and its block's text, or null. The
 * name is the article's last block, or the one right under its last paragraph: the extracted article may
 * run on into a share bar or a tag list after it, which never ends as a sentence does.
 */
export function signatureUnderArticle(texts: readonly string[]): { author: string; line: string } | null {
  if (texts.length < MIN_BLOCKS) return null;
  // The last paragraph: the last block that ends as a sentence, with at least one block under it.
  let last = texts.length - 2;
  while (last >= 0 && !endsLikeSentence(texts[last])) last--;
  if (last < 0) return null;
  let lower: Set<string> | null = null;
  const found = nameUnderLastParagraph(texts, last, () => (lower ??= lowerCaseWords(texts)), () => true);
  return found ? { author: found.name, line: texts[found.at] } : null;
}
