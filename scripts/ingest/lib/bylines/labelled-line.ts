/**
 * The one reader of a labelled byline's line: "By Anna Berg", "ByRosa Medrano", "Von Anna Berg", "By"
 * over "Anna Berg". The text path's header (stages/segment.ts), the texts under the HTML path's
 * headline (lib/bylines/header-byline.ts) and a byline away from the header (lib/bylines/labelled-byline.ts)
 * all read their labels here, with the vocabulary of lib/bylines/byline-labels.ts; each caller then
 * checks the name's shape as strictly as its place on the page asks.
 */
import { isRole } from './author.ts';
import { BYLINE, BYLINE_OTHER_LANGUAGE, GLUED_BYLINE, LABEL_ALONE, LOWER_CASE_BYLINE, PIECE_KIND_BYLINE, PREPOSITIONS, REVIEWER_CREDIT } from './byline-labels.ts';
import { CATEGORY_WORD, nameShaped } from './name-shape.ts';

/** A row's separator opening a line, before what follows it ("| By Anna Berg"). */
const SEPARATOR_BEFORE_LABEL = /^[|·•⋅]\s*/u;

/** The line without a row's separator before its label: "| By Anna Berg" → "By Anna Berg". */
export const withoutLeadingSeparator = (line: string) => line.replace(SEPARATOR_BEFORE_LABEL, '');

/** A line that opens with a one-word preposition ("By", "Von", "Por"), no phrase or noun before it. */
export const BARE_PREPOSITION = new RegExp(`^\\s*(?:${PREPOSITIONS})(?![\\p{L}])`, 'iu');

/** Which labels a caller reads. */
export interface LabelsRead {
  /**
   * The English labels whatever follows them ("By LI WEI | example.com", "Author: admin"; BYLINE). The
   * text path's header reads those as its fields (segment's readHeaderField) and leaves them out here.
   */
  english: boolean;
  /** Other languages' labels before a name ("Von Anna Berg", "Oleh Budi Santoso"; BYLINE_OTHER_LANGUAGE). */
  otherLanguages: boolean;
  /**
   * Whether a bare preposition alone on the line before ("By" / "Li Wei") labels the line. Under the
   * article it is as often another story's byline in a list of teasers: there only a phrase or a noun does.
   */
  barePrepositionAlone: boolean;
}

/** A labelled byline's line, as read. */
export interface LabelledLine {
  /** The byline's words: what follows the label, or the whole line under a label alone. */
  words: string;
  /** Whether the label stood alone on the line before ("By" / "Anna Berg"). */
  underLabel: boolean;
}

/**
 * The byline `line` holds with its label, or the name under a label alone on `previous`; null when
 * neither. Nothing is said of the words' shape: the caller checks them (nameOfByline, namesAPerson).
 */
export function readLabelledLine(line: string, previous: string, labels: LabelsRead): LabelledLine | null {
  if (LABEL_ALONE.test(previous) && (labels.barePrepositionAlone || !BARE_PREPOSITION.test(previous))) return { words: line, underLabel: true };
  const text = withoutLeadingSeparator(line);
  const m = (labels.english ? BYLINE.exec(text) : null) ?? GLUED_BYLINE.exec(text) ?? (labels.otherLanguages ? BYLINE_OTHER_LANGUAGE.exec(text) : null) ?? PIECE_KIND_BYLINE.exec(text) ?? (labels.otherLanguages ? LOWER_CASE_BYLINE.exec(text) : null);
  return m ? { words: m[1], underLabel: false } : null;
}

/** What sets a credits row's parts apart: a bar, a dot, a bullet, a dash between spaces. */
const CREDIT_PART = /(?:(?<!\s)\s+)?[|·•⋅]\s*|(?<!\s)\s+[–—-]\s+/u;

/**
 * "Medically reviewed by Kim Lee, RD — Written by Anna Berg, MS, RD — Updated on March 7, 2025": a row
 * of credits that opens with a reviewer's, an editor's or a fact-checker's (REVIEWER_CREDIT), the
 * writer's after it. The writer's part, as readLabelledLine reads a byline's line, or null: the
 * reviewer is no author, and a row with no writer's part names none.
 */
export function writerAfterReviewer(line: string): LabelledLine | null {
  const text = line.trim();
  // The credit opens the line (REVIEWER_CREDIT is anchored, with no end): a line it does not open is
  // not split. Asked of every line of a header, paragraphs too, which seldom credit a reviewer.
  if (!REVIEWER_CREDIT.test(text)) return null;
  const [first, ...rest] = text.split(CREDIT_PART);
  if (!REVIEWER_CREDIT.test(first)) return null;
  for (const part of rest) {
    const m = BYLINE.exec(part);
    if (m) return { words: m[1], underLabel: false };
  }
  return null;
}

/**
 * Whether a page in language `lang` is read with other languages' labels: only one known to be in
 * another language than English ("Door" opens a product's name, "Von der Leyen" a headline).
 */
export const readsOtherLanguages = (lang: string) => lang !== 'en' && lang !== 'und';

/** A byline's words up to its row's first separator: "Anna Berg | example.com | May 2" → "Anna Berg". */
export const firstPartOfRow = (words: string) => words.split(/(?:(?<!\s)\s+)?[|·•]\s*/)[0].trim();

/**
 * Whether a cleaned byline names a person where no field says it is a byline: shaped as a name, in
 * mixed case ("BY COMPANY TYPE" is a menu), no role, no section's words ("By Topic"), no article
 * before it ("By The Numbers"), no label run into a word ("ColourBy Brand").
 */
export function namesAPerson(cleaned: string): boolean {
  // "ColourBy Brand": a menu's entries run together, a label run into the word before it.
  return !/^(?:the|a|an)\s/i.test(cleaned) && !CATEGORY_WORD.test(cleaned) && nameShaped(cleaned) && /\p{Ll}/u.test(cleaned) && !isRole(cleaned) && !/\p{Ll}By\b/u.test(cleaned);
}
