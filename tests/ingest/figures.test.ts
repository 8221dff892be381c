import { describe, expect, it } from 'vitest';
import { findFigures } from '../../scripts/ingest/stages/figures.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { seriesId } from '../../scripts/ingest/facts.ts';
import { measureKey } from '../../scripts/ingest/lib/facts/measure.ts';

function figures(sentence: string) {
  return findFigures([{ id: 'p-1', text: sentence, sentences: [sentence] }], [], new Report('t')).map((f) => ({ key: f.key, value: f.value, upper: f.upper, qualifier: f.qualifier }));
}

describe('figures', () => {
  it('reads numbers in digits and words, with thousands separators and scale words', () => {
    expect(figures('China has trained 180,000 personnel and built five national platforms.')).toEqual([
      { key: 'personnel', value: 180000, upper: null, qualifier: null },
      { key: 'national platform', value: 5, upper: null, qualifier: null },
    ]);
    expect(figures('The fund holds 2.5 billion yuan and twenty-five projects.')).toEqual([
      { key: 'yuan', value: 2.5e9, upper: null, qualifier: null },
      { key: 'project', value: 25, upper: null, qualifier: null },
    ]);
  });

  it('keeps "more than", "over", "nearly" as qualifiers, not as a different number', () => {
    expect(figures('It has relations with more than 160 countries and regions.')[0]).toEqual({ key: 'country and region | relation', value: 160, upper: null, qualifier: 'more than' });
    expect(figures('We supported over 8,300 young scientists.')[0]).toMatchObject({ value: 8300, qualifier: 'over' });
    expect(figures('Nearly 40 percent of funds went abroad.')[0]).toMatchObject({ key: 'per cent', value: 40, qualifier: 'nearly' });
  });

  it('reads ranges and per cent', () => {
    expect(figures('Between them, 10 to 20 countries will join.')[0]).toMatchObject({ value: 10, upper: 20, key: 'country' });
    expect(figures('Spending rose 12% last year.')[0]).toMatchObject({ value: 12, key: 'per cent' });
    expect(figures('Spending rose 7.5 per cent.')[0]).toMatchObject({ value: 7.5, key: 'per cent' });
  });

  it('groups different wordings of one measure under one key', () => {
    const a = figures('China has established such cooperation relations with 161 countries and regions, and signed 114 inter-governmental scientific and technological cooperation agreements.');
    const b = figures('China has established sci-tech cooperation relations with more than 160 countries and regions, and signed 116 inter-governmental agreements on sci-tech cooperation.');
    expect(a.map((f) => f.key)).toEqual(b.map((f) => f.key));
    expect(a.map((f) => f.key)).toEqual(['country and region | relation', 'intergovernmental agreement']);
    // The same noun counted for a different thing is a different measure.
    expect(figures('Services reached users in 175 countries and regions.')[0].key).toBe('country and region | user');
  });

  it('names a series by what it measures, so a source that rewords the measure keeps its id', () => {
    const id = (sentence: string) => figures(sentence).map((f) => seriesId(f.key));
    // The case: "institutions" reworded as "universities and institutes" or "research institutions".
    expect(id('The project brought together engineers from 30 institutions.')).toEqual(['institution-engineer']);
    expect(id('The project brought together engineers from more than 40 universities and institutes.')).toEqual(['institution-engineer']);
    expect(id('Engineers from 35 research institutions joined the team.')).toEqual(['institution-engineer']);
    // Singular or plural, British or American spelling, short or long form, either order of a pair.
    expect(id('China set up 1 joint laboratory with Kenya.')).toEqual(id('China set up 40 joint laboratories with Kenya.'));
    expect(id('China set up 40 joint labs with Kenya.')).toEqual(id('China set up 40 joint laboratories with Kenya.'));
    expect(id('It joined 200 international organisations.')).toEqual(id('It joined 210 international organizations.'));
    expect(id('It has relations with 161 regions and countries.')).toEqual(id('It has cooperation relations with 160 countries and regions.'));
    expect(id('It signed 25 international technology cooperation documents.')).toEqual(id('It signed 43 international sci-tech cooperation documents.'));
  });

  it('keeps genuinely different measures apart', () => {
    const id = (sentence: string) => seriesId(figures(sentence)[0].key);
    const ids = [
      'It has relations with 161 countries and regions.',
      'Services reached users in 175 countries and regions.',
      'Vaccines went to 120 countries.',
      'China supported 8,300 young scientists.',
      'China supported 8,300 scientists.',
      'China set up 40 joint laboratories.',
      'China set up 40 laboratories.',
      'The project brought together engineers from 30 institutions.',
      'The fair brought together exhibitors from 30 institutions.',
      'Over 30 universities joined.',
    ].map(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('ends the counted words before a time phrase: the unit is what is counted, not when', () => {
    const key = (sentence: string) => figures(sentence).map((f) => f.key);
    // "last spring" is when the 30 units came, not part of what they are.
    expect(key('The plant shipped 30 units last spring.')).toEqual(['unit']);
    expect(key('The plant shipped 30 units last spring to the coast.')).toEqual(['unit']);
    expect(key('They plan 12 launches next year.')).toEqual(['launch']);
    expect(key('The lab hired 45 engineers last October.')).toEqual(['engineer']);
    expect(key('The port handled 900 vessels past week alone.')).toEqual(['vessel']);
    expect(key('The network linked 70 stations this winter.')).toEqual(['station']);
    expect(key('The team filed 18 patents earlier this year.')).toEqual(['patent']);
    expect(key('The agency opened 14 offices yesterday.')).toEqual(['office']);
    expect(key('The fund backed 60 startups in 2020.')).toEqual(['startup']);
    expect(key('The firm will deliver 25 turbines by May.')).toEqual(['turbine']);
    // Words that only look like a time phrase stay: a "last mile" is a thing, not a time.
    expect(key('They built 40 last mile depots.')).toEqual(['last mile depot']);
    expect(key('It sold 5 spring mattresses.')).toEqual(['spring mattress']);
  });

  it('skips years, ordinals, dates, durations and numbers inside names', () => {
    expect(figures('In 2022, the 13th Five-Year Plan and the 19th Central Committee met on Oct. 30 after 40 years, amid COVID-19.')).toEqual([]);
  });
});

describe('measureKey: what a figure measures', () => {
  it('keeps a phrase of descriptors only, pairs joined by "&", and words in other scripts', () => {
    expect(measureKey(['scientific', 'and', 'technological', 'cooperation'], null)).toBe('scientific and technological cooperation');
    expect(measureKey(['Universities', '&', 'Colleges'], null)).toBe('institution');
    expect(measureKey(['regions', '&', 'countries'], 'partners')).toBe('country and region | partner');
    expect(measureKey(['соглашений'], null)).toBe('соглашений');
    expect(seriesId(measureKey(['協定'], null))).toMatch(/^u-[0-9a-f]{10}$/);
  });
  it('is the same for the same measure however it is cased or spelled', () => {
    expect(measureKey(['Joint', 'Labs'], null)).toBe(measureKey(['joint', 'laboratories'], null));
    expect(measureKey(['Research', 'Centres'], null)).toBe(measureKey(['centers'], null));
    expect(measureKey(['national', 'universities', 'and', 'research', 'institutes'], null)).toBe('national institution');
  });
});
