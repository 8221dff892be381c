/**
 * Main-text recall: a shopping guide's sections, each a paragraph over a stretch of short lines (its
 * products, their prices and shops, the pictures' labels and credits), which weigh against the run
 * until one stretch outweighs the paragraph under it (main-text/closing/prose-resumes-after-short-lines.ts).
 * The article's prose going on under two stretches and more brings the end down to its last
 * paragraph; a lone paragraph under a box of teasers (an editor's note over other stories'
 * headlines) does not. Invented pages; the first case failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const HEAD = 'The trends to wear next spring\nBy Ann Lee\nMarch 12, 2031';
const OPENING = [
  'The spring shows in Harborville closed last week, and the designers agreed on more than they usually do: soft colours, wide coats and flat shoes for walking the city.',
  'We looked at every collection and picked the trends that will reach the shops first, with a few pieces for each that you can buy today without waiting for the season.',
  'Some of them are old friends that come back every few years, and others are new enough to surprise, but each of them is easy to wear to the office and beyond it.',
];
/** A section's paragraph: long, sentences. */
const section = (trend: string) =>
  `${trend} was everywhere on the runways this season, from the small labels of the old town to the big houses by the river, and the shops have already ordered plenty of it for the coming months, so it will be easy to find in every size.`;
/** Products with their prices and shops, then the pictures' labels and their credits. */
const stretch = (n: number) =>
  [
    `Linen Wrap Coat ${n}`, '$180', 'HARBOR STORE', `Canvas Tote Bag ${n}`, '$64', 'RIVER SHOP', `Suede Ballet Flats ${n}`, '$98', 'HARBOR STORE',
    'Atelier Nord', 'JANE ROE/HARBOR IMAGES', 'Maison Vert', 'JOHN DOE/HARBOR IMAGES', 'Studio Kai', 'JANE ROE/HARBOR IMAGES',
    'Lune Paris', 'JOHN DOE/HARBOR IMAGES', 'Casa Blu', 'JANE ROE/HARBOR IMAGES', 'Atelier Sud', 'JOHN DOE/HARBOR IMAGES',
  ].join('\n');

describe('main-text recall: the article going on under stretches of short lines', () => {
  it("keeps a guide's later sections, each under its products and pictures' credits", () => {
    const later = [section('Butter yellow'), section('The wide coat'), section('The flat shoe')];
    const page = [HEAD, ...OPENING, stretch(1), later[0], stretch(2), later[1], stretch(3), later[2], 'Related stories', 'Ten coats for rainy days', 'The best bags of the year', '© 2031 Harbor Style'].join('\n');
    const { kept } = chooseArticle(page);
    for (const p of later) expect(kept).toContain(p);
  });

  it('leaves a lone paragraph under a box of teasers out', () => {
    const note = 'Editor’s note: our editors worked with the actors’ union during its strike to make sure we could honour these women and their work, and every interview for this issue was done by phone or in writing, with no photographs taken on any set or at any premiere.';
    const teasers = ['Ann Lee', 'READ THE STORY', 'JANE ROE', 'Mia Berg', 'READ THE STORY', 'JOHN DOE', 'Lena Holm', 'READ THE STORY', 'JANE ROE', 'Ida Lund', 'READ THE STORY', 'JOHN DOE', 'Eva Sand', 'READ THE STORY', 'JANE ROE', 'Kim Dahl', 'READ THE STORY', 'JOHN DOE'].join('\n');
    const page = [HEAD, ...OPENING, teasers, note, 'In the Magazine', 'Ten coats for rainy days', 'The best bags of the year', 'Why every designer loves linen', 'A seat at the table', 'Books we read this spring'].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toEqual(OPENING);
  });
});
