/**
 * A picture's credit named by its label in shapes block-features' PHOTO_CREDIT and
 * caption-credit-tails.ts miss, each seen on news pages in several languages:
 *
 * - "Image Credits: Harbor Wire", "Photo Credit: Jane Roe via …": the label with "Credit(s)", opening
 *   its line (the credit may hold anything then: a web address, a licence in brackets);
 * - "Bild: hafenbild_nord/agentur", "Foto: dpa": a label alone over a short credit, whatever case the
 *   agency writes its name in (no sentence in it: "Photo: the mayor. She …" is a paragraph);
 * - "(Bild: Hafenblatt.de / Kartendienst)": a whole line in brackets, the label inside;
 * - "Illustration: Jane Roe", "Photo Illustration: Harbor Wire", "[Rendering: Roe Studio]": a drawing's,
 *   a montage's or an architect's picture credited as a photo is, alone on its line or in brackets;
 * - "[Source: Harbor Research]": a chart's source in square brackets, the whole line (a source named
 *   bare, "Source: Bureau of Labor Statistics", is a table's note some articles keep: not read here);
 * - "… on Monday. Photo: Jane Roe.", "… kai. Video: Havnevesenet.", "… Bild: Screenshot: hafen.de":
 *   after the caption's last sentence, the label and a credit that may close on a full stop or hold a
 *   web address; a video's credit too, and a credit in lower case when a slash or a bar parts its
 *   agencies ("Foto: bildagentur nord / Hafenfoto | Jana Rose");
 * - "… von HAFENMODEFoto: Jana Rose. Styling: Ole Berg. Haare: Lea Kim": the label run into a caption
 *   ending on a name in capitals, and a fashion picture's credit going on to the stylist's, the
 *   hairdresser's and the make-up artist's names, each "Label: Name".
 *
 * - "Beitragsbild: Titelseite vom 2.4.2019, Ausriss.": a German compound label for the picture
 *   ("Beitragsbild", "Symbolbild", "Archivbild") opening a short line, whatever follows;
 * - "Neue Regeln für den Winterdienst© Jana Rose/hafenbild.de": a © run into the caption's last word,
 *   no sentence mark before it, and "Stau © hafenbild / Bildagentur": a © before a credit in any case
 *   whose agencies a slash parts.
 *
 * Case-sensitive on purpose where the credit follows a caption: a credit's name is capitalised, and
 * "Video: it shows the crane" is a sentence.
 */
import { PICTURE_KIND } from '../headline/title.ts';

/** The picture words a credit is labelled with, after a caption (capitalised or in capitals). */
const LABEL_AFTER_CAPTION = '(?:Fotos?|FOTOS?|Photos?|PHOTOS?|Bild|BILD|Images?|IMAGES?|Video|VIDEO)';
/** Where the label may stand after its caption: after its last sentence, or run into a last word in capitals. */
const AFTER_CAPTION = String.raw`(?:(?<=\p{L}\p{L}|\p{L}[)"”’])[.!?]["”’]?\s*|(?<=\p{Lu}\p{Lu}))`;
/** A credit's text: no sentence mark, but a full stop inside a web address ("hafen.de"). */
const CREDIT_TEXT = String.raw`(?:[^.!?…]|\.(?=\S)){1,80}`;
/** A word of a short credit alone on its line: no sentence mark but inside a web address. */
const CREDIT_WORD = String.raw`(?:[^\s.!?…]|\.(?=\S))+`;

