/**
 * A price is no stamp. Block features read "$99.99" and "0:00" as date lines (a line of figures with
 * a separator), so headerLine (lib/page-text/headline/headline.ts) takes a price for a stamp. Over a box of
 * top picks, each pick's price right above the run then read as the article's header, and the
 * opening above the box was lost (main-text.ts, openingAboveItsContents). A date line in which no
 * date is found, and that is no byline or stamp otherwise, heads nothing.
 */
import type { BlockFeatures } from '../../../lib/page-text/lines/block-features.ts';
import { headerLine } from '../../../lib/page-text/headline/headline.ts';
import { findFusedDates } from '../../../lib/dates/dates.ts';

export function stampOverTheRun(line: string, f: BlockFeatures): boolean {
  if (!headerLine(line, f)) return false;
  return !f.dateLine || findFusedDates(line).length > 0 || headerLine(line, { ...f, dateLine: false });
}
