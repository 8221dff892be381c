/**
 * A picture's caption with its credit run onto its line as names alone, no © and no picture word:
 * "The road to the spaceport from the harbour. Jane Roe for Harbor World", "El ministro, este domingo
 * en Madrid. EFE/ J.J. Roe", "… à Dnipro en Ukraine. HANDOUT / AFP", "… near the port. AP Photo". The
 * caption is a sentence, ended on its full stop; the credit after it is two to six capitalised words
 * (a photographer, an agency, "for", "via", "of" between them) or names parted by a slash, and the
 * line ends on them with no mark. block-features reads such a credit only with a picture word, a ©, a
 * slash with no space or a long caption over a bare name (lib/page-text/lines/caption-credit*.ts), so
 * the run kept these lines as paragraphs; the news sets' truths leave captions out.
 *
 * A paragraph ends on its stop, so a line that ends on capitalised words after a full stop is rare in
 * prose. What else has that shape, and stays:
 * - a hard-wrapped paragraph's line ("… just as good to the eye. The Harbor Box's" / "big advantage is …"):
 *   the line under it goes on in lower case, or the line above it broke off mid-sentence;
 * - a headline in title case ("… the Bridge Vote Case. They Are Celebrating"): most of its words capitalised;
 * - a labelled item ("Harbor White: A crisp white wine …. Harbor Cellars White"): a label
 *   and a colon open it;
 * - "… Cost vs. Long-Term Value", "… the U.S. Army": the stop ends an abbreviation, not a sentence
 *   (three lower-case letters before it are asked for);
 * - a sentence closed by one capitalised word ("… a good deal. Harborsoft"): two words or a slash are
 *   asked for;
 * - a line among short lines (a list of products, each its description and its name; a box): a
 *   caption stands among the article's paragraphs, so the lines right above and right under it are
 *   prose the core classed good.
 * Fundus dev (text path): such lines on pages in English, Spanish and French, no true line among the kept
 * ones of fundus, body and meta dev. Without the prose on both sides the metadata set's held-out recall
 * went down a little (a caption its truth keeps, or the run's end moved): WCXB's truths keep some
 * captions, fundus's none. Used by detectMainText before the run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOutAsCaption } from '../shared/leave-out.ts';

/** A word of the credit: capitalised (initials and a slash inside allowed), a slash, or a short joining word. */
const CREDIT_WORD = String.raw`(?:\p{Lu}[\p{L}.'’&-]*(?:\/\s?\p{Lu}[\p{L}.'’&-]*)?\/?|\/|for|of|via|and|de|del|von|van|y|und|et|per|für)`;
/**
 * The caption's full stop after a word's three lower-case letters, then the credit to the line's end:
 * its first word capitalised, six words at most, its last a letter.
 */
const CREDIT_AFTER_THE_STOP = new RegExp(String.raw`(?<=\p{Ll}{3}\.)\s+(\p{Lu}[\p{L}.'’&-]*\/?(?:\s+${CREDIT_WORD}){0,5})$`, 'u');
/** Every line the pattern matches ends on a letter and has a full stop, a space and a capital: most lines are not looked at further. */
const MAY_MATCH = /\.\s+\p{Lu}/u;
const ENDS_ON_A_LETTER = /\p{L}$/u;
/** Characters of a caption and its credit at most (fifty words): a longer line is not read further. */
const CAPTION_CHARS = 400;
/** Words of the caption before its credit, at least and (with the credit) at most. */
const CAPTION_WORDS = { min: 5, max: 50 };
/** A headline in title case capitalises most of its words; a caption's sentence does not (German's nouns included). */
const TITLE_CASE_SHARE = 0.7;
/** "Sauvignon Blanc: A crisp …": a label over an item's description, not a caption. */
const LABEL_OPENING = /^(?:\S+\s+){0,3}\S+:\s/u;

const WHY = "a picture's caption (its credit run onto its line as names after the caption's full stop)";

/** Is the line a caption's sentence with its credit after it as names alone? */
export function endsOnNamesAfterACaption(line: string): boolean {
  const text = line.trim();
  if (text.length > CAPTION_CHARS || !ENDS_ON_A_LETTER.test(text) || !MAY_MATCH.test(text)) return false;
  const m = CREDIT_AFTER_THE_STOP.exec(text);
  if (!m) return false;
  const credit = m[1];
  // One word alone closes many a sentence's line ("… a good deal. Harborsoft"): a credit has two or a slash.
  if (!/\s|\//.test(credit)) return false;
  const caption = text.slice(0, m.index).split(/\s+/);
  if (caption.length < CAPTION_WORDS.min || caption.length + credit.split(/\s+/).length > CAPTION_WORDS.max) return false;
  if (LABEL_OPENING.test(text)) return false;
  const capitalised = caption.filter((w) => /^["'“‘(]?\p{Lu}/u.test(w)).length;
  return capitalised / caption.length < TITLE_CASE_SHARE;
}

/** The page's next line with words on it, after line i. */
function nextWords(lines: string[], i: number): string {
  for (let k = i + 1; k < lines.length; k++) if (lines[k].trim()) return lines[k].trim();
  return '';
}

export function captionsEndingOnNames(lines: string[], blocks: ClassedBlock[]): void {
  for (let i = 0; i < lines.length; i++) {
    const b = blocks[i];
    if (b.cls === 'bad' || !endsOnNamesAfterACaption(lines[i])) continue;
    // A hard-wrapped paragraph: the sentence goes on under the line, or came into it from above.
    if (/^\p{Ll}/u.test(nextWords(lines, i))) continue;
    if (i > 0 && /[\p{Ll},;]$/u.test(lines[i - 1].trim())) continue;
    // A caption stands among the article's paragraphs: prose right above it and right under it.
    if (blocks[i - 1]?.cls !== 'good' || blocks[i + 1]?.cls !== 'good') continue;
    leaveOutAsCaption(b, WHY);
  }
}
