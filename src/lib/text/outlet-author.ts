/**
 * An author field that holds the site's own name ("Harbor Post" by Harbor Post, "HARBORPOST", "The
 * Harbor Post"): the page credits the outlet, not a person. The ingest keeps what the page says (a
 * saved page's fields fall back to the site's name when none names a person); the site does not
 * declare it a person: its JSON-LD gives no Person (the outlet is already its publisher).
 *
 * A personal site is named after its writer ("Mara Lindqvist" by Mara Lindqvist), and nothing in the
 * two equal names tells a writer from a newsroom. So the article's facts show the byline as the feed's
 * dc:creator prints it, saying it is also the outlet's name, rather than "not named": a reader of a
 * personal site saw no writer on the page while the feed named her.
 */
import type { ArticleFrontmatter } from '../../schema';

/** A name as a comparison reads it: letters and digits only, in lower case, a leading "the" dropped ("The Harbor-Post" → "harborpost"). */
const nameKey = (name: string) => name.normalize('NFKC').toLowerCase().replace(/^the\s+/u, '').replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether the author field names the outlet itself. */
export function authorIsOutlet(article: Pick<ArticleFrontmatter, 'author' | 'outlet'>): boolean {
  if (!article.author || !article.outlet) return false;
  const author = nameKey(article.author);
  return author.length > 0 && author === nameKey(article.outlet);
}

/** The author as a person, or null when none is named or the field names the outlet. */
export const personAuthor = (article: Pick<ArticleFrontmatter, 'author' | 'outlet'>): string | null =>
  authorIsOutlet(article) ? null : article.author;

/** The article's "Author" fact: the byline as the page gives it, and a note when it is the outlet's own name. */
export function authorFact(article: Pick<ArticleFrontmatter, 'author' | 'outlet'>): { name: string; note: string | null } | null {
  if (!article.author) return null;
  return { name: article.author, note: authorIsOutlet(article) ? 'also the outlet’s name' : null };
}
