/**
 * A section's or a blog's name the page shows as an <h1> of its own (a banner over the story: "Field
 * Diary" on a page titled "Ice cores dated at last -- Field Diary -- Polar Notes Blog -- Polar Notes"):
 * the <title> names it as one of its later parts, after the headline. The <h1> names no story, and
 * the <title>'s parts from it on are the names its software adds after the headline
 * (lib/html/headline/html-headline.ts).
 *
 * Only a short part (a section's name, SECTION_WORDS), after a longer one: a title that puts a kicker
 * before the headline ("Analysis - Ferries stay in port", the <h1> "Ferries stay in port") has the
 * headline as its longer, later part.
 */
import { norm, wordsOf } from '../metadata/page-field-text.ts';

/** The most words of a section's name set as an <h1>. */
const SECTION_WORDS = 3;

/** Where a separator stands in a <title> and how long it is. */
export type TitleCut = { index: number; 0: string };

/**
 * The index in `title` where its first later part that `heading` says stands (the separator before
 * it), or -1: a part of SECTION_WORDS words at most, with more words before it than in it.
 */
function sectionCutAt(title: string, cuts: readonly TitleCut[], heading: string): number {
  const key = norm(heading);
  if (!key) return -1;
  for (let i = 0; i < cuts.length; i++) {
    const end = i + 1 < cuts.length ? cuts[i + 1].index : title.length;
    const part = title.slice(cuts[i].index + cuts[i][0].length, end);
    const words = wordsOf(part).length;
    if (norm(part) === key && words >= 1 && words <= SECTION_WORDS && wordsOf(title.slice(0, cuts[i].index)).length > words) return cuts[i].index;
  }
  return -1;
}

/** Whether `heading` (an <h1>) is a section's name the <title> sets after the headline. */
export function namesATitleSection(title: string | null, cuts: readonly TitleCut[], heading: string): boolean {
  return title !== null && sectionCutAt(title, cuts, heading) >= 0;
}

/** `title` without its parts from the first section's name an <h1> shows on ("Headline -- Section -- Blog" → "Headline"). */
export function beforeShownSection(title: string, cuts: readonly TitleCut[], sections: readonly string[]): string {
  const at = sections.map((s) => sectionCutAt(title, cuts, s)).filter((i) => i >= 0);
  return at.length ? title.slice(0, Math.min(...at)).trim() : title;
}
