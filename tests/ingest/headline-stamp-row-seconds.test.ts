/**
 * A stamp row whose times carry their seconds ("Written: 2025-11-07 15:03:30 / Updated: 2025-11-07
 * 15:30:46") is the article's header row (headline.ts stampRow): the seconds are no word of the date's
 * field. The headline right over it is the page's, not a button above it nor the first sentence.
 */
import { describe, expect, it } from 'vitest';
import { headerLine } from '../../scripts/ingest/lib/page-text/headline/headline.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { BODY, titleOf } from './headline-fixture.ts';

const language = detectLanguage(BODY);
const header = (line: string) => headerLine(line, blockFeatures(line, language));

describe('a stamp row with seconds in its times', () => {
  it('is a header line', () => {
    expect(header('Written: 2025-11-07 15:03:30 / Updated: 2025-11-07 15:30:46')).toBe(true);
    expect(header('2025-11-07 08:30:12 | 3 comments')).toBe(true);
  });

  it('is none when its other field is a sentence, not a stamp field', () => {
    expect(header('Written: 2025-11-07 15:03:30 / Rice farmers sold their second harvest early')).toBe(false);
  });

  it('makes the line over it the headline, its full stop kept', () => {
    const page = `Dark Mode Go Top\nDomestic\nRice Farmers Expect Two Harvests by Wed. after Rain Alert Tues.\nWritten: 2025-11-07 15:03:30 / Updated: 2025-11-07 15:30:46\nShare\nPrint\n\n${BODY}`;
    expect(titleOf(page)).toBe('Rice Farmers Expect Two Harvests by Wed. after Rain Alert Tues.');
  });
});
