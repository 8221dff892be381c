/**
 * A kicker of a few words (a place, a subject, "KOMMENTAR …" with its label in capitals) right over
 * the headline, the article's byline or stamp right under the headline: the header heads the line
 * right over it, and the kicker is no headline. A short headline over its deck and the byline stays
 * the headline; so does the second part of a headline set under its kicker and a colon. A short
 * headline no longer than its kicker, in sentence case, is taken too; a kicker naming the kind of
 * piece ("KOMMENTAR …") gives way to the line under it over the prose, with no header between.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';
import { headlineUnderItsKicker } from '../../scripts/ingest/lib/page-text/headline/headline-under-its-kicker.ts';

const DE = [
  'Die Gemeinde im Tal hat am Sonntag eine neue Bürgermeisterin gewählt, die mit einem Bündnis aus Grünen und Linken angetreten war und den Amtsinhaber deutlich schlug.',
  'Der bisherige Bürgermeister und seine Partei stehen nun vor der Frage, warum die Wähler ihnen nach sechs Jahren das Vertrauen entzogen haben.',
  'Die neue Bürgermeisterin will im Januar ihr Amt antreten und zuerst den Haushalt der Gemeinde für das kommende Jahr vorlegen.',
].join('\n\n');
const ES = [
  'Los fiscales aseguran que el exministro recibió millones de dólares de una red de contrabando durante los años en que dirigió la aduana del puerto.',
  'La defensa del exministro contempla la posibilidad de presentar una fianza para que se le permita defenderse en libertad durante el juicio.',
  'El juicio podría comenzar aproximadamente setenta días después de la audiencia inicial, según la representación legal del acusado.',
].join('\n\n');
const FR = [
  'Les agriculteurs de la vallée récoltent désormais le riz deux fois par an, grâce à une semence qui pousse plus vite pendant la saison des pluies.',
  'Le changement a été lent. Les premiers agriculteurs qui ont essayé la nouvelle semence ont été moqués, jusqu’à ce que leur deuxième récolte paie le toit de l’école.',
  'Aujourd’hui, la plupart des rizières de la vallée sont plantées deux fois, et le conseil du village affirme que les revenus ont doublé en cinq ans.',
].join('\n\n');

describe('a kicker over the headline that its header stands under', () => {
  it('gives way to the headline under it (German, a label in capitals opening the kicker)', () => {
    const page = `Startseite\nPolitik\nSport\nKultur\nKOMMENTAR Wahl im Tal\nDie Bürgermeisterin und ihr Bündnis müssen jetzt liefern\n06.11.2023\n${DE}`;
    expect(titleOf(page)).toBe('Die Bürgermeisterin und ihr Bündnis müssen jetzt liefern');
  });

  it('gives way to the headline under it (Spanish, a question, the kicker sharing the lead’s words)', () => {
    const page = `Inicio\nMundo\nDeportes\nJuicio al exministro\n¿Cuál sería el papel del contrabandista en el juicio contra el exministro?\nPor Ana Gómez\n26.04.2022\n${ES}`;
    expect(titleOf(page)).toBe('¿Cuál sería el papel del contrabandista en el juicio contra el exministro?');
  });

  it('gives way to the headline under it (French, a label in capitals)', () => {
    const page = `Accueil\nMonde\nSport\nANALYSE Riz de la vallée\nPourquoi les agriculteurs récoltent désormais deux fois par an\nPar Jeanne Martin\n27 février 2024\n${FR}`;
    expect(titleOf(page)).toBe('Pourquoi les agriculteurs récoltent désormais deux fois par an');
  });

  it('gives way to a headline of a kind of piece right over the prose, the day in its first paragraph (German)', () => {
    const dated = DE.replace('Die Gemeinde', '06.11.23 - Die Gemeinde');
    const page = `Startseite\nPolitik\nSport\nKultur\nKOMMENTAR Bürgermeisterwahl im Tal\nDie Bürgermeisterin und ihr Bündnis müssen jetzt liefern\n${dated}`;
    expect(titleOf(page)).toBe('Die Bürgermeisterin und ihr Bündnis müssen jetzt liefern');
  });

  it('gives way to a short headline no longer than the kicker, its date under it (German)', () => {
    const page = `Startseite\nPolitik\nSport\nKultur\nNeue Bürgermeisterin im Tal\nBündnis gewinnt deutlich\n06.11.2023\n${DE}`;
    expect(titleOf(page)).toBe('Bündnis gewinnt deutlich');
  });

  it('leaves a headline over a name in Title Case no longer than it (a series, a section) and the byline', () => {
    const page = `Home\nWorld\nSport\nValley rice harvest doubles\nThe Harvest Tracker\nBy Jane Roe\nFebruary 27, 2024\n${BODY}`;
    expect(titleOf(page)).toBe('Valley rice harvest doubles');
  });

  it('leaves a short headline over its deck in sentence case and the byline', () => {
    const page = `Home\nWorld\nSport\nYour Rice Farming Calendar\nHow a village council doubled the harvest of the valley\nBy Jane Roe\nFebruary 27, 2024\n${BODY}`;
    expect(titleOf(page)).toBe('Your Rice Farming Calendar');
  });
});

describe('headlineUnderItsKicker', () => {
  const always = () => true;
  const lines = ['Home', 'Valley', 'Rice farmers in the valley now harvest twice a year', 'By Jane Roe'];

  it('takes the line under a kicker when the header heads it', () => {
    expect(headlineUnderItsKicker(lines, 1, always, always)).toBe(2);
    expect(headlineUnderItsKicker(lines, 1, always, () => false)).toBe(1);
    expect(headlineUnderItsKicker(lines, 1, () => false, always)).toBe(1);
  });

  it('leaves a kicker of more words, a deck of two sentences or one with a label of its own, a sentence', () => {
    expect(headlineUnderItsKicker(['Rice in the Valley Today', lines[2]], 0, always, always)).toBe(0);
    expect(headlineUnderItsKicker(['Valley', 'We can do it all - just not slowly! A comment by Jane Roe'], 0, always, always)).toBe(0);
    expect(headlineUnderItsKicker(['Valley', 'MIGRATION – Farmers and newcomers share the valley now'], 0, always, always)).toBe(0);
    expect(headlineUnderItsKicker(['Valley', 'Rice farmers in the valley now harvest twice a year.'], 0, always, always)).toBe(0);
  });

  it('takes a short line no longer than the kicker only when it says something (a word in lower case)', () => {
    const pair = ['Home', 'Valley rice farmers today', 'Council doubles harvest', 'By Jane Roe'];
    expect(headlineUnderItsKicker(pair, 1, always, always, always)).toBe(2);
    // Not plain: a series' or a section's name in Title Case, an author's name (the caller's test).
    expect(headlineUnderItsKicker(pair, 1, always, always, () => false)).toBe(1);
    // Longer by a word or two: a headline over its deck, or a kicker over its headline; left.
    expect(headlineUnderItsKicker(['Valley rice', 'Council doubles the harvest', 'By Jane Roe'], 0, always, always, always)).toBe(0);
    // A kicker of five words is a headline of its own.
    expect(headlineUnderItsKicker(['Valley rice farmers double harvest', 'The council plan', 'By Jane Roe'], 0, always, always, always)).toBe(0);
  });

  it('takes the line under a kind of piece over the prose, with no header under it', () => {
    const piece = ['Home', 'ANALYSIS Valley rice farming', 'Rice farmers in the valley now harvest twice a year', BODY];
    const never = () => false;
    expect(headlineUnderItsKicker(piece, 1, always, never, never, always)).toBe(2);
    expect(headlineUnderItsKicker(['Home', 'Analysis', piece[2], BODY], 1, always, never, never, always)).toBe(2);
    // A kicker that names no kind of piece asks for the header under the headline.
    expect(headlineUnderItsKicker(['Home', 'HARBOR Valley rice farming', piece[2], BODY], 1, always, never, never, always)).toBe(1);
    expect(headlineUnderItsKicker(piece, 1, always, never, never, never)).toBe(1);
  });

  it('leaves the second part of a headline set under its kicker and a colon', () => {
    expect(headlineUnderItsKicker(['Valley rice', ':', 'Twice a year', 'Rice farmers in the valley now harvest twice a year with the council plan'], 2, always, always)).toBe(2);
  });
});
