/**
 * A ranking numbers its items ("1. Alder College" / a short paragraph / its facts / a box of links
 * on it), then closes on a long essay. Each item's facts and links weigh more than its short
 * paragraph, so the run found only the closing essay, and the ranked items above it were lost.
 * Numbered sections counting up from 1, each with its paragraph, that end right above the run are
 * the article's (main-text/above/numbered-sections-above.ts). Invented page; the first case failed before.
 */
import { describe, expect, it } from 'vitest';
import { articleLines } from '../helpers/main-text.ts';

const HEADER = ['Menu', 'Home', 'Rankings', 'Best Colleges for Forestry of 2031', 'By Nell Carrow'];
const INTRO = 'We ranked the forestry colleges of the northern provinces by what their graduates told us, by the jobs they found within a year and by the time they spent in the woods before they left.';
const ITEMS = [
  ['Alder College', 'Alder sends every student into its own forest for a whole autumn, and its graduates say no other school taught them as much about how a stand of trees grows old.'],
  ['Birchmoor Institute', 'Birchmoor is small and strict, and the mill towns around it hire most of its class before the spring term is over, which is why it ranks so high for jobs.'],
  ['Cedar Falls University', 'Cedar Falls has the largest herbarium in the provinces, and students who want to study disease in old trees find teachers there who have done it for decades.'],
  ['Dunmore School of the Woods', 'Dunmore is the cheapest school on the list, and its long winter course on fire and snow gives students a trade they can use from the first week of work.'],
];
const itemLines = ([name, text]: string[], i: number) => [
  `${i + 1}. ${name}`,
  text,
  `Location: ${['Riverton', 'Oakley', 'Cedar Falls', 'Dunmore'][i]}`,
  `Class Size: ${300 + i * 40}`,
  `Acceptance Rate: ${20 + i}%`,
  `Learn More About the ${name} Program`,
  `More on ${name.split(' ')[0]}:`,
  `How to Get Into ${name} – Best Tips`,
  `${name} Interview Guide for New Applicants`,
  `${name} Employment Report: Updated for 2031`,
  `Your Chances at ${name}: Acceptance Rate and Other Factors`,
];
const ESSAY = [
  'Rankings of forestry schools say something real, since a school that sends its students into the woods for a season turns out foresters who know a stand from the ground up.',
  'But a ranking cannot tell you whether you will be happy in a mill town for three winters, and it cannot tell you whether the teachers at a school study the trees you care about most.',
  'We asked graduates of every school on the list what they would have wanted to know before they applied, and most of them said the same thing: visit in winter and talk to the students.',
  'The schools near the coast have milder winters and longer seasons in the field, while the schools in the north teach fire and snow in ways the coastal schools never can.',
  'Whichever school you choose, the work that waits after it is slow and patient, and the graduates who love it most are the ones who chose a school for its woods and not its rank.',
];
const FOOT = ['Related Rankings', 'Best Colleges for Fishery Science', 'Best Colleges for Soil Science', 'Contact Us', '© 2031 Example Rankings'];

describe('main-text: numbered sections above the run', () => {
  it('keeps a ranking’s numbered items, each under its facts and links, above the closing essay', () => {
    const page = [...HEADER, INTRO, ...ITEMS.flatMap(itemLines), ...ESSAY, ...FOOT].join('\n');
    const kept = articleLines(page);
    for (const [, text] of ITEMS) expect(kept).toContain(text);
    expect(kept).toContain(`1. ${ITEMS[0][0]}`);
    for (const line of ESSAY) expect(kept).toContain(line);
    for (const line of FOOT) expect(kept).not.toContain(line);
  });

  it('does not reach up to a table of contents that numbers one line each', () => {
    const contents = ITEMS.map(([name], i) => `${i + 1}. ${name}`);
    const page = [...HEADER, ...contents, 'Advertisement', ...ESSAY, ...FOOT].join('\n');
    const kept = articleLines(page);
    for (const line of contents) expect(kept).not.toContain(line);
    for (const line of ESSAY) expect(kept).toContain(line);
  });

  it('does not reach up to numbered sections that do not count from one', () => {
    const items = ITEMS.flatMap((item, i) => itemLines(item, i + 3));
    const page = [...HEADER, INTRO, ...items, ...ESSAY, ...FOOT].join('\n');
    const kept = articleLines(page);
    for (const [, text] of ITEMS) expect(kept).not.toContain(text);
  });
});
