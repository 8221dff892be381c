/**
 * What the figures page shows must be a count of something a reader can name. Three shapes gave
 * series whose name was a letter or a preposition:
 * - a score, "rated 4.6 out of 5": the unit read as "out";
 * - a product or a size, "107.5 x 85 mm", "3 x 4 panels": the unit read as "x";
 * - a one-letter abbreviation, "368 S." (pages in a German book note): its singular is empty, and an
 *   empty key made the series' address the hash of nothing, shared by every such letter.
 * Real counts next to these words stay ("30 people out of work", "5 experts").
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../scripts/ingest/stages/figures.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { seriesId } from '../../scripts/ingest/facts.ts';
import { measureKey } from '../../scripts/ingest/lib/facts/measure.ts';
import { splitSentences } from '../../scripts/ingest/lib/page-text/language/sentences.ts';

function measures(text: string, lang: string | null = null): string[] {
  return findFigures([{ id: 'p-1', text, sentences: splitSentences(text) }], [], new Report('t'), lang).map((f) => f.key);
}

describe('figures: a score, a product or a letter is no count', () => {
  it('drops a score given "out of" a maximum', () => {
    expect(measures('Customers rated the mover 4.58 out of 5 in our survey.')).toEqual([]);
    expect(measures('The institute scored 87 out of 100 on the index.')).toEqual([]);
  });

  it('drops the first number of a product or a size', () => {
    expect(measures('The board measures 107.5 x 85mm and has two ports.')).toEqual(['port']);
    expect(measures('Schutzmaßnahmen in der E-Mobilität 512-514 X 191-208', 'de')).toEqual([]);
    expect(measures('Seiten 494-495 X X und 684-687 X X.', 'de')).toEqual([]);
    expect(measures('The array has 3 × 4 panels on each roof.')).toEqual(['panel']);
  });

  it('keeps counts next to the same words', () => {
    expect(measures('The closure put 30 people out of work, the union said.')).toEqual(['person']);
    expect(measures('The lab hired 5 experts out of 40 applicants.')).toEqual(['expert', 'applicant']);
  });

  it('never keys a measure by nothing: a letter whose singular is empty keeps the letter', () => {
    expect(measureKey(['S'], null)).not.toBe('');
    expect(seriesId(measureKey(['S'], null))).not.toBe(seriesId(''));
  });
});
