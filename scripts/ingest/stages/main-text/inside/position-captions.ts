/**
 * A picture's caption that says who stands where in it: "Jana Rose (links) und Ole Berg im Rathaus.",
 * "Starkes Team: Jana Rose, Ole Berg und Lea Kim (v. l.).", "V. l.: Jana Rose (SPD), Ole Berg …",
 * "Mayor Ann Lee, second left, and …", "(à gauche)", "(izq.)"; or that the picture is an old or a
 * stand-in one: "Das Fährschiff (Archivbild): …", "(Symbolbild)". With no credit on its line (captions
 * over-credits and block-features read those) the caption is a short sentence among the paragraphs,
 * and the run kept it; the truths of the news sets leave captions out. Only a caption points at a
 * picture so: an article says "on the left" in its own words. A line of at most CAPTION_WORDS words
 * with such a mark is left out with its reason, weighing as a caption does; a longer paragraph that
 * names a side in brackets (a table's "(left)" column in a sentence on the figures) stays. Used by
 * detectMainText before the run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOutAsCaption } from '../shared/leave-out.ts';

/** Words of a caption at most (a long one names each person it places): a paragraph that names a side is longer. */
const CAPTION_WORDS = 50;

/**
 * Who stands where, in brackets, in the languages of the news sets: German, English, Spanish, French,
 * Italian, Dutch and the Scandinavian languages. Case-sensitive where a word in capitals means something
 * else ("(R.)" a party); "(re)" and "(li)" without their full stop are words of their own.
 */
const WHERE_IN_BRACKETS =
  /\((?:links|rechts|Mitte|v\.\s?l\.(?:\s?n\.\s?r\.)?|v\.\s?r\.|l\.|r\.|li\.|re\.|left|right|centre|center|from left|l-r|L-R|izq\.|izquierda|dcha\.|derecha|à gauche|à droite|au centre|a sinistra|a destra|al centro|midden|t\.\s?v\.|t\.\s?h\.)\)/u;
/** "V. l.:", "V.l.n.r.:" opening the caption (German's "from the left"). */
const FROM_THE_LEFT = /^V\.\s?l\.(?:\s?n\.\s?r\.)?\s?:/u;
/** ", second left,", ", left,", ", far right,": an English caption's way, after the name it places. */
const PLACED_AFTER_A_NAME = /\p{L}, (?:second |third |far |(?:second |third )?from )?(?:left|right),/u;
/**
 * PLACED_AFTER_A_NAME's answer, asked only of a line that says "left," or "right," (every line it
 * matches does): the pattern opens on a Unicode class, tried at every character of every line with a
 * comma and a space (tests/ingest/text-speed-name-words.test.ts holds the one to the other).
 */
export const placedAfterAName = (line: string): boolean => (line.includes('left,') || line.includes('right,')) && PLACED_AFTER_A_NAME.test(line);
/** PLACED_AFTER_A_NAME's answer on every line, for the test that holds placedAfterAName to it. */
export const placedAfterANameReadForTests = (line: string): boolean => PLACED_AFTER_A_NAME.test(line);
/** The picture is an old one or stands in for the scene: "(Archivbild)", "(Symbolbild)", "(Archivfoto)". */
const KIND_OF_PICTURE = /\((?:Archivbild|Symbolbild|Archivfoto|Symbolfoto)\)/u;
/** Every line the patterns above match holds one of these: most lines are not looked at further. */
const MAY_MATCH = /\(|^V\.|, /;

const WHERE_WHY = "a picture's caption (it says who stands where in the picture)";
const KIND_WHY = "a picture's caption (it says the picture is an old or stand-in one)";

/** Why the line is a picture's caption by its marks, or null. */
export function captionByItsMarks(line: string): string | null {
  if (!MAY_MATCH.test(line)) return null;
  if (WHERE_IN_BRACKETS.test(line) || FROM_THE_LEFT.test(line) || placedAfterAName(line)) return WHERE_WHY;
  if (KIND_OF_PICTURE.test(line)) return KIND_WHY;
  return null;
}

export function captionsByTheirMarks(lines: string[], blocks: ClassedBlock[]): void {
  for (let i = 0; i < lines.length; i++) {
    const b = blocks[i];
    if (b.cls === 'bad' || b.features.words > CAPTION_WORDS) continue;
    const why = captionByItsMarks(lines[i].trim());
    if (why) leaveOutAsCaption(b, why);
  }
}
