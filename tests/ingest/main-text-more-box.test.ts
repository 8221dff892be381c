/**
 * Main-text precision: "More:" alone on a line between paragraphs heads a box of other stories'
 * headlines, as "Related:" does; the headlines under it are left out, reported as a box's, and the
 * article goes on under them. Invented page; failed before "More:" was read as a box's heading.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const A1 = 'A ferry operator on the northern coast has cut two of its winter routes, saying too few passengers used them last season to pay for the fuel and the crews.';
const A2 = 'Residents of the smaller islands said the decision would leave them with one crossing a day, and their council has asked the regional government to step in.';
const A3 = 'The operator said it would review the timetable in the spring, when the number of visitors usually rises again and the summer routes are planned.';
const A4 = 'The council said it had written to the minister twice since the autumn and had not yet had an answer, although a meeting was promised for next month.';
const BOX = ['Harbour town votes to rebuild its old pier', 'Island school reopens after storm damage, says mayor', 'Fishing fleet warns of quota cuts next year'];

describe('main-text precision: a "More:" box of other stories inside the article', () => {
  it('leaves out the headlines under "More:" and keeps the paragraphs around them', () => {
    const { kept, why } = chooseArticle(`Ferry routes cut\nMarch 3, 2026\n${A1}\n${A2}\nMore:\n${BOX.join('\n')}\n${A3}\n${A4}`);
    expect(kept.filter((l) => l !== 'More:')).toEqual([A1, A2, A3, A4]);
    for (const headline of BOX) expect(why.get(headline)).toMatch(/box of other stories/);
  });

  it('keeps a sentence that opens on "More" and goes on', () => {
    const more = 'More: the council also wants a second boat for the winter, it said.';
    const { kept } = chooseArticle(`Ferry routes cut\nMarch 3, 2026\n${A1}\n${A2}\n${more}\n${A3}\n${A4}`);
    expect(kept).toEqual([A1, A2, more, A3, A4]);
  });
});
