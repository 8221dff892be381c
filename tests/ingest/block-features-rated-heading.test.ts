/**
 * A review list's item heading closed by its score ("Tidewater Review – a sturdy family dinghy (4.4)")
 * was read as a site's counter ("Comments (185)") and went as furniture (lib/page-text/lines/rated-heading.ts).
 * Invented lines; the first case failed before.
 */
import { describe, expect, it } from 'vitest';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const en = detectLanguage('The harbour board voted on Tuesday to keep the old quay open to the trade fairs for another ten years.');

describe('block features: a heading closed by its score is no counter', () => {
  it('reads an item heading with a decimal score in brackets as no counter', () => {
    for (const line of ['Tidewater Review – a sturdy family dinghy (4.4)', 'Birchmoor Sailing Institute Review (3,9)', 'Dunmore Skiff: the budget pick for beginners (8.5)', 'Boat Handling for Beginners from Alder Sound ★★★★☆(29)']) {
      expect(blockFeatures(line, en).counter, line).toBe(false);
    }
  });

  it('still reads counters as counters', () => {
    for (const line of ['(185)', 'Comments (185)', 'Shares (1.2K)', '4.4', '(4.4)', 'Rated (4.4)', 'Read the replies (12)', 'All our boat reviews (35)', '★★★★★(29)']) {
      expect(blockFeatures(line, en).counter, line).toBe(true);
    }
  });
});
