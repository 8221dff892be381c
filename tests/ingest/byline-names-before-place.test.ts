/**
 * The text path's byline where a newspaper writes its writers, then the place they file from, beside
 * the article's stamp: "Joanna Walters and Edward Helmore in New York" / "Fri 22 Dec 2023 17.47 CET"
 * (lib/bylines/name-lines.ts namesBeforePlace, read by stages/segment.ts nameBesideStamp). Two names
 * joined by "and" were passed over there: only a list with commas was read as names.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';
import { namesBeforePlace } from '../../scripts/ingest/lib/bylines/name-lines.ts';

const EN_2 = 'Officials added that the first laboratories could open next spring, with about two hundred researchers working there by the end of the decade.';
const ES = [
  'El ayuntamiento anunció este martes que construirá un nuevo centro de investigación junto a varias universidades de la región.',
  'Según la administración, allí trabajarán hasta doscientos especialistas y los primeros laboratorios podrían abrir la próxima primavera.',
];
const DE = [
  'Die Stadt will in den kommenden fünf Jahren gemeinsam mit mehreren Hochschulen ein neues Forschungszentrum für Wasserstoff aufbauen.',
  'Nach Angaben der Verwaltung sollen dort bis zu zweihundert Fachleute arbeiten, die ersten Labore könnten schon im nächsten Frühjahr öffnen.',
];

/** A news page: menu, headline, standfirst, the byline line over the stamp, the article. */
function page(byline: string, stamp: string, headline: string, standfirst: string, paragraphs: string[]): string {
  return `Home\nWorld\nScience\n${headline}\n\n${standfirst}\n\n${byline}\n${stamp}\n\n${paragraphs.join('\n\n')}\n\nShare`;
}
const en = (byline: string, stamp = 'Fri 22 Dec 2023 17.47 CET') =>
  page(byline, stamp, 'New research centre to open in the harbour district', 'The city plans a hydrogen centre with several universities, officials said on Thursday.', [PROSE, EN_2]);

describe('text bylines: the writers, then the place they file from, beside the stamp', () => {
  it('reads two names joined by "and" before the place, and one name before it', () => {
    expect(article(en('Joanna Walters and Edward Helmore in New York')).record.author).toBe('Joanna Walters and Edward Helmore');
    expect(article(en('Anna Berg in Kyiv')).record.author).toBe('Anna Berg');
  });

  it('in other languages: Spanish "y … en", German "und … aus"', () => {
    const es = page('Ana Gil y Luis Paz en Madrid', '12 de marzo de 2024', 'La ciudad tendrá un nuevo centro de investigación', 'El proyecto costará unos cuarenta millones de euros, según el ayuntamiento.', ES);
    expect(article(es).record.author).toBe('Ana Gil y Luis Paz');
    const de = page('Anna Berg und Jörg Weiß aus Berlin', '30.04.2024, 18:58', 'Neues Zentrum für Wasserstoff geplant', 'Das Projekt soll rund vierzig Millionen Euro kosten, sagt die Stadt.', DE);
    expect(article(de).record.author).toBe('Anna Berg und Jörg Weiß');
  });

  it('the names only, in Latin and other scripts, with their accents', () => {
    expect(namesBeforePlace('Joanna Walters and Edward Helmore in New York')).toBe('Joanna Walters and Edward Helmore');
    expect(namesBeforePlace('Élise Roy et Léa Gros à Paris')).toBe('Élise Roy et Léa Gros');
    expect(namesBeforePlace('Marta Sousa e João Lima em Lisboa')).toBe('Marta Sousa e João Lima');
    expect(namesBeforePlace('Łukasz Nowak w Warszawie')).toBe('Łukasz Nowak');
    expect(namesBeforePlace('Иван Петров в Москве')).toBe('Иван Петров');
  });

  it('guard: a firm of one-word names, a place in lower case or too long, no place, is none', () => {
    expect(namesBeforePlace('Bowers and Wilkins in London')).toBeNull();
    expect(namesBeforePlace('Smith and Jones in Paris')).toBeNull();
    expect(namesBeforePlace('Anna Berg in the harbour')).toBeNull();
    expect(namesBeforePlace('Anna Berg in The Changeling Tonight Show')).toBeNull();
    expect(namesBeforePlace('Joanna Walters and Edward Helmore')).toBeNull();
    expect(namesBeforePlace('Donald Trump speaks to reporters in Clinton')).toBeNull();
  });

  it('guard: beside the stamp, a firm or a link whose words the page writes in lower case is no byline', () => {
    expect(article(en('Bowers and Wilkins in London')).record.author).toBeNull();
    expect(article(`${en('Quick Search in Journals')}\nsearch the quick way`).record.author).toBeNull();
  });

  it('guard: a headline "Smith and Jones in Paris" over the stamp is no byline', () => {
    const { record } = article(`Home\nWorld\nSmith and Jones in Paris\n22 December 2023\n\n${PROSE}\n\n${EN_2}\n\nShare`);
    expect(record.title).toBe('Smith and Jones in Paris');
    expect(record.author).toBeNull();
  });
});
