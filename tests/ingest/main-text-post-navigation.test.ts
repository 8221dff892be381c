/**
 * Main-text precision: the links to the previous and next posts under the article
 * (main-text/closing/post-navigation.ts). A label ("Previous article", "Nächster Beitrag", "Article
 * précédent", "Entrada anterior"), alone or run into the other post's title, or the title behind an
 * arrow ("← …", "… →"), near the run's foot: the article ends above it, and what follows (the other
 * post's teaser, the blog's blurb) is reported with the reason. A sentence that opens on "Next," or
 * "Previous studies", a quotation in guillemets, a "Previous" box the article goes on under stay.
 * Invented pages; the navigation cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { PIER_HEAD, PIER_PARAGRAPHS } from './pier-story-fixture.ts';

const A = PIER_PARAGRAPHS.slice(0, 5);
const page = (...foot: string[]) => [PIER_HEAD, ...A, ...foot].join('\n');
const WHY = /^after the article \(the links to the previous and next posts/;

describe('main-text precision: the links to the neighbouring posts under the article', () => {
  it('leaves out an arrow pair and the blog\'s blurb under it, with the reason', () => {
    const foot = [
      '← The ferry timetable for the summer is out',
      'Harbor Town celebrates its founders’ day →',
      'This blog has covered the life of the harbour, its boats and its people since 2009, written by two neighbours who love the sea.',
    ];
    const { kept, why } = chooseArticle(page(...foot));
    expect(kept.slice(-A.length)).toEqual(A);
    for (const line of foot) {
      expect(kept).not.toContain(line);
      expect(why.get(line)).toMatch(WHY);
    }
  });

  // The other post's teaser under its title: a whole paragraph, which outweighs the short lines above it.
  const teaser = 'Nach drei Wochen Pause fährt die Fähre wieder nach dem alten Plan, zweimal in der Stunde am Morgen und am Abend, und am Wochenende bis Mitternacht, wie es die Gemeinde im Frühjahr versprochen hatte.';
  it.each([
    ['German, run into the title', ['Vorheriger BeitragDie Fähre fährt wieder nach Plan']],
    ['French, a colon before the title', ['Article précédent : Le ferry reprend son horaire']],
    ['Spanish, a dash before the title', ['Entrada anterior – El ferry vuelve a su horario']],
    ['English, in capitals before the title', ['PREVIOUS The ferry timetable for the summer is out']],
    ['English, behind an arrow', ['« Previous Post: The ferry timetable for the summer is out']],
  ])('reads the label in %s, and leaves out the other post\'s teaser under it', (_, nav) => {
    const { kept, why } = chooseArticle(page(...nav, teaser));
    expect(kept.slice(-A.length)).toEqual(A);
    for (const line of [...nav, teaser]) expect(why.get(line)).toMatch(/^after the article \(/);
    expect(why.get(nav[0])).toMatch(WHY);
  });

  it('keeps a closing sentence that opens on "Next," or "Previous" and a quotation in guillemets', () => {
    const close = [
      'Next, the council will ask the state for the second half of the money.',
      'Previous plans for the pier had been dropped in 2015 because of the cost.',
      '«Wir haben lange genug gewartet»',
      A[0],
    ];
    const { kept } = chooseArticle(page(...close));
    expect(kept).toEqual(expect.arrayContaining(close));
  });

  it('keeps the article going on in paragraphs under a "Previous article" box between them', () => {
    const lines = [PIER_HEAD, A[0], 'Previous article', 'The ferry timetable for the summer is out', A[1], A[2], A[3], A[4]].join('\n');
    const { kept } = chooseArticle(lines);
    expect(kept).toEqual(expect.arrayContaining(A));
  });

  it('keeps the article going on in two paragraphs under an arrow link near its foot', () => {
    const close = [PIER_PARAGRAPHS[4], PIER_PARAGRAPHS[5]];
    const lines = [PIER_HEAD, ...PIER_PARAGRAPHS.slice(0, 4), '← The ferry timetable for the summer is out', ...close].join('\n');
    expect(chooseArticle(lines).kept).toEqual(expect.arrayContaining(close));
  });
});