const CREDIT_LABEL = new RegExp(
  [
    String.raw`^(?:[Ii]mage|IMAGE|[Pp]hoto|PHOTO|[Pp]icture|PICTURE)s?\s+(?:[Cc]redits?|CREDITS?)\s*:\s*\S.{0,100}$`,
    String.raw`${AFTER_CAPTION}${LABEL_AFTER_CAPTION}\s*:\s*(?=\p{Lu}|[^.!?…]{0,60}[/|])${CREDIT_TEXT}\.?$`,
    String.raw`${AFTER_CAPTION}${LABEL_AFTER_CAPTION}\s*:\s*\p{Lu}[^.!?…:]{1,40}(?:\.\s+\p{Lu}[\p{L}-]{1,20}\s*:\s*\p{Lu}[^.!?…:]{1,40}){1,6}$`,
  ].join('|'),
  'u',
);
/** A drawing's or an architect's picture, credited as a photo is ("Photo Illustration:", "PHOTO-ILLUSTRATION:", "Rendering:"). */
const DRAWN_PICTURE = String.raw`(?:photo[- ]?)?(?:illustration|rendering)`;
/** A chart's source, named in square brackets only: bare, it may be a table's note the article keeps. */
const BRACKETED_SOURCE = String.raw`(?:source|quelle|fuente|bron)`;
/** Alone on its line, in any case: the label over a short credit, or the whole line in brackets. */
const CREDIT_LINE = new RegExp(
  [
    String.raw`^(?:${PICTURE_KIND}?(?:foto|bild)|photo|image|${DRAWN_PICTURE})s?\s*:\s*${CREDIT_WORD}(?:\s+${CREDIT_WORD}){0,5}$`,
    String.raw`^\((?:${PICTURE_KIND}?(?:photo|foto|bild|image|picture)|${DRAWN_PICTURE})s?\s*:\s*[^()]{2,80}\)$`,
    // Square brackets: no sentence mark inside ("[Update: The council replied.]" is a note), a web address's dot allowed.
    String.raw`^\[(?:${PICTURE_KIND}?(?:photo|foto|bild|image|picture)|${DRAWN_PICTURE}|${BRACKETED_SOURCE})s?\s*:\s*(?:[^\[\].!?…]|\.(?=\S)){2,80}\]$`,
  ].join('|'),
  'iu',
);
/** A German compound label for the picture opening a short line ("Beitragsbild: …"). */
const COMPOUND_LABEL = new RegExp(String.raw`^${PICTURE_KIND}(?:foto|bild)\s*:\s*\S(?:\S*\s+){0,24}\S*$`, 'iu');
/** A © run into the caption's last word ("…muss© Name/agentur.de"), or before a credit a slash parts, in any case. */
const COPYRIGHT_CREDIT = new RegExp(String.raw`\p{Ll}©\s*\p{L}${CREDIT_TEXT}$|\s©\s*\p{L}[^.!?…©/]{0,40}\/[^.!?…©/]{1,40}$`, 'u');
/** Every line CREDIT_LABEL, CREDIT_LINE or COMPOUND_LABEL matches has one of these (a source's square bracket): most lines are not looked at further. */
const CREDIT_LABEL_MAY_MATCH = /foto|photo|bild|image|picture|video|illustration|rendering|\[/i;
/** Every line COPYRIGHT_CREDIT matches has a © after a letter or a space. */
const COPYRIGHT_MAY_MATCH = /[\p{L}\s]©/u;

/** Is the line a picture's credit named by its label, alone or after its caption, in one of the shapes above? */
export function creditNamedByItsLabel(line: string): boolean {
  if (CREDIT_LABEL_MAY_MATCH.test(line) && (CREDIT_LABEL.test(line) || CREDIT_LINE.test(line) || COMPOUND_LABEL.test(line))) return true;
  // The © itself first (a plain search): the pattern tests every character for a letter or a space before it.
  return line.includes('©') && COPYRIGHT_MAY_MATCH.test(line) && COPYRIGHT_CREDIT.test(line);
}

/** creditNamedByItsLabel without its search for the ©, for the test that holds the one to the other (tests/ingest/text-speed-caption-prechecks.test.ts). */
export function creditNamedByItsLabelReadForTests(line: string): boolean {
  if (CREDIT_LABEL_MAY_MATCH.test(line) && (CREDIT_LABEL.test(line) || CREDIT_LINE.test(line) || COMPOUND_LABEL.test(line))) return true;
  return COPYRIGHT_MAY_MATCH.test(line) && COPYRIGHT_CREDIT.test(line);
}
