/**
 * A `<title>` that stops inside a headline written as a list ("Letters: Ferries | Tolls | Schools" in
 * the `<title>`, "Letters: Ferries | Tolls | Schools | Bridges | Parks" in the `<h1>` and og:title): the
 * `<title>` ends where a length limit or the page's software cut it, not where the headline ends.
 * What the longer form adds after the `<title>`'s end is more of the list, set off by the mark that
 * already parts the list's items (twice or more in the shorter form), not a site's name or a section
 * after the headline. The longer form is then no page-title form of the `<title>`'s ("Headline |
 * Site") and keeps its votes (lib/html/headline/html-headline.ts).
 *
 * Guards, each a case the rule must leave alone:
 * - a share field writes the shorter form too: the newsroom wrote it, it takes the votes as before;
 * - a subtitle the `<h1>` and a share field show after a headline that is no list ("Planning for the
 *   Future You - Tips for Savers" over the `<title>`'s "Planning for the Future You"): the metadata
 *   set's truth leaves such subtitles out (made for any shorter `<title>`, the rule lost 4 of its dev
 *   pages, session 53).
 */
import { SPACED_MARK } from './title-separators.ts';

/** The fields a page fills with a share title, written for the story as its newsroom titles it. */
const SHARE_FIELDS: ReadonlySet<string> = new Set(['JSON-LD headline', 'og:title', 'twitter:title', 'meta headline']);

/** The fields read from the `<title>` (the extractor's title is a copy of it). */
const FROM_TITLE: ReadonlySet<string> = new Set(['<title>', 'extractor']);

/** The spaced mark a part opens with (" | Bridges | Parks"). */
const OPENING_MARK = new RegExp(`^\\s+(${SPACED_MARK})\\s`, 'u');

/** How often the shorter form sets the mark between its own parts: three items or more make a list. */
const LIST_MARKS = 2;

/**
 * Whether the fields `short` (the `<title>` alone) state `shortText`, and `long` (the `<h1>` and a share
 * field) state the same list of items going on after it (`suffix`, opening on the mark that parts the
 * list's items in `shortText`).
 */
export function titleCutsShownList(shortText: string, suffix: string, short: ReadonlySet<string>, long: ReadonlySet<string>): boolean {
  if (!short.has('<title>') || ![...short].every((f) => FROM_TITLE.has(f))) return false;
  if (!long.has('h1') || ![...long].some((f) => SHARE_FIELDS.has(f))) return false;
  const mark = OPENING_MARK.exec(suffix)?.[1];
  return mark !== undefined && shortText.split(` ${mark} `).length - 1 >= LIST_MARKS;
}
