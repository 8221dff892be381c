/**
 * A picture's caption known by the mark it opens on, where its credit (if any) is one the other caption
 * readers miss (a credit after figures, a credit with a full stop, none at all). Each mark is how the
 * wires and the sites that print their pictures set a caption, and none is how a paragraph opens:
 *
 * - "FILE - Tourists look out from the South Rim …", "FILE: Jane Roe, shown here, …", "FILE PHOTO: …",
 *   "ARCHIVO - …": a wire's label for a picture from its archive, in capitals, then a dash or a colon;
 * - "[1/2]Jane Roe speaks alongside …": a gallery's index in brackets run into its caption;
 * - "(L-R) Jane Roe stars as …", "(L–R): …": who stands where, from the left, opening the caption;
 * - "Enlarge / The new interface is …": a picture's zoom button run into its caption.
 *
 * Each is followed by a capital (or a figure after the wire's label): "FILE-sharing networks …",
 * "[1/2] cup of flour" and "Enlarge / shrink the text" are none. Case-sensitive on purpose: "File - …" or
 * "(l-r)" in a sentence is not the wires' mark. On the dev halves of the body sets' text bodies no truth
 * keeps such a line.
 */

/** The marks, each anchored at the line's start: tried once there. */
const CAPTION_OPENER = new RegExp(
  [
    String.raw`^(?:FILE(?: PHOTO)?|ARCHIVO|FOTO DE ARCHIVO)\s*[-–—:]\s+(?=[\p{Lu}\d])`,
    String.raw`^\[\d{1,2}\/\d{1,2}\]\s?(?=\p{Lu})`,
    String.raw`^\((?:L|R)\s?[-–—]\s?(?:R|L)\)\s?:?\s+(?=\p{Lu})`,
    String.raw`^Enlarge\s\/\s(?=\p{Lu})`,
  ].join('|'),
  'u',
);
/** Every line CAPTION_OPENER matches opens on one of these characters: most lines are not looked at further. */
const OPENER_FIRST = /^[FA[(E]/;

/** Does the line open on a mark only a picture's caption opens on? */
export function opensOnACaptionMark(line: string): boolean {
  return OPENER_FIRST.test(line) && CAPTION_OPENER.test(line);
}
