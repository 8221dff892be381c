/**
 * Main-text precision: a box of other stories headed by what other readers read ("People are also
 * reading…", "People who read this, also read:", "Readers also liked…") is a box heading like "Most
 * read". A sentence that starts the same way ("People are also reading more books this year.") is
 * none. Invented lines; the headings failed before.
 */
import { describe, expect, it } from 'vitest';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const english = detectLanguage('The council approved the new ferry terminal on Tuesday, and work on the harbor will start in the spring.');

describe('main-text precision: "readers also read" box headings', () => {
  it('reads them as box headings', () => {
    for (const heading of ['People are also reading…', 'People who read this, also read:', 'PEOPLE WHO READ THIS ALSO READ…', 'Readers also liked…', 'Readers are also reading']) {
      expect(blockFeatures(heading, english).boxHeading, heading).toBe(true);
    }
  });

  it('leaves sentences that start the same way alone', () => {
    for (const line of ['People are also reading more books this year.', 'Readers also liked the new ferry timetable, the survey found.', 'People also read the small print before they sign.']) {
      expect(blockFeatures(line, english).boxHeading, line).toBe(false);
    }
  });
});
