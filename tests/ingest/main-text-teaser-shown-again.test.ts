/**
 * Main-text precision: another story's headline at the run's foot that the page lists again under the
 * article (main-text/closing/teaser-shown-again.ts). A site lists its other stories in more than one
 * box, so the teaser the run took in (its headline over a summary) shows its headline a second time
 * in a box below: the article ends above it, and the headline and its summary are reported with the
 * reason. The article's sub-headings its contents repeat above, a label each item of a box inside
 * the run repeats, a sentence the page repeats, a headline far above the foot stay. Invented pages;
 * the teaser cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { PIER_HEAD, PIER_PARAGRAPHS } from './pier-story-fixture.ts';

const A = PIER_PARAGRAPHS.slice(0, 5);
const WHY = /^after the article \(another story's headline the page lists again/;
const BOX = (heading: string, headline: string, other: string) => [heading, headline, '10.03.2024', other, '08.03.2024', '© 2024 Harbor News. All rights reserved.'];

describe("main-text precision: another story's headline the page lists again under the article", () => {
  it.each([
    ['English', 'Harbor museum opens its new wing', 'The museum on Quay Street now shows the town’s old boats, nets and sails in three new rooms, and it is open every day from Friday on.', 'More on this topic', 'Ferry fares go up in May'],
    ['German', 'Das Hafenmuseum öffnet seinen neuen Flügel', 'Das Museum an der Kaistraße zeigt die alten Boote, Netze und Segel der Stadt jetzt in drei neuen Räumen, ab Freitag jeden Tag.', 'Mehr zum Thema', 'Die Fähre wird im Mai teurer'],
    ['French', 'Le musée du port ouvre sa nouvelle aile', 'Le musée du quai présente désormais les vieux bateaux, les filets et les voiles de la ville dans trois nouvelles salles, ouvertes dès vendredi.', 'À lire aussi', 'Le ferry augmente ses tarifs en mai'],
  ])('leaves out the teaser in %s whose headline the box under the article lists again, with the reason', (_, headline, summary, heading, other) => {
    const { kept, why } = chooseArticle([PIER_HEAD, ...A, headline, summary, ...BOX(heading, headline, other)].join('\n'));
    expect(kept.slice(-A.length)).toEqual(A);
    expect(kept).not.toContain(headline);
    // The headline's copy under the run is reported as the page's foot; the summary with the rule's reason.
    expect(why.get(summary)).toMatch(WHY);
  });

  it("keeps the article's last section whose heading its contents above repeat", () => {
    const heading = 'What the pier will cost';
    const lines = ['Contents', heading, PIER_HEAD, ...A, heading, PIER_PARAGRAPHS[5], ...BOX('More on this topic', heading, 'Ferry fares go up in May')];
    expect(chooseArticle(lines.join('\n')).kept).toEqual(expect.arrayContaining([heading, PIER_PARAGRAPHS[5]]));
  });

  it('keeps a label each quote of a box inside the run repeats, the article closing under the box', () => {
    const label = 'Harbor News is a member of the coast press club';
    const lines = [PIER_HEAD, ...A, 'I read it every morning on the ferry and I never miss the harbour column.', label, 'The best local paper on the north shore, by far, and the most honest one.', label, PIER_PARAGRAPHS[5], label];
    expect(chooseArticle(lines.join('\n')).kept).toContain(PIER_PARAGRAPHS[5]);
  });

  it('keeps a sub-heading over most of the article that a box lists again', () => {
    const heading = 'The council votes';
    const lines = [PIER_HEAD, A[0], heading, A[1], A[2], A[3], A[4], ...BOX('More on this topic', heading, 'Ferry fares go up in May')];
    expect(chooseArticle(lines.join('\n')).kept).toEqual(expect.arrayContaining([heading, ...A]));
  });

  it("keeps the article's last section whose heading the page's contents under it repeat with the article's other headings", () => {
    const [first, second, last] = ['The council votes', 'The state pays half', 'What the pier will cost'];
    const lines = [PIER_HEAD, A[0], first, A[1], A[2], second, A[3], A[4], last, PIER_PARAGRAPHS[5], 'Contents', first, second, last, '© 2024 Harbor News. All rights reserved.'];
    expect(chooseArticle(lines.join('\n')).kept).toEqual(expect.arrayContaining([last, PIER_PARAGRAPHS[5]]));
  });
});
