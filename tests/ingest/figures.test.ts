import { describe, expect, it } from 'vitest';
import { findFigures } from '../../scripts/ingest/stages/figures.ts';
import { Report } from '../../scripts/ingest/report.ts';

function figures(sentence: string) {
  return findFigures([{ id: 'p-1', text: sentence, sentences: [sentence] }], [], new Report('t')).map((f) => ({ key: f.key, value: f.value, upper: f.upper, qualifier: f.qualifier }));
}

describe('figures', () => {
  it('reads numbers in digits and words, with thousands separators and scale words', () => {
    expect(figures('China has trained 180,000 personnel and built five national platforms.')).toEqual([
      { key: 'personnel', value: 180000, upper: null, qualifier: null },
      { key: 'national platforms', value: 5, upper: null, qualifier: null },
    ]);
    expect(figures('The fund holds 2.5 billion yuan and twenty-five projects.')).toEqual([
      { key: 'yuan', value: 2.5e9, upper: null, qualifier: null },
      { key: 'projects', value: 25, upper: null, qualifier: null },
    ]);
  });

  it('keeps "more than", "over", "nearly" as qualifiers, not as a different number', () => {
    expect(figures('It has relations with more than 160 countries and regions.')[0]).toEqual({ key: 'countries and regions | relations', value: 160, upper: null, qualifier: 'more than' });
    expect(figures('We supported over 8,300 young scientists.')[0]).toMatchObject({ value: 8300, qualifier: 'over' });
    expect(figures('Nearly 40 percent of funds went abroad.')[0]).toMatchObject({ key: 'per cent', value: 40, qualifier: 'nearly' });
  });

  it('reads ranges and per cent', () => {
    expect(figures('Between them, 10 to 20 countries will join.')[0]).toMatchObject({ value: 10, upper: 20, key: 'countries' });
    expect(figures('Spending rose 12% last year.')[0]).toMatchObject({ value: 12, key: 'per cent' });
    expect(figures('Spending rose 7.5 per cent.')[0]).toMatchObject({ value: 7.5, key: 'per cent' });
  });

  it('groups different wordings of one measure under one key', () => {
    const a = figures('China has established such cooperation relations with 161 countries and regions, and signed 114 inter-governmental scientific and technological cooperation agreements.');
    const b = figures('China has established sci-tech cooperation relations with more than 160 countries and regions, and signed 116 inter-governmental agreements on sci-tech cooperation.');
    expect(a.map((f) => f.key)).toEqual(b.map((f) => f.key));
    expect(a.map((f) => f.key)).toEqual(['countries and regions | relations', 'intergovernmental agreements']);
    // The same noun counted for a different thing is a different measure.
    expect(figures('Services reached users in 175 countries and regions.')[0].key).toBe('countries and regions | users');
  });

  it('skips years, ordinals, dates, durations and numbers inside names', () => {
    expect(figures('In 2022, the 13th Five-Year Plan and the 19th Central Committee met on Oct. 30 after 40 years, amid COVID-19.')).toEqual([]);
  });
});
