/**
 * "Valley harvest" / ":" / "Farmers plant rice twice a year": the kicker, the colon and the headline
 * each in an element of their own, which innerText writes on three lines. The headline is the three
 * joined, as the page writes it. A kicker in capitals is a styled label: the headline stands alone.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { BODY } from './headline-fixture.ts';
import { kickerOverColon } from '../../scripts/ingest/lib/page-text/headline/kicker-over-colon.ts';

const MENU = ['Home', 'News', 'Farming', 'Weather', 'Markets', 'Schools', 'Roads', 'Health', 'Sport', 'Music'].join('\n');

describe('a kicker over a colon alone on its line', () => {
  it('joins the headline, with the colon', () => {
    const page = [MENU, 'Valley harvest', ':', 'Farmers plant rice twice a year', 'By Jane Smith', 'November 19, 2025', BODY].join('\n');
    const { record, report } = article(page);
    expect(record.title).toBe('Valley harvest: Farmers plant rice twice a year');
    expect(report.entries.some((e) => e.rule === 'headline-kicker-over-colon')).toBe(true);
  });

  it('leaves a kicker in capitals, a sentence or a label with its own colon out', () => {
    const h = 'Farmers plant rice twice a year';
    expect(kickerOverColon(h, ['VALLEY HARVEST', ':', h], 2)).toBeNull();
    expect(kickerOverColon(h, ['The valley had a good year.', ':', h], 2)).toBeNull();
    expect(kickerOverColon(h, ['Read more:', ':', h], 2)).toBeNull();
    expect(kickerOverColon(h, ['Valley harvest', h], 1)).toBeNull();
    expect(kickerOverColon(h, ['Valley harvest', '', '：', '', h], 4)).toEqual({ headline: 'Valley harvest: Farmers plant rice twice a year', kicker: 'Valley harvest' });
  });
});
