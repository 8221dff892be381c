/**
 * A blog's filing note under its post, as blog software writes it: the categories and tags the post
 * was filed under ("This entry was posted in Travel and tagged trains. Bookmark the permalink.",
 * "Dieser Eintrag wurde veröffentlicht in …", "Cette entrée a été publiée dans …", "Posted in Travel",
 * "Filed under: Travel"). One phrase list for both paths: the text path's chrome rule
 * (lib/page-text/chrome/entry-footer.ts) and the HTML path's closing lines
 * (lib/html/furniture/html-furniture.ts, TAXONOMY_FILED) build their patterns from it, so a phrase
 * added here is read on both.
 */

/**
 * The whole note's opening in each language, as pattern sources for the `i` flag. The short English
 * form ("Posted in News") counts only with the footer's own "Bookmark the permalink" (a post's header
 * says "Posted in News" over the headline too); the German "Dieser Beitrag wurde unter …" only with the
 * filing's own verb ("abgelegt", "verschlagwortet"), since "unter Mitarbeit von …" is the article's.
 */
export const FILING_NOTE_OPENINGS: readonly string[] = [
  String.raw`this (?:entry|post) was posted (?:in|by|on)\s`,
  String.raw`(?:posted|filed) in\s[^]*\bbookmark the permalink\b`,
  String.raw`(?:dieser|der) (?:eintrag|beitrag|artikel) wurde (?:veröffentlicht in\s|unter\s[^]*\b(?:abgelegt|verschlagwortet)\b)`,
  String.raw`cette entrée a été publiée dans\s`,
  String.raw`esta entrada (?:fue publicada|se publicó) en\s`,
  String.raw`esta entrada foi publicada em\s`,
  String.raw`questa (?:voce|entrata) è stata pubblicata in\s`,
  String.raw`dit (?:bericht|item|artikel) (?:is|werd) geplaatst in\s`,
];

/** The most characters a filing note has: a paragraph that opens so is the article's. */
export const FILING_NOTE_MAX_CHARS = 400;

/**
 * The English note's short form, a label then the first term ("Posted in Travel", "Filed under:
 * Travel", after "This entry was" or not): read only where the article's closing lines are known
 * (the HTML path), and with the term in its capital ("Posted in 1923 from …" is a sentence).
 */
export const FILED_LABELS: readonly string[] = ['posted in', 'filed under'];
/** What may stand before FILED_LABELS in that short form. */
export const FILED_LABEL_HEAD = 'this entry was';

/** A whole filing note, in any of its languages (FILING_NOTE_OPENINGS), of FILING_NOTE_MAX_CHARS at most. */
export const FILING_NOTE = new RegExp(String.raw`^(?=[^]{0,${FILING_NOTE_MAX_CHARS}}$)(?:` + FILING_NOTE_OPENINGS.join('|') + ')', 'i');

/** "Posted in" as pages write it, for a pattern without the `i` flag: "[Pp]osted in", "POSTED IN". */
const casedLabel = (phrase: string) => `[${phrase[0].toUpperCase()}${phrase[0]}]${phrase.slice(1)}|${phrase.toUpperCase()}`;
/** "This entry was" as pages write it before the label: "This entry was ", "THIS ENTRY WAS ". */
const casedHead = (phrase: string) => `${phrase[0].toUpperCase()}${phrase.slice(1)} |${phrase.toUpperCase()} `;

/**
 * The short English form (FILED_LABELS after FILED_LABEL_HEAD or not), its colon or not, and the first
 * term in its capital, read without the `i` flag (under it \p{Lu} takes any letter).
 */
export const FILED_SHORT_FORM = new RegExp(String.raw`^(?:${casedHead(FILED_LABEL_HEAD)})?(?:${FILED_LABELS.map(casedLabel).join('|')})(?:\s*:)?\s?\p{Lu}`, 'u');
