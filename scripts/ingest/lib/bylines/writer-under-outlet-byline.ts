/**
 * The writer under a byline that names the outlet: "by Harbor Times" / "March 4, 2025" / "Anna Berg" /
 * the first paragraph, "By Campus News" / "Anna Berg, Northfield University" / the first paragraph. The
 * site's publishing account signs the page's byline with the outlet's name, and the piece's own writer
 * stands alone on the line right over its first paragraph, as the writer's signature opens a piece that
 * was written elsewhere (a republished column, a correspondent's report). Read on the text path only when
 * the header's only byline is an outlet's name (lib/bylines/author.ts outletAfterComma: a word of an
 * outlet's name, a newsroom's last word), so a person's byline is never set aside for a name lower down.
 */
import { endsLikeSentence } from '../page-text/language/text.ts';
import { joinNames, outletAfterComma } from './author.ts';
import { SEPARATOR_LINE } from './byline-labels.ts';
import { personNameAlone } from './name-lines.ts';

/** How many lines under the byline the writer's line may stand: a stamp, a deck, a category between them. */
export const WRITER_UNDER_OUTLET_REACH = 6;

/** The most words after a name and its comma that are the writer's place of work ("Northfield University"), no sentence. */
const AFFILIATION_WORDS = 6;

/** "Anna Berg/Li Wei", "Anna Berg / Li Wei": two writers set apart by a slash. */
const SLASH_BETWEEN_NAMES = /\s?\/\s?/u;

/**
 * The writer's name or names a line gives alone: "Anna Berg", "Anna Berg/Li Wei", "Anna Berg, Northfield
 * University" (the name, then where the writer works); or null. Each name as a person's name alone stands
 * (name-lines.ts personNameAlone: no word of it one the page writes in lower case).
 */
function writerLine(line: string, lower: () => ReadonlySet<string>): string | null {
  const text = line.trim();
  if (personNameAlone(text, lower)) return text;
  const names = text.split(SLASH_BETWEEN_NAMES);
  if (names.length === 2 && names.every((n) => personNameAlone(n, lower))) return joinNames(names);
  const comma = text.indexOf(',');
  if (comma === -1 || endsLikeSentence(text)) return null;
  const [name, place] = [text.slice(0, comma).trim(), text.slice(comma + 1).trim()];
  return personNameAlone(name, lower) && /^\p{Lu}/u.test(place) && !place.includes(',') && place.split(/\s+/).length <= AFFILIATION_WORDS ? name : null;
}

/**
 * The writer's name on the line right over the first paragraph under the byline's line `at`, and that
 * line; or null when `byline` (as the header read it, cleaned by `clean`) names no outlet, or no such line
 * stands within reach. `isProse` says which line is a paragraph; `lower` is the page's words written in
 * lower case (name-lines.ts lowerCaseWords).
 */
export function writerUnderOutletByline(
  byline: string,
  lines: readonly string[],
  at: number,
  clean: (raw: string) => string | null,
  isProse: (text: string) => boolean,
  lower: () => ReadonlySet<string>,
): { name: string; at: number } | null {
  const outlet = clean(byline);
  if (at === -1 || !outlet || !outletAfterComma(outlet)) return null;
  let previous = -1;
  for (let i = at + 1; i < lines.length && i <= at + WRITER_UNDER_OUTLET_REACH; i++) {
    const text = lines[i].trim();
    if (!text || SEPARATOR_LINE.test(text)) continue;
    if (isProse(text)) {
      const name = previous === -1 ? null : writerLine(lines[previous], lower);
      return name && name !== outlet ? { name, at: previous } : null;
    }
    previous = i;
  }
  return null;
}
