/**
 * A stamp line's label set aside before its date is read ("Published: 14 March 2021", "Publiziert6.
 * November 2025" as a page's fields lose their spaces): a day written before its month's name in another
 * language is read only as a word of its own (lib/dates/dates.ts), so "Publiziert6." hides it until the
 * label is cut off. One reading for the text path's header (stages/segment.ts, which goes on reading the
 * line after its label) and the choice between stamps (stages/metadata.ts, which wants the date's place
 * in the whole line, for the label before it: date-labels.ts datesAChange).
 */
import { findStampDate, type NumericOrder, type ParsedDate } from './dates.ts';
import { STAMP_LABEL } from './date-labels.ts';

export interface LabelAside {
  /** The stamp label the line opens with, its colon and spaces included ('' when none). */
  label: string;
  /** The line after its label: the line itself when it has none. */
  body: string;
}

export function setStampLabelAside(line: string): LabelAside {
  const label = STAMP_LABEL.exec(line)?.[0] ?? '';
  return { label, body: label ? line.slice(label.length) : line };
}

/**
 * The first date of a line read after its stamp label, its index the whole line's (the label's length
 * added to its index in the body); null when the line opens with no label or shows no date after it.
 */
export function dateAfterStampLabel(line: string, lang: string, order?: NumericOrder | null): ParsedDate | null {
  const { label, body } = setStampLabelAside(line);
  const found = label ? findStampDate(body, lang, order) : null;
  return found ? { ...found, index: found.index + label.length } : null;
}
