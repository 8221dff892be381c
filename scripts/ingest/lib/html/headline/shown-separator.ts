/**
 * A headline in two parts, set apart by a colon in the <h1> ("Tide tables: The complete guide") and by
 * a spaced dash or bar in the share and page titles ("Tide tables - The complete guide | Site"): the
 * page's SEO software writes the title its own way, the page shows the <h1>. The same headline, and
 * the form a reader sees is the <h1>'s (lib/html/headline/html-headline.ts). On the dev pages of the
 * three sets it found one such page, the headline right there, none fewer; a colon set off by spaces
 * ("Kicker : Headline", a kicker in an element of its own) is no such form.
 */
import { norm } from '../metadata/page-field-text.ts';

/** A colon right after a word, a space after it: how a headline sets its parts apart. */
const WORD_COLON = /(?<=[\p{L}\p{N}"'»”)]):\s/gu;
/** A dash or a bar set off by spaces: how a title sets them apart. */
const SPACED_DASH = /\s[-|]\s/gu;

/**
 * Whether `shown` (an <h1>'s text) is `field` with a colon where `field` writes a spaced dash or bar,
 * and nothing else written otherwise (dashes are one mark once normed).
 */
export function separatorAsShown(shown: string, field: string): boolean {
  const a = norm(shown);
  const b = norm(field);
  if (a === b || !a.includes(':')) return false;
  return a.replace(WORD_COLON, ' - ') === b.replace(SPACED_DASH, ' - ') && !/:\s/u.test(b);
}
