/**
 * Main-text: a site's notice written once for each market, one variant a line ("Free shipping on
 * orders $40+ …", "… 65€ or more …", "… ₹11,230 or more …"): the same sentence, only its figures
 * and currencies changing. Each variant reads as a short sentence of prose, and a row of them
 * outweighed a short article further down the page. They are furniture, each reported. A list of
 * the article's own items whose figures change (a forecast, day by day) has words of its own on each
 * line, and stays. Invented pages; the first failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const TAIL = 'For details on delivery times and rates, see our shipping page before you check out.';
const VARIANTS = [
  `Free standard delivery on orders $40+. ${TAIL}`,
  `Free standard delivery on orders $60 CAD or more. ${TAIL}`,
  `Free standard delivery on orders $110 AUD or more. ${TAIL}`,
  `Free standard delivery on orders 65€ or more. ${TAIL}`,
  `Free express delivery on orders R$670 or more. ${TAIL}`,
  `Free express delivery on orders ¥990 or more. ${TAIL}`,
  `Free standard delivery on orders 480kr or more. ${TAIL}`,
  `Free express delivery on orders ₹11,230 or more. ${TAIL}`,
  `Free express delivery on orders ₩180,035 or more. ${TAIL}`,
  `Free standard delivery on orders $120 NZD or more. ${TAIL}`,
];
const ARTICLE = [
  'The harbour town opened its new ferry terminal on Tuesday after four years of building, and the first boats left for the islands within the hour while a brass band played on the quay.',
  'The mayor said the terminal would carry twice as many passengers as the old pier, which the council plans to turn into a fish market once the last repairs to its roof and walls are done next spring.',
];

describe('main-text: a notice in one variant a line', () => {
  it('leaves out a row of variants of one sentence above a short article', () => {
    const page = ['Skip to content', ...VARIANTS, 'Shop', 'Sets', 'Search', 'Ferry terminal opens', ...ARTICLE, 'Contact', 'Careers'].join('\n');
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(ARTICLE);
    expect(why.get(VARIANTS[3])).toMatch(/notice written once for each/);
  });
  it('keeps the article own lines whose figures change, each with words of its own', () => {
    const days = [
      'Monday will be sunny along the coast with a high of 21 degrees and a light breeze from the west in the afternoon.',
      'Tuesday brings clouds from the north, a high of 18 degrees and showers reaching the hills after dark.',
      'Wednesday stays grey and wet inland with a high of 15 degrees, though the coast may see some sun by evening.',
      'Thursday clears early and warms again to a high of 20 degrees, with fog lifting from the valleys by nine.',
    ];
    const page = ['Weather', 'The week ahead', ARTICLE[0], ...days, ARTICLE[1], 'Contact'].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toEqual([ARTICLE[0], ...days, ARTICLE[1]]);
  });
  it('keeps a table of figures, row by row, and leaves headlines that change only a name to other rules', () => {
    const rows = [
      '1 Rest Walk 2 min / Jog 1 min, 10 times Rest Walk 2 min / Jog 1 min, 12 times Rest Cycle 30 min',
      '2 Rest Walk 1 min / Jog 1 min, 15 times Rest Walk 1 min / Jog 2 min, 12 times Rest Cycle 30 min',
      '3 Rest Walk 1 min / Jog 2 min, 12 times Rest Walk 1 min / Jog 3 min, 10 times Rest Cycle 35 min',
      '4 Rest Walk 1 min / Jog 3 min, 10 times Rest Walk 1 min / Jog 4 min, 8 times Rest Cycle 40 min',
    ];
    const page = ['Training', 'Your first race', ARTICLE[0], ...rows, ARTICLE[1], 'Contact'].join('\n');
    const { why } = chooseArticle(page);
    for (const r of rows) expect(why.get(r) ?? '').not.toMatch(/notice written once/);
    const teasers = ['What does a ferry ticket to the north island cost in summer?', 'What does a ferry ticket to the south island cost in summer?', 'What does a ferry ticket to the west island cost in summer?', 'What does a ferry ticket to the east island cost in summer?'];
    const more = chooseArticle(['News', 'Ferry terminal opens', ...ARTICLE, ...teasers, 'Contact'].join('\n'));
    for (const t of teasers) expect(more.why.get(t) ?? '').not.toMatch(/notice written once/);
  });
  it("keeps the article's parallel sentences that change a name and a count: a notice's figures are prices", () => {
    const sites = ['the bridge', 'the harbour', 'the school', 'the library', 'the station', 'the market'];
    const works = sites.map((t, k) => `The council said on Tuesday that the works on ${t} would begin in spring, and that ${k + 2} crews would keep the site open to people on foot.`);
    const page = ['Council plans the river works', ...works, 'Contact'].join('\n');
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(works);
    for (const w of works) expect(why.get(w) ?? '').not.toMatch(/notice written once/);
  });
});
