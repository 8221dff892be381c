/**
 * name-beside-stamp: "Anna Berg" / "September 4, 2025", or the stamp then the name: the name alone on
 * the line over or under a stamp of the article, which segment asks of the header's first stamp and of
 * a stamp read away from the header (stages/segment.ts).
 */
import { namesBeforeRoleNote } from '../../lib/bylines/role-note.ts';
import { bareName, CALL_TO_ACT, commonWordsOnly, NEWSROOM_BYLINE, nameBeforeItsTail, namesBeforePlace, namesList, READING_TIME, wordsOfNamesOnly } from '../../lib/bylines/name-lines.ts';
import { captionOverCredit, nextPast } from './header-lines.ts';
import { namesAPlace } from '../../lib/facts/not-a-person.ts';

/**
 * A place alone on its line, as a byline gives where the writer files from: one to three capitalised
 * words, a comma between two places ("Córdoba", "Sevilla, Los Gallardos"), a short particle inside.
 */
const PLACE_LINE = /^\s*\p{Lu}[\p{L}'’.-]*(?:(?:,\s*|\s+)(?:\p{Lu}[\p{L}'’.-]*|de|del|la|las|los|am|an|der|sur|di)){0,3}\s*$/u;

/**
 * The name alone on the line over or under the stamp on line `at`, a separator line aside, wherever the
 * headline (line `headline`, or -1) was found (above the stamp, or a wrong line far from it); or null.
 * Not a call to act or a label in capitals (a menu's last link over the stamp: "Get Started", "PRESS
 * RELEASE"). `lowerCaseWords`: the words the page writes in lower case, read when first asked.
 */
export function nameBesideStamp(lines: readonly string[], at: number, headline: number, lowerCaseWords: () => ReadonlySet<string>): string | null {
  // Under the stamp, its reading time may come first ("5 min read").
  let under = nextPast(lines, at, 1);
  if (READING_TIME.test(lines[under] ?? '')) under = nextPast(lines, under, 1);
  // Over the stamp, the place the writer files from may come between ("Anna Berg" / "Córdoba" / "25/04/2026").
  let over = nextPast(lines, at, -1);
  if (over > headline && PLACE_LINE.test(lines[over] ?? '') && !bareName(lines[over].trim())) over = nextPast(lines, over, -1);
  for (const j of [over, under]) {
    // A name right over a picture's credit is its caption: who is pictured.
    if (j === headline || captionOverCredit(lines, nextPast(lines, j, 1))) continue;
    const line = lines[j]?.trim() ?? '';
    // "United States" over "Business News | Tue Mar 21, 2017": an edition picker's country, a place by the stamp, nobody who wrote.
    if (namesAPlace(line)) continue;
    // "19 Dec, 2025" / "Newsdesk": the newsroom's byline where nobody signs.
    if (NEWSROOM_BYLINE.test(line)) return line;
    // "Ana Gómez, Luis Roca (Enviado especial)": the writers, then their role in brackets.
    const noted = namesBeforeRoleNote(line);
    if (noted && /\p{Ll}/u.test(noted) && !commonWordsOnly(noted, lowerCaseWords())) return noted;
    // "Anna Berg @ Example Labs": the name before what is no name. A list of names with commas
    // ("Anna Berg, Li Wei & Jo Park"); else "&" joins a firm's names here ("Bowers & Wilkins").
    const text = namesList(line) && line.includes(',') ? line : (nameBeforeItsTail(line) ?? line);
    const shaped = (bareName(text) && !text.includes('&')) || (namesList(text) && text.includes(','));
    if (shaped && /\p{Ll}/u.test(text) && !CALL_TO_ACT.test(text) && !commonWordsOnly(text, lowerCaseWords())) return text;
    // "JAMES RISWICK" / "Dec 21st 2023": in capitals, a name when the page writes it in mixed case inside another line.
    const spelt = shaped && !/\p{Ll}/u.test(text) ? mixedCaseSpelling(lines, text, lowerCaseWords) : null;
    if (spelt) return spelt;
    // "Joanna Walters and Edward Helmore in New York": the writers, then the place they file from.
    // Their words are never written in lower case on the page ("Quick Search in Journals" is a link's).
    const placed = namesBeforePlace(line);
    if (placed && /\p{Ll}/u.test(placed) && !CALL_TO_ACT.test(placed) && wordsOfNamesOnly(placed, lowerCaseWords())) return placed;
  }
  return null;
}

/**
 * A name in capitals as the page writes it in mixed case inside a longer line ("Image Credit: James
 * Riswick", "Follow Anna Berg on X"), or null. Capitals beside the stamp are mostly a label or a menu's
 * last link ("PRESS RELEASE"): a menu writes its links alone on their lines, and a label's words are
 * written in lower case somewhere on the page; a name's spelling inside a sentence or a credit is neither.
 */
function mixedCaseSpelling(lines: readonly string[], caps: string, lowerCaseWords: () => ReadonlySet<string>): string | null {
  const upper = caps.toUpperCase();
  for (const line of lines) {
    const folded = line.toUpperCase();
    // A letter whose capital is longer ("ß" → "SS") moves the offsets: such a line is passed over.
    const at = folded.length === line.length ? folded.indexOf(upper) : -1;
    if (at === -1 || line.trim().length === caps.length) continue;
    const [before, after] = [line[at - 1] ?? ' ', line[at + caps.length] ?? ' '];
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
    const spelt = line.slice(at, at + caps.length);
    if (/\p{Ll}/u.test(spelt) && bareName(spelt) && !CALL_TO_ACT.test(spelt) && wordsOfNamesOnly(spelt, lowerCaseWords())) return spelt;
  }
  return null;
}
