/**
 * Main-text precision: the links to both neighbouring posts, or one of them right over the comment
 * section's mark, under the article (main-text/closing/post-navigation.ts, aboveAPairOrTheComments).
 * The links run into their titles as innerText gives them ("Previous articleWhy the …", "Vorheriger
 * Beitrag … Nächster Beitrag …" on one line), and the comments or the other posts' teasers under them
 * weigh more than the rule for a lone link allows. The article ends above them. A lone link with the
 * article going on under it, and a sentence that names "the next article", stay.
 * Invented pages, English, German and French; the first three cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { PIER_HEAD, PIER_PARAGRAPHS } from './pier-story-fixture.ts';

const A = PIER_PARAGRAPHS.slice(0, 5);
const page = (...foot: string[]) => [PIER_HEAD, ...A, ...foot].join('\n');
const WHY = /^after the article \(the links to the previous and next posts/;

const COMMENTS = [
  'I have taken that ferry every morning for twenty years, and the temporary landing is a disgrace; it is about time the council did something about it, though I doubt the money will be enough.',
  'The school on Bay Road is exactly where the lorries will go, whatever the mayor says at the meeting in April, because there is no other road to the north end of the bay.',
  'Twelve million dollars for a pier while the library is closed two days a week. The priorities of this council never fail to amaze me, year after year after year.',
  'My grandfather helped build the old pier in 1958 and it lasted longer than anyone expected; I hope the new one is built as well as that, and by local workers too.',
];

describe('main-text precision: both neighbouring posts\' links, or one over the comments', () => {
  it('ends the article above the two links run into their titles, over the comments (English)', () => {
    const foot = [
      'Previous articleHarbor Town celebrates its founders’ day with a parade along the old quay and the bay',
      'Next articleWhy the ferry timetable changes in the summer',
      'Ann Lee',
      '4 Comments',
      ...COMMENTS,
    ];
    const { kept, why } = chooseArticle(page(...foot));
    expect(kept.slice(-A.length)).toEqual(A);
    for (const line of foot) expect(kept).not.toContain(line);
    expect(why.get(foot[0])).toMatch(WHY);
  });

  it('reads the two links run onto one line, with the other posts\' teasers under them (German)', () => {
    const nav =
      'Vorheriger Beitrag Die Fähre fährt wieder nach dem alten Plan, zweimal in der Stunde am Morgen Nächster Beitrag Der Hafen feiert sein hundertjähriges Bestehen mit einem großen Fest am Kai';
    const teasers = [
      'Nach drei Wochen Pause fährt die Fähre wieder nach dem alten Plan, zweimal in der Stunde am Morgen und am Abend, und am Wochenende bis Mitternacht, wie es die Gemeinde im Frühjahr versprochen hatte.',
      'Der Hafen feiert im Sommer sein hundertjähriges Bestehen, mit Musik, Booten und einem Markt am alten Kai, zu dem die Gemeinde alle Bürger und ihre Gäste aus den Nachbarorten einlädt.',
    ];
    const { kept, why } = chooseArticle(page(nav, ...teasers));
    expect(kept.slice(-A.length)).toEqual(A);
    for (const line of [nav, ...teasers]) expect(kept).not.toContain(line);
    expect(why.get(nav)).toMatch(WHY);
  });

  it('reads a pair of labels alone, each over its title, with more than a teaser under them (French)', () => {
    const foot = [
      'Article précédent',
      'Le ferry reprend son horaire d’été',
      'Article suivant',
      'La fête du port aura lieu en juillet',
      'Le ferry reprend son horaire d’été après trois semaines de travaux sur la rampe, avec deux départs par heure le matin et le soir, et des départs jusqu’à minuit le week-end.',
      'La fête du port aura lieu en juillet sur le vieux quai, avec de la musique, des bateaux et un marché, et la commune invite tous les habitants et leurs voisins à y venir.',
    ];
    const { kept, why } = chooseArticle(page(...foot));
    expect(kept.slice(-A.length)).toEqual(A);
    for (const line of foot) expect(kept).not.toContain(line);
    expect(why.get(foot[0])).toMatch(WHY);
  });

  it('keeps the article going on under a lone link, and a sentence that names the next article', () => {
    const lines = [PIER_HEAD, A[0], 'Previous articleThe ferry timetable for the summer is out', A[1], A[2], A[3], A[4]].join('\n');
    expect(chooseArticle(lines).kept).toEqual(expect.arrayContaining(A));
    const close = 'Previous plans for the pier were dropped in 2015; the next article in this series looks at why the cost rose so fast.';
    expect(chooseArticle(page(close, PIER_PARAGRAPHS[5])).kept).toEqual(expect.arrayContaining([close, PIER_PARAGRAPHS[5]]));
  });
});
