/**
 * The text path's byline in the article's facts box far under it: "Datum 28.04.2023" / "Autorin/Autor
 * Roman Goncharenko", past a list of stories to read next, more lines under the article than an
 * author's box stands. A labelled byline (a noun or a phrase, not a bare "By") right beside a labelled
 * date line there names the writer when the header names nobody; a photo's or an editor's credit, a
 * teaser's bare "By", a comment's author do not.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const GERMAN_PROSE = 'Das Ministerium sagte, das Programm werde die gemeinsame Forschung von Wissenschaftlern aus vielen Ländern in den kommenden fünf Jahren fördern.';
/** Stories to read next, each a headline and its summary: the lines that put the facts box far under the article. */
const teasers = (label: string, summary: string) => [label, 'Ein anderer Bericht über Forschung', summary, 'Noch ein Bericht über Forschung', summary, 'Ein dritter Bericht', summary, 'Ein vierter Bericht', summary, 'Audio und Video zum Thema', 'Besuch im Labor'];

const germanPage = (...facts: string[]) =>
  `Startseite\nNachrichten\nWissenschaftler aus vielen Ländern forschen gemeinsam\n${GERMAN_PROSE}\n${GERMAN_PROSE}\n${GERMAN_PROSE}\n${teasers('Die Redaktion empfiehlt', 'Mehr über diesen Bericht.').join('\n')}\n${facts.join('\n')}\nThemenseiten Forschung, Wissenschaft\nDrucken Seite drucken`;
const FRENCH_PROSE = "Le ministère a déclaré que le programme soutiendrait la recherche commune de scientifiques de nombreux pays au cours des cinq prochaines années.";
const frenchPage = (...facts: string[]) =>
  `Accueil\nActualités\nDes scientifiques de nombreux pays font de la recherche ensemble\n${FRENCH_PROSE}\n${FRENCH_PROSE}\n${FRENCH_PROSE}\n${['À lire aussi', 'Un autre article sur la recherche', 'Plus sur ce sujet.', 'Encore un article', 'Plus sur ce sujet.', 'Un troisième article', 'Plus sur ce sujet.', 'Un quatrième article', 'Plus sur ce sujet.', 'Audio et vidéo'].join('\n')}\n${facts.join('\n')}\nThèmes Recherche, Science\nImprimer`;
const englishPage = (...facts: string[]) =>
  `Home\nNews\nScientists from many countries research together\n${PROSE}\n${PROSE}\n${PROSE}\n${['Read more', 'Another story on research', 'More on that.', 'Yet another story', 'More on that.', 'A third story', 'More on that.', 'A fourth story', 'More on that.', 'Audio and video'].join('\n')}\n${facts.join('\n')}\nTopics Research, Science\nPrint`;

describe('text bylines: the facts box far under the article', () => {
  it('reads the labelled byline beside the labelled date, in German and in English', () => {
    expect(article(germanPage('Datum 28.04.2023', 'Autorin/Autor Roman Goncharenko')).record.author).toBe('Roman Goncharenko');
    expect(article(englishPage('Date: 3 May 2024', 'Author: Anna Berg')).record.author).toBe('Anna Berg');
    expect(article(englishPage('Written by Anna Berg', 'Published: 3 May 2024')).record.author).toBe('Anna Berg');
    expect(article(frenchPage('Date : 3 mai 2024', 'Texte : Anna Berg')).record.author).toBe('Anna Berg');
  });

  it('the header names the writer: the facts box does not replace the name', () => {
    const page = germanPage('Datum 28.04.2023', 'Autorin/Autor Roman Goncharenko').replace('gemeinsam\n', 'gemeinsam\nVon Anna Berg\n');
    expect(article(page).record.author).toBe('Anna Berg');
  });

  it("takes no photo's or editor's credit, no teaser's bare \"By\", no byline with no dated label beside it", () => {
    expect(article(germanPage('Datum 28.04.2023', 'Foto: Roman Goncharenko')).record.author).toBeNull();
    expect(article(englishPage('Date: 3 May 2024', 'Edited by Anna Berg')).record.author).toBeNull();
    expect(article(englishPage('Date: 3 May 2024', 'Photo: Anna Berg')).record.author).toBeNull();
    expect(article(englishPage('A fifth story', 'By Li Wei', 'Date: 3 May 2024')).record.author).toBeNull();
    expect(article(germanPage('Datum 28.04.2023', 'Redaktion: Roman Goncharenko')).record.author).toBeNull();
    expect(article(germanPage('Datum 28.04.2023', 'Mitarbeit: Roman Goncharenko')).record.author).toBeNull();
    expect(article(germanPage('Autorin/Autor Roman Goncharenko')).record.author).toBeNull();
    expect(article(germanPage('28.04.2023', 'Autorin/Autor Roman Goncharenko')).record.author).toBeNull();
  });

  it("takes no comment's author under the article", () => {
    expect(article(englishPage('Comments', 'Li Wei says:', 'Date: 3 May 2024', 'Great piece on research.')).record.author).toBeNull();
  });
});
