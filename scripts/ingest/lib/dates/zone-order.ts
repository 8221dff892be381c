/**
 * The order a stamp's own time zone settles for its numeric date with two readings: "06/01/2026 - 13:55
 * GMT+1" is written where the day comes first (Europe: GMT and its offsets east, BST, CET, EET and their
 * summer times, Australia's and New Zealand's zones), "06/01/2026 1:55 PM EST" where the month does (the
 * United States' zones). A zone several regions share (CST, IST, UTC alone) or none settles nothing: null.
 */
import type { NumericOrder } from './dates.ts';

/** A time, then a zone (one space at most between the parts: no run of spaces to try in several ways) of a region that writes the day first; or of one that writes the month first. In capitals, as zones are written: "10:00 et" is French for "and". */
const DAY_FIRST_ZONE = /\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)? ?\(?(?:GMT(?: ?\+ ?0?[0-3](?::?00)?)?|UTC ?\+ ?0?[0-3](?::?00)?|BST|CEST|CET|EEST|EET|WEST|WET|AEST|AEDT|ACST|AWST|NZST|NZDT)(?![\w-])/;
const MONTH_FIRST_ZONE = /\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)? ?\(?(?:E[SD]T|C[D]T|M[SD]T|P[SD]T|AKST|AKDT|HST|ET|PT|MT)\b/;

/**
 * The zones a stamp writes after its time, in capitals, as a pattern's source: the regions' above and
 * the ones several share ("23:30 EST", "11:30 PM BST", "10:00 IST"). The stamp reader (stages/segment/stamp-line.ts)
 * takes one after the time, so what follows the stamp on its line ("by Anna Berg") is read on its own.
 */
export const STAMP_ZONE = 'E[SD]T|C[SD]T|M[SD]T|P[SD]T|AKST|AKDT|HST|ET|PT|MT|BST|CEST|CET|EEST|EET|WEST|WET|AEST|AEDT|ACST|AWST|NZST|NZDT|IST|JST|KST|UTC|GMT';

export function numericOrderOfZone(line: string): NumericOrder | null {
  const day = DAY_FIRST_ZONE.test(line);
  const month = MONTH_FIRST_ZONE.test(line);
  return day === month ? null : day ? 'day-first' : 'month-first';
}
