/**
 * Main-text precision: a box of other stories under the article ("Mehr zum Thema") whose teasers
 * set their stamp under the summary: headline / summary / "WISSENSCHAFT 21.12.2021" / "21. Dezember
 * 2021". A teaser's headline over its summary read as two paragraphs in a row, and the article was
 * taken to go on there (the stamp over the headline, which told it before, is the previous teaser's
 * and may stand further up, over its picture count); with a stamp right under them they are the next teaser. Invented page;
 * failed before.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const MORE = [
  'Die Verwaltung rechnet damit, dass die Bauarbeiten in der Innenstadt im Frühjahr beginnen und bis zum Ende des kommenden Jahres dauern, wenn das Wetter mitspielt.',
  'Für die Geschäfte an der Hauptstraße soll es während der Sperrungen eine Entschädigung geben, über deren Höhe der Rat im Sommer entscheiden will, wie die Stadt mitteilte.',
  'Die Feuerwehr hat bereits angekündigt, dass sie während der Arbeiten eine zweite Wache im Norden der Stadt besetzen wird, damit die Rettungswege kurz bleiben.',
  'Auch die Busse der Verkehrsbetriebe fahren in dieser Zeit Umwege, die Fahrpläne werden nach Angaben des Unternehmens rechtzeitig im Internet veröffentlicht.',
  'Ein Bürgerbüro am Marktplatz soll Fragen der Anwohner beantworten und ist während der gesamten Bauzeit an drei Tagen in der Woche geöffnet, auch am Samstag.',
  'Am Ende, so die Oberbürgermeisterin, werde die Stadt ein Netz haben, das für die nächsten fünfzig Jahre reiche und die Bürger weniger für ihre Wärme bezahlen lasse.',
];
const ARTICLE = [...GERMAN_PARAGRAPHS, ...MORE];

const BOX = [
  'Mehr zum Thema',
  'Kälte im Winter',
  'Wie heizen wir in Zukunft? Welche Heizung lohnt sich? Wie viel kostet der Umbau? Ein Überblick über die wichtigsten Fragen für Hausbesitzer.',
  'WIRTSCHAFT12.01.2023',
  '12. Januar 2023',
  '9 Bilder',
  'Fernwärme und Gas im großen Vergleich: Wer zahlt in Deutschland am meisten?',
  'Die Preise für Fernwärme unterscheiden sich von Stadt zu Stadt stark, weil jedes Netz anders gebaut und betrieben wird. Eine Auswertung der Verbraucherzentralen zeigt, wo die Kunden am meisten zahlen, warum das so ist und was sie tun können, wenn die Rechnung wieder einmal deutlich höher ausfällt als im Jahr davor.',
  'WIRTSCHAFT21.12.2022',
  '21. Dezember 2022',
  'Was Mieter jetzt über die Abrechnung ihrer Heizkosten wissen sollten',
  'Die Abrechnung kommt oft spät und fällt in diesem Jahr für viele Haushalte hoch aus, manchmal um mehrere hundert Euro. Wie Mieter sie Schritt für Schritt prüfen, welche Posten der Vermieter umlegen darf und wann sie widersprechen können, erklären Fachleute von Mieterverbänden in diesem Ratgeber.',
  'WIRTSCHAFT07.11.2022',
  '7. November 2022',
];

describe('main-text precision: a box of teasers with their stamps under the summaries', () => {
  it('leaves out every teaser of the box under the article', () => {
    const { kept } = chooseArticle(`${GERMAN_HEAD}\n${ARTICLE.join('\n')}\n${BOX.join('\n')}\nImpressum\nDatenschutz`);
    expect(kept).toEqual(ARTICLE);
  });

});
