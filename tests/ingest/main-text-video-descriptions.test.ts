/**
 * Main-text precision: a video's description under its player between the article's paragraphs
 * (main-text/inside/video-descriptions.ts). Under the player's line that gives the video's length
 * ("Duration 1:30", "Dauer: 1:45"), a short paragraph telling the video's story is left out, and the
 * article goes on under it. A player's speed button over the article's first paragraph, a long
 * paragraph under a player, and a description the article does not go on under stay.
 * Invented pages, in English and German; the description cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const EN = [
  'The council voted on Tuesday to rebuild the old harbour wall, after two winters of storms left large parts of it in the sea, and the vote was closer than anyone at the town hall had expected.',
  'Seven members voted for the plan and six against it, most of them worried that the cost would grow once the builders found out how much of the old wall had to come down first.',
  'The work will take two years and cost about twelve million dollars, most of it paid by the state under its coastal protection fund.',
  'Fishermen who moor their boats along the wall will move to the new pontoons at the north pier while the builders are at work.',
  'The harbour master said the first section should be finished before the autumn storms, if the stone arrives from the quarry on time.',
  'The quarry in the hills has promised the first shipments for March, and the town will pay for the trucks out of its own budget, the mayor said after the meeting.',
];
const PLAYER = ['WATCH | Fishermen react to the council vote:', 'Fishermen fear the move to the north pier', '14 hours ago', 'Duration 1:30'];
const DESCRIPTION = 'The council has approved the new harbour wall. Some fishermen fear the two years at the north pier will cost them their catch.';

const page = (...parts: string[][]) => ['Harbour wall to be rebuilt', ...parts.flat()].join('\n');
const chrome = new Set([PLAYER[0], PLAYER[2], PLAYER[3]]);

describe("main-text precision: a video's description under its player", () => {
  it('leaves out the description under "Duration 1:30", and the article goes on under it', () => {
    const { kept, why } = chooseArticle(page(EN.slice(0, 3), PLAYER, [DESCRIPTION], EN.slice(3)));
    expect(kept).not.toContain(DESCRIPTION);
    expect(why.get(DESCRIPTION)).toMatch(/video's description/);
    expect(kept.filter((l) => !chrome.has(l) && l !== PLAYER[1])).toEqual(EN);
  });

  it('reads a German player\'s length', () => {
    const de = [
      'Der Stadtrat hat am Dienstagabend mit knapper Mehrheit beschlossen, die alte Markthalle am Hafen zu sanieren, statt sie abzureißen.',
      'Die Kosten für die Sanierung werden auf rund zwölf Millionen Euro geschätzt, von denen das Land etwa die Hälfte übernehmen will.',
      'Gegner des Projekts hatten in der Sitzung vor steigenden Baupreisen gewarnt und gefordert, das Geld lieber in Schulen zu stecken.',
      'Die Händler sollen während der Bauzeit in Zelte auf dem Parkplatz neben dem alten Zollhaus umziehen, wie die Stadt mitteilte.',
    ];
    const description = 'Die Händler der Markthalle fürchten die zwei Jahre im Zelt. Ein Besuch am Hafen.';
    const { kept } = chooseArticle(['Markthalle wird saniert', ...de.slice(0, 2), 'Video | Die Händler am Hafen', 'Dauer: 1:45', description, ...de.slice(2)].join('\n'));
    expect(kept).not.toContain(description);
    expect(kept).toEqual(expect.arrayContaining(de));
  });

  it("keeps the article's first paragraph under a player's speed button, a long paragraph under a player, and a description the article does not go on under", () => {
    expect(chooseArticle(page(['1x'], EN)).kept).toEqual(expect.arrayContaining(EN));
    const long = `${DESCRIPTION} ${EN[0]} ${EN[1]}`;
    expect(chooseArticle(page(EN.slice(0, 3), PLAYER, [long], EN.slice(3))).kept).toContain(long);
    expect(chooseArticle(page(EN, PLAYER, [DESCRIPTION])).why.get(DESCRIPTION) ?? '').not.toMatch(/video's description/);
  });
});
