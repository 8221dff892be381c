/**
 * The author a page shows where its fields name nobody, or only a job title, a profile link's name or a
 * name it never shows (stages/html.ts): the labelled byline in the page's texts around the article, the
 * name under an author's label in a side column, a personal site's copyright line; and the texts a
 * field's name is looked for in.
 */
import { blocksOf } from '../article/html-blocks.ts';
import type { PageAsBuilt } from '../article/html-article-lead.ts';
import type { DomRoot } from '../article/readability-reading.ts';
import type { WholePage } from '../article/whole-page.ts';
import { labelledBylineAway } from '../../bylines/labelled-byline.ts';
import { lowerCaseWords, wordsOfNamesOnly } from '../../bylines/name-lines.ts';
import { copyrightOwner } from '../../bylines/site-owner.ts';
import { copyrightLinesInPage } from './html-copyright-lines.ts';

/**
 * The texts of the whole page as first built: the extractor took the article's out of the page it
 * read. Those of the blocks read before Readability (pageAsBuilt), when it read them: only a page
 * without an <h1> is built again for them.
 */
export function textsOfWholePage(asBuilt: PageAsBuilt | null, whole: WholePage): string[] {
  if (asBuilt) return asBuilt.blocks.map((b) => b.text);
  const page = whole.tree();
  return page.body ? blocksOf(page.body as DomRoot).map((b) => b.text) : [];
}

/**
 * The labelled byline of the page's texts outside the article the extractor took ("Written by Anna
 * Berg" in an author's box it left out, "By Anna Berg" over a gallery above it), read as the text path
 * reads a byline away from its header (lib/bylines/labelled-byline.ts): the article's first and last
 * texts say where it stands among the page's. Where the page's texts do not show them, nothing is read:
 * with no article's place, a teaser's "By" could not be told from the article's. `aboveOnly`: the
 * texts over the article alone, where a byline the page's fields contradict is read (under it, other
 * stories' cards name their own writers).
 */
export function bylineAroundArticle(pageTexts: string[], articleTexts: string[], lang: string, aboveOnly = false): ReturnType<typeof labelledBylineAway> {
  const start = pageTexts.indexOf(articleTexts[0]);
  const end = start === -1 ? -1 : pageTexts.lastIndexOf(articleTexts[articleTexts.length - 1]);
  // Above the article only: the texts over its first one, read from it upwards.
  const found = end < start || start === -1 ? null : aboveOnly ? labelledBylineAway(pageTexts.slice(0, start), start, start - 1, lang) : labelledBylineAway(pageTexts, start, end, lang);
  // Outside the article, a menu's entry reads as a byline too ("By Harbour Lane Hotels" among a
  // hotel group's links): a name is one whose words the page never writes in lower case, a team's
  // word aside ("The Kestrel Team" on a page that speaks of its team).
  return found && wordsOfNamesOnly(found.author.replace(/\b(?:Team|Staff|Editors|Desk)\b/gu, ''), lowerCaseWords(pageTexts)) ? found : null;
}

/**
 * The page's texts a reader sees that may write its author's name: the byline elements', the lines under
 * the headline, the article's, the page as first built. The few short texts where a byline stands come
 * first: a name is looked for until one text writes it (fieldAuthorUnseen), whose answer does not depend
 * on the order, and a name shown in a byline element outside the article was looked for through the
 * whole article first.
 */
export function* shownTexts(articleTexts: readonly string[], raw: { bylines: string[]; linesAfterH1?: string[]; stampTexts: string[] }, asBuilt: PageAsBuilt | null): Iterable<string> {
  yield* raw.bylines;
  yield* raw.linesAfterH1 ?? [];
  yield* raw.stampTexts;
  yield* articleTexts;
  if (asBuilt) for (const b of asBuilt.blocks) yield b.text;
}

/** The owner's name a personal site's copyright line gives (lib/bylines/site-owner.ts), whose words the article never writes in lower case. */
export function ownerOfCopyright(bytes: Uint8Array, encoding: string, articleTexts: string[]): ReturnType<typeof labelledBylineAway> {
  const lines = copyrightLinesInPage(bytes, encoding);
  const name = lines.length ? copyrightOwner(lines, () => lowerCaseWords(articleTexts)) : null;
  return name ? { name, author: name, line: lines.find((l) => l.includes(name)) ?? name } : null;
}

/**
 * The name under an author's label in a side column the page's texts leave out ("Author" / "Anna Berg",
 * "Author(s)" / one name an element: lib/html/metadata/aside-author-labels.ts), read as the text path reads
 * a label alone over a name (lib/bylines/labelled-byline.ts). As around the article, a name is one whose
 * words the article never writes in lower case ("Author" / "Climate Policy" is a section's heading).
 */
export function bylineInSideColumn(labelled: readonly string[][], articleTexts: string[], lang: string): ReturnType<typeof labelledBylineAway> {
  let lower: Set<string> | null = null;
  for (const lines of labelled) {
    if (lines.length < 2) continue;
    const found = labelledBylineAway([...lines], 0, lines.length - 1, lang);
    if (found && wordsOfNamesOnly(found.author, (lower ??= lowerCaseWords(articleTexts)))) return found;
  }
  return null;
}
