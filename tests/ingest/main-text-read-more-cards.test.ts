/**
 * Main-text precision: another story's card between the article's paragraphs under a "read more"
 * button ("Czytaj więcej" / "POLITYKA" / its headline / its summary). The card is left out and the
 * article runs on past it; a "read more" button over the rest of the article (no kicker in
 * capitals under it) stays as it was. Invented pages; the card cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const PL = [
  'Rada miasta zdecydowała w poniedziałek, że nowy most nad rzeką zostanie otwarty dla ruchu jeszcze przed końcem wakacji, o miesiąc wcześniej niż planowano.',
  'Według urzędników budowa kosztowała mniej, niż zakładano, ponieważ zima była łagodna, a wykonawca zatrudnił więcej ludzi na nocnych zmianach.',
  'Mieszkańcy dzielnicy portowej mówią, że czekali na ten most od lat, bo dziś do centrum jadą objazdem przez całe miasto, często dłużej niż godzinę.',
  'Radni zapowiedzieli też, że w przyszłym roku rozpoczną budowę ścieżki rowerowej wzdłuż rzeki, która połączy most z parkiem miejskim i dworcem.',
];
const HEAD = 'Nowy most otwarty przed wakacjami\nAnna Nowak\nPublikacja: 12.03.2024 10:15';

describe('main-text precision: another story\'s card under a "read more" button', () => {
  it('leaves out the button, the kicker, the headline and the summary, and keeps the paragraphs under the card', () => {
    const card = ['Czytaj więcej', 'SAMORZĄD', 'Radni chcą nowej linii tramwajowej do portu', 'Miasto przygotowuje plan nowej linii tramwajowej, która ma połączyć dworzec z portem i nowym osiedlem na północy...'];
    const page = `${HEAD}\n${PL[0]}\n${PL[1]}\n${card.join('\n')}\n${PL[2]}\n${PL[3]}`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(PL);
    for (const line of card) expect(why.get(line)).toMatch(/read more/);
  });

  it('does so in German too ("Weiterlesen")', () => {
    const card = ['Weiterlesen', 'VERKEHR', 'Neue Buslinie fährt ab Mai bis zum Hafen', 'Die Verkehrsbetriebe richten eine neue Linie ein, die alle zwanzig Minuten zwischen Bahnhof und Hafen pendelt.'];
    const A = GERMAN_PARAGRAPHS;
    const { kept } = chooseArticle(`${GERMAN_HEAD}\n${A[0]}\n${A[1]}\n${card.join('\n')}\n${A[2]}\n${A[3]}`);
    expect(kept).toEqual(A);
  });

  it('leaves out a card whose headline asks a question', () => {
    const card = ['Czytaj więcej', 'PUBLICYSTYKA', 'Jan Kowalski: Czy nowy most zmieni dzielnicę portową na zawsze?', 'Most to nie tylko skrót do centrum. To także szansa dla sklepów i kawiarni, które od lat czekają na klientów z drugiego brzegu.'];
    const page = `${HEAD}\n${PL[0]}\n${PL[1]}\n${card.join('\n')}\n${PL[2]}\n${PL[3]}`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(PL);
    for (const line of card) expect(why.get(line)).toMatch(/read more/);
  });

  it('keeps the article a "read more" button unfolds (a sub-heading and paragraphs under it)', () => {
    const sub = 'Wie es weitergeht';
    const page = `${HEAD}\n${PL[0]}\n${PL[1]}\nCzytaj więcej\n${sub}\n${PL[2]}\n${PL[3]}`;
    expect(chooseArticle(page).kept).toEqual(expect.arrayContaining(PL));
  });
});
