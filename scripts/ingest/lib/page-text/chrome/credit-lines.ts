/**
 * The article's credit lines, alone on their line: who sent the copy and who worked on the piece, as a
 * page prints them under (or over) the article. On every set the census reads
 * (scripts/bench/extract/census/credit-lines-census.ts) the truth drops them: they are about the article, not
 * its story. Three shapes, in English and the languages of most news on the web, each a chrome rule:
 * - `agency-credit`, an agency's short name alone: in brackets, in capitals ("(AFP)", "(dpa/AFP)", "(NTB)"),
 *   after "mit", "with", "avec", "con", "com" ("mit dpa", "con EFE"), or with an editor's initials after a
 *   slash ("SDA/sep", "dpa/AFP");
 * - `staff-credits`, a role, a colon and names ("Redaktion: Anna Berg, Jan Roth", "Übersetzung: …,
 *   Schlussredaktion: …", "Edited by: Ann Lee");
 * - `wire-credits`, an agency's credits that say where each reporter was ("Reporting by Ann Lee in Paris and
 *   Tom Hale in London; Editing by Li Wei"), which close its copy as the rule `credits` reads them without
 *   the places.
 * The names are capitalised words: a line that goes on as a sentence ("Redaktion: Die Zahlen stammen aus …")
 * is the article's own. A byline ("Written by …", "Author: …") is not here: the author is the page's
 * metadata, and a list of books prints "Author: …" as its own. Nor are the kinds some set's truth keeps
 * (the census): a note that the article was corrected or updated, a note on affiliate links or a sponsor
 * inside the article, a figure's "Source: …".
 */

/** An agency's short name: capitals ("AFP", "NTB"), or two or three small letters ("dpa", "red", an editor's "sep"). */
const ACRONYM = String.raw`\p{Lu}{2,6}`;
const SMALL_NAME = String.raw`\p{Ll}{2,3}`;
const AGENCIES = String.raw`(?:${ACRONYM}|${SMALL_NAME})(?:\s?[/,]\s?(?:${ACRONYM}|${SMALL_NAME})){0,4}`;
/** "with", in the languages a page credits an agency with it ("mit dpa", "con EFE", "avec AFP"). */
const WITH = '(?:[Mm]it|[Ww]ith|[Aa]vec|[Cc]on|[Cc]om)';

/**
 * "(AFP)", "(dpa/AFP)"; "mit dpa", "— mit AFP"; "SDA/sep" (capitals and small letters both, so that
 * "TCP/IP" and "and/or" are not read as one).
 */
export const AGENCY_CREDIT = new RegExp(
  [
    // In brackets, small letters alone are a word as often ("(or)", "(and/or)"): capitals make it a credit.
    String.raw`^\((?=[^)]*\p{Lu}{2})\s?${AGENCIES}\s?\)\.?$`,
    String.raw`^(?:[–—-]\s?)?${WITH} ${AGENCIES}\.?$`,
    // (The first look ahead stops at a line's first space: a paragraph is not scanned to its end.)
    String.raw`^(?=\S{5,34}$)(?=[^]*\p{Lu}{2})(?=[^]*\p{Ll})(?:${ACRONYM}|${SMALL_NAME})(?:/(?:${ACRONYM}|${SMALL_NAME})){1,4}$`,
  ].join('|'),
  'u',
);

/** A capitalised name of one to four words ("Anna Berg", "Oetker-Kast", "Ann Lee Jr."). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}`;
/** Names joined by commas or "and" in the languages below. */
const NAMES = String.raw`${NAME}(?:(?:, ?| & | (?:and|und|et|y|e) )${NAME}){0,7}`;

/** The case of a word's first letter does not matter: "redaktion", "Redaktion". */
const eitherCase = (word: string) => `[${word[0].toUpperCase()}${word[0].toLowerCase()}]${word.slice(1)}`;

/** Who edited, translated, checked or drew: the roles a page credits over a colon. */
const ROLES = [
  // English
  // (Not "Editors:", "Contributors:", "Graphics:": a journal's or a book's page heads its lists so.)
  'editing', 'edited by', 'copy editing', 'fact-checking', 'fact check', 'fact-check', 'fact-checked by', 'translation', 'translated by', 'additional reporting', 'reporting',
  // German
  'redaktion', 'schlussredaktion', 'bildredaktion', 'faktencheck', 'mitarbeit', 'übersetzung', 'lektorat', 'grafik', 'audioversion', 'bearbeitung',
  // French
  'rédaction', 'édition', 'édité par', 'traduction', 'traduit par', 'infographie',
  // Spanish
  'edición', 'editado por', 'traducción', 'traducido por', 'infografía',
  // Italian
  'redazione', 'a cura di', 'traduzione', 'tradotto da', 'infografica',
  // Portuguese
  'redação', 'edição', 'tradução', 'traduzido por', 'revisão', 'infografia',
];
const ROLE = `(?:${[...new Set(ROLES)].map(eitherCase).join('|')})`;

/** "Reporting by Ann Lee in Paris and Tom Hale in London": a name, perhaps where it was written. */
const NAME_IN = String.raw`${NAME}(?: in ${NAME})?`;
const NAMES_IN = String.raw`${NAME_IN}(?:(?:, ?| and )${NAME_IN}){0,7}`;
const WIRE_ROLE = String.raw`(?:(?:[Aa]dditional |[Ww]ith (?:additional )?)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Tt]ranslated|[Gg]raphics) by)`;

/** "Redaktion: Anna Berg, Jan Roth", "Übersetzung: Jan Roth, Redaktion: Anna Berg". */
export const STAFF_CREDITS = new RegExp(String.raw`^${ROLE} ?: ?${NAMES}(?:[,;] ?${ROLE} ?: ?${NAMES}){0,5}\.?$`, 'u');

/**
 * "Reporting by Ann Lee in Paris; Writing by Tom Hale; Editing by Li Wei", in brackets or not: an agency's
 * credits, which close its copy (as the chrome rule `credits` reads those without the places).
 */
export const WIRE_CREDITS = new RegExp(String.raw`^\(?${WIRE_ROLE} ${NAMES_IN}(?:[,;] ?(?:and )?${WIRE_ROLE} ${NAMES_IN}){0,5}\.?\)?\.?$`, 'u');

/**
 * How every line AGENCY_CREDIT, STAFF_CREDITS or WIRE_CREDITS matches begins: a bracket or a dash, a short
 * name and a slash, "with", a wire's role or a role. Asked of every line the chrome rules read, so it only
 * looks at the line's start: a paragraph fails it at its first word.
 */
export const CREDIT_LINE_MAY_MATCH = new RegExp(
  String.raw`^(?:[(–—-]|\p{L}{2,6}/|(?:mit|with|avec|con|com) |(?:additional |with (?:additional )?)?(?:reporting|writing|editing|compiled|translated|graphics) by|${ROLE})`,
  'iu',
);
