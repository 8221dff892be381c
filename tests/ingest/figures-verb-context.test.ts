/**
 * What a figure measures, read where a report says a quantity changed. "The fleet rose to 40 vessels":
 * the vessels belong to no "rose" (a verb before "to", irregular, so no -ed to tell it by); the
 * measure is the vessels. An area or a volume written with its power ("5 km2", "800 m²", even at a
 * sentence's very end) is a unit, and the figure stays.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../scripts/ingest/stages/figures.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { splitSentences } from '../../scripts/ingest/lib/page-text/language/sentences.ts';

function measures(text: string): string[] {
  return findFigures([{ id: 'p-1', text, sentences: splitSentences(text) }], [], new Report('t')).map((f) => f.key);
}

describe('figures: the measure of a change', () => {
  it('a verb of change before "to" is not what the things belong to', () => {
    expect(measures('The harbour fleet rose to 40 vessels.')).toEqual(['vessel']);
    expect(measures('Its reach grew to 12 km.')).toEqual(['km']);
    expect(measures('The reserve fell to 30 units.')).toEqual(['unit']);
    expect(measures('The trail rose by 5 km.')).toEqual(['km']);
    // A noun before "to" still is: "partnerships to 12 countries" stays the countries of the partnerships.
    expect(measures('The institute extended its partnerships to 12 countries.')).toEqual(['country | partnership']);
  });

  it('keeps a unit written with its power, at the end of a sentence too', () => {
    expect(measures('The sea ice shrank by 5 km2.')).toEqual(['km2']);
    expect(measures('The new hall covers 800 m².')).toEqual(['m²']);
  });
});
