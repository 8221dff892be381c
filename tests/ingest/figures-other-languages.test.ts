/**
 * Figures of articles not in English, as the built site's figures pages showed them: "ten dům držet"
 * (Czech "that house") and "Ten se před novináři skrýval" were read as ten of something, "24 de mayo de"
 * and "28 lutego" as counts of "de mayo de" and "lutego". The number words are English; a day of a
 * month is a date in any language.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../scripts/ingest/stages/figures.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { splitSentences } from '../../scripts/ingest/lib/page-text/language/sentences.ts';

function figures(text: string, lang: string | null): string[] {
  return findFigures([{ id: 'p-1', text, sentences: splitSentences(text) }], [], new Report('t'), lang).map((f) => f.text);
}

describe('figures in articles in other languages', () => {
  it('English number words are numbers in English only', () => {
    expect(figures('Ten se před novináři skrýval, ale ten dům chtěl prodat za 65 milionů korun.', 'cs')).toEqual(['65 milionů korun']);
    expect(figures('Port ten został już zamknięty, a zatrzymano 70 osób.', 'pl')).toEqual(['70 osób']);
    expect(figures('The institute hired ten engineers and six technicians.', 'en')).toEqual(['ten engineers', 'six technicians']);
    expect(figures('The institute hired ten engineers.', 'en-GB')).toEqual(['ten engineers']);
    // A language not told keeps reading them, as before.
    expect(figures('The institute hired ten engineers.', null)).toEqual(['ten engineers']);
  });

  it('a day of a month is no figure, in any language', () => {
    expect(figures('La reunión del 24 de mayo de 2025 reunió a 57 Estados árabes.', 'es')).toEqual(['57 Estados árabes']);
    expect(figures('Rozmowy zaplanowano na 28 lutego, a czeka 500 mln dolarów.', 'pl')).toEqual(['500 mln dolarów']);
    expect(figures('The agreement signed on 30 October covers 25 laboratories.', 'en')).toEqual(['25 laboratories']);
  });
});

describe('figures: a number that is part of a name or a numbering', () => {
  it('is no count in an English sentence', () => {
    expect(figures('The firm serves Fortune 500 companies and 40 universities.', 'en')).toEqual(['40 universities']);
    expect(figures('Sugar can contribute to type 2 diabetes in 30 per cent of adults.', 'en')).toEqual(['30 per cent']);
    expect(figures('Airlines ordered Boeing 737 jets for 12 routes.', 'en')).toEqual(['12 routes']);
  });

  it('a count after the sentence\'s first word, or after a lower-case word, stays', () => {
    expect(figures('Officials said 30 institutes joined.', 'en')).toEqual(['30 institutes']);
    expect(figures('“Nine tips are enough,” she said.', 'en')).toEqual(['Nine tips']);
    expect(figures('Over 60 laboratories joined.', 'en')).toEqual(['Over 60 laboratories']);
    // German writes every noun with a capital: the rule is English only.
    expect(figures('Der Grill kostet im Angebot 299 Euro.', 'de')).toEqual(['299 Euro']);
  });
});
