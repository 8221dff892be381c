/**
 * A figure counts something: a unit or a noun. A word cut short with a dot in the middle of a sentence
 * ("2 ч. в день", "12 ч. л.", "500 approx. and …", "25 тыс. кв. м") is an abbreviation whose meaning
 * the page does not spell out, so it names no measure a series page could be about. A unit at the end
 * of a sentence keeps its full stop ("The road is 5 km.") and stays a figure.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../scripts/ingest/stages/figures.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { splitSentences } from '../../scripts/ingest/lib/page-text/language/sentences.ts';

function measures(text: string): string[] {
  return findFigures([{ id: 'p-1', text, sentences: splitSentences(text) }], [], new Report('t')).map((f) => f.key);
}

describe('figures: an abbreviation with a dot is no measure', () => {
  it('drops a number whose counted word is an abbreviation inside the sentence', () => {
    expect(measures('Занятия в летней школе длятся 2 ч. в день, сообщили в университете.')).toEqual([]);
    expect(measures('Объём нового учебника — 12 ч. л., он выйдет весной.')).toEqual([]);
    expect(measures('Площадь нового корпуса составила 25 тыс. кв. м. и выросла вдвое.')).toEqual([]);
    expect(measures('The new hall seats 500 approx. and opens to visitors in May.')).toEqual([]);
  });

  it('ends the counted words before an abbreviation that follows them', () => {
    expect(measures('The lab hired 40 engineers approx. in its first year.')).toEqual(['engineer']);
  });

  it('keeps a unit whose dot is the sentence’s full stop, and counted nouns in any script', () => {
    expect(measures('The new road is 5 km. It opened in May.')).toEqual(['km']);
    expect(measures('В проекте участвуют 30 стран, сообщили в министерстве.')).toEqual(['стран']);
    // A capital after the dot starts the next sentence, even where the splitter kept the two together.
    expect(measures('План на 5 дней. Новая неделя начнётся в понедельник.')).toEqual(['дней']);
  });
});
