/**
 * A ranking closes each numbered item on a box of links about it ("More on Alder:" / three links),
 * and the next item follows ("2. Birchmoor Institute" / its paragraph). The box's heading reads as a
 * box of other stories', and the box ran on over the next item's heading and paragraph, item after
 * item. The article's next number, over a paragraph, ends the box (main-text/inside/next-numbered-item.ts).
 * Invented pages; the first case failed before.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const HEADER = ['Menu', 'Home', 'Rankings', 'Best Sailing Schools of 2031', 'By Nell Carrow'];
const INTRO = 'We ranked the sailing schools of the northern coast by what their students told us, by the hours they spent on the water and by the berths they found on boats within a year.';
const SCHOOLS: [string, string][] = [
  ['Alder Sound Academy', 'Alder Sound puts every student on a working boat for a whole summer, and its graduates say no other school taught them as much about weather and tides.'],
  ['Birchmoor Sailing Institute', 'Birchmoor is small and strict, and the charter fleets around it hire most of its class before the spring term is over, which is why it ranks so high.'],
  ['Cedar Point Nautical College', 'Cedar Point has the largest fleet of training dinghies on the coast, and students who want to race find coaches there who have done it for decades.'],
  ['Dunmore School of the Sea', 'Dunmore is the cheapest school on the list, and its long winter course on navigation and engines gives students a trade they can use from the first week.'],
  ['Elm Harbour Seamanship School', 'Elm Harbour teaches on old wooden boats, and its students learn to mend sails and rigging as well as to sail, which the small yards of the coast value.'],
];
const short = (name: string) => name.split(' ')[0];
const item = ([name, text]: [string, string], i: number) => [
  `${i + 1}. ${name}`,
  text,
  `Location: ${['Kelby', 'Arnmouth', 'Stavely', 'Orrin', 'Pellow'][i]}`,
  `Class Size: ${60 + i * 8}`,
  `Learn more about the ${short(name)} programme`,
  `More on ${short(name)}:`,
  `Life at ${short(name)}: A Student’s Year on the Water`,
  `${short(name)} Admissions Interview Guide`,
  `${short(name)} Graduates and Their Berths: Updated for 2031`,
];
const CLOSING = [
  'Rankings of sailing schools say something real, since a school that keeps its students on the water for a season turns out sailors who know a boat from the keel up.',
  'But a ranking cannot tell you whether you will be happy on a cold coast for three winters, so visit the school in winter and talk to the students before you choose.',
];
const FOOT = ['Related Rankings', 'Best Rowing Clubs', 'Contact Us', '© 2031 Example Rankings'];

describe('main-text: the next numbered item ends a box of links', () => {
  it('keeps each numbered item’s heading and paragraph under the box of links closing the item above', () => {
    const page = [...HEADER, INTRO, ...SCHOOLS.flatMap(item), ...CLOSING, ...FOOT].join('\n');
    const { kept, why } = chooseArticle(page);
    SCHOOLS.forEach(([name, text], i) => {
      expect(kept).toContain(`${i + 1}. ${name}`);
      expect(kept).toContain(text);
    });
    // The links of each box still go, reported as a box's.
    expect(kept).not.toContain(`${short(SCHOOLS[1][0])} Admissions Interview Guide`);
    expect(why.get(`${short(SCHOOLS[1][0])} Admissions Interview Guide`)).toMatch(/box of other stories/);
  });

  it('leaves a "Most read" box of numbered headlines under a numbered article out', () => {
    const box = ['1. Harbour board keeps the old quay open', '2. Storm season comes early to the north', '3. A new ferry for the islands', '4. Sail lofts find new apprentices'];
    const page = [...HEADER, INTRO, ...SCHOOLS.flatMap(item), ...CLOSING, 'Most read', ...box, ...FOOT].join('\n');
    const { kept } = chooseArticle(page);
    for (const line of box) expect(kept).not.toContain(line);
    for (const line of CLOSING) expect(kept).toContain(line);
  });

  it('does not end a box at a number that does not follow the article’s count', () => {
    const odd = ['9. A Different Story Altogether', 'This paragraph belongs to a teaser in the box, a story from another part of the site that happens to carry a number in its headline.'];
    const page = [...HEADER, INTRO, ...item(SCHOOLS[0], 0), ...odd, 'Related Rankings', 'Best Rowing Clubs', 'Contact Us'].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toContain(SCHOOLS[0][1]);
    expect(kept).not.toContain(odd[0]);
  });
});
