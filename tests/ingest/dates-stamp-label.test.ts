/**
 * A stamp line's label set aside before its date is read (lib/dates/stamp-label.ts), one helper for the
 * text path's header (segment.ts: the body after the label) and the choice between stamps (metadata.ts:
 * the date's place in the whole line, which the label before it is read against). Invented lines.
 */
import { describe, expect, it } from 'vitest';
import { dateAfterStampLabel, setStampLabelAside } from '../../scripts/ingest/lib/dates/stamp-label.ts';
import { datesAChange } from '../../scripts/ingest/lib/dates/date-labels.ts';

describe("a stamp line's label set aside", () => {
  it('splits the label, its colon and spaces from the rest of the line', () => {
    expect(setStampLabelAside('Published: 14 March 2021')).toEqual({ label: 'Published: ', body: '14 March 2021' });
    expect(setStampLabelAside('Publiziert6. November 2025, 12:26')).toEqual({ label: 'Publiziert', body: '6. November 2025, 12:26' });
    expect(setStampLabelAside('14 March 2021')).toEqual({ label: '', body: '14 March 2021' });
  });

  it("reads the date after a label run into it, its index the whole line's", () => {
    const line = 'Publiziert6. November 2025, 12:26';
    const found = dateAfterStampLabel(line, 'de');
    expect(found).toMatchObject({ date: '2025-11-06', index: 'Publiziert'.length });
    expect(line.slice(found!.index)).toMatch(/^6\. November 2025/);
    expect(datesAChange(line, found!.index)).toBe(false);
    expect(datesAChange('Aktualisiert am12. März 2026', dateAfterStampLabel('Aktualisiert am12. März 2026', 'de')!.index)).toBe(true);
  });

  it('reads nothing on a line that opens with no label', () => {
    expect(dateAfterStampLabel('6. November 2025', 'de')).toBeNull();
  });
});
