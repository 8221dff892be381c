/**
 * Main-text recall on buying guides: each product of the guide comes with its shop buttons ("Check
 * price at …"), a score table, pros and cons, its review and a "Read more: <product> review" heading
 * under it. The heading recurs over every item, so it heads the article's own text; a shop button
 * far above a review is no teaser's button beside its summary. The reviews stay in the article. A
 * small page written here; the guide lost every review after the first before the fix.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const review = (name: string) =>
  `The ${name} strikes a fine balance between what it does and what it costs, and it was the watch our testers reached for most often over the season. Its screen stays easy to read in bright sun, its strap is soft enough to forget about on a long run, and its battery lasted through a week of daily training without a charge. A few of the menus take some getting used to, but after a day or two they feel natural.`;
const verdict = (name: string) =>
  `Where the ${name} falls short is in the extras: there is no music storage, the maps are basic, and the charging cable is easy to lose. Those are small complaints for most people, who will care far more about accurate tracking and a long battery, and on both of those counts it is among the best we have tested at any price this year.`;
const INTRO =
  'A good GPS watch is a handy companion for the trail, the track and everyday life, giving you accurate navigation, health metrics and even the ability to answer calls from your wrist while you train.';
const INTRO2 =
  'Over the last decade our team has bought and tested more than fifty watches, wearing them for hundreds of hours of running, hiking and cycling to judge their accuracy, their battery life and how easy they are to live with.';
const WATCHES = ['Forerunner Seven', 'Trail Runner', 'Pace Three', 'Summit Pro'];
const FOOTER = ['About Us', 'Contact', 'Privacy Policy', 'Terms of Service', 'Advertise', 'Careers'];

function item(name: string, i: number): string[] {
  return [
    `Best for Runner Type ${i + 1}`,
    name,
    'Check price at Amazon',
    'Check price at REI',
    `${80 + i}`,
    'OVERALL',
    'SCORE',
    `Accuracy ${9 - i * 0.2}`,
    `Battery Life ${6 + i * 0.3}`,
    `Wearability ${8 + i * 0.1}`,
    'PROS',
    'Lightweight design',
    'Long battery life',
    'CONS',
    'Expensive',
    review(name),
    'SPECIFICATIONS',
    `Measured Weight ${40 + i} g`,
    'Screen Type AMOLED',
    verdict(name),
    `Read more: ${name} review`,
  ];
}

describe('main-text recall: a buying guide with shop buttons and a "Read more" heading under each item', () => {
  it('keeps every item\'s review and verdict', () => {
    const page = ['Home', 'Gear', 'The Best GPS Watches of the Year', 'By Jane Writer', INTRO, INTRO2, ...WATCHES.flatMap(item), ...FOOTER].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept[0]).toBe(INTRO);
    for (const w of WATCHES) {
      expect(kept).toContain(review(w));
      expect(kept).toContain(verdict(w));
    }
    for (const line of FOOTER) expect(kept).not.toContain(line);
  });
});
