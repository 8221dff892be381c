/**
 * The reporters an agency's closing credit names: "Reporting by Ann Lee in Paris and Tom Hale in London;
 * Editing by Li Wei", "(Reporting by The Harbor Wire.)". A wire's copy is credited so at its end, not
 * under its headline; the chrome rule `wire-credits` (lib/page-text/chrome/credit-lines.ts) takes the line
 * out of the article. Where the page's header names nobody, the reporters are the article's writers (an
 * agency named as the reporter is its byline); the writer, the editor and the helpers ("Writing by",
 * "Editing by", "Additional reporting by") are not. The text path's header (stages/segment.ts) asks for it
 * when nothing else named the writer.
 */
import { WIRE_CREDITS } from '../page-text/chrome/credit-lines.ts';
import { joinNames } from './author.ts';

/** The reporters' part of a credit line: "Reporting by", after the line's opening bracket, up to the next role or the line's end. */
const REPORTERS = /^\(?Reporting by (.+?)(?:[,;] ?(?:and )?(?:[Aa]dditional |[Ww]ith (?:additional )?)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Tt]ranslated|[Gg]raphics) by .*)?\.?\)?\.?$/u;

/** Where a reporter was, after the name ("Ann Lee in Paris"): the name is what comes before. */
const PLACE_AFTER_NAME = / in \p{Lu}.*$/u;

/** The names a credit line's list gives, in its order: split at commas and "and". */
const NAME_BREAK = /, ?(?:and )?| and /u;

/**
 * The reporters a closing credit line names ("Reporting by Ann Lee in Paris and Tom Hale; Editing by Li Wei"
 * → ["Ann Lee", "Tom Hale"]), or null when the line is no credit line: a sentence that opens with the words
 * ("Reporting by the committee found …") is the article's, and WIRE_CREDITS reads only capitalised names.
 */
export function creditedReporters(line: string): string[] | null {
  const text = line.trim();
  if (!WIRE_CREDITS.test(text)) return null;
  const list = REPORTERS.exec(text)?.[1];
  if (!list) return null;
  const names = list.split(NAME_BREAK).map((n) => n.replace(PLACE_AFTER_NAME, '').trim()).filter(Boolean);
  return names.length ? names : null;
}

/**
 * The reporters of the first closing credit line from `from` through `to` (the article's last lines and
 * those under it), joined as a list ("Ann Lee and Tom Hale"), and its line; null when no line credits a reporter.
 */
export function closingCreditReporters(lines: readonly string[], from: number, to: number): { names: string; line: number } | null {
  for (let i = Math.max(0, from); i <= Math.min(to, lines.length - 1); i++) {
    const names = creditedReporters(lines[i]);
    if (names) return { names: joinNames(names), line: i };
  }
  return null;
}
