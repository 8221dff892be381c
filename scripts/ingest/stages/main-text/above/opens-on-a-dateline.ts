/**
 * A paragraph that opens on a news dateline, the place the report was filed from (with its day and
 * its agency), starts the article itself: no standfirst nor caption opens so. The press of each
 * country writes it its own way, and prose-by-the-stamp.ts asks all of them:
 * - the place in capitals, then a dash: "HAYWARD, Calif. (AP) — …", "WASHINGTON, March 5 (Reuters) - …",
 *   "PARIS, 12 mars (AFP) - …", "MADRID, 3 Mar. (EFE).- …";
 * - the place as written, its agency in brackets (one word), then a dash: "Hamburg (dpa) – …",
 *   "Madrid, 3 mar (EFE).- …"; a picture's caption that places a person ("Jane Smith (left) - …") is none;
 * - a German regional paper's: the place alone, a full stop, the sentence ("Berlin. Die Füchse …").
 */
import { captionByItsMarks } from '../inside/position-captions.ts';

/** The day or the region after the place's comma: "Calif.", "March 5", "12 mars", "3 Mar.". */
const AFTER_THE_COMMA = String.raw`(?:,\s*[\p{L}\d][\p{L}\d .'’-]{0,30})?`;
/** The dash that ends the dateline, after the agency's full stop in Spanish ("(EFE).-"). */
const DATELINE_DASH = String.raw`\.?(?:--|[-–—])\s`;
const PLACE_IN_CAPITALS = new RegExp(String.raw`^\p{Lu}[\p{Lu} .'’-]{2,40}${AFTER_THE_COMMA}\s*(?:\([^)]{2,40}\)\s*)?${DATELINE_DASH}`, 'u');
const PLACE_AND_AGENCY = new RegExp(String.raw`^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?${AFTER_THE_COMMA}\s*\([\p{L}]{2,12}\)\s*${DATELINE_DASH}`, 'u');
/** "Berlin. Die …", "Frankfurt/Main. Der …", "Halle-Neustadt. Am …": one place's name, a full stop, a capital. */
const PLACE_AND_FULL_STOP = /^\p{Lu}\p{Ll}{2,}(?:[-/]\p{Lu}\p{Ll}+)?\. \p{Lu}/u;

export function opensOnADateline(line: string): boolean {
  return PLACE_IN_CAPITALS.test(line) || PLACE_AND_FULL_STOP.test(line) || (PLACE_AND_AGENCY.test(line) && captionByItsMarks(line) === null);
}
