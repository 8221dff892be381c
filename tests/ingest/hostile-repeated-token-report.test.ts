/**
 * A block that is one token repeated is taken out whole (lib/safety/repeated-token.ts), and up to a
 * tenth of it may be other text: a paragraph glued to a thousand copies of a widget's line (a text
 * whose lines end in U+2028 among line breaks reads them as one line) or to a run of entities. That
 * text left with the block, and the report said only the token and its count: a paragraph lost
 * unseen. The report now shows the block with each run of copies cut to three, so every word that
 * was not a copy is in it. Every fixture is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const HEADLINE = 'Harbour board reopens the north pier at Eastwick';
const PARAGRAPHS = [
  'The harbour board opened the rebuilt north pier at Eastwick on Monday, three years after a winter storm tore away its seaward end.',
  'Divers checked the new piles for a week before the opening, and the board says the pier can now take the weight of two fishing boats unloading.',
  'Fishermen who moved their boats to the next town after the storm said they would be back by the summer, though the ice house is not yet rebuilt.',
];
const GLUED = 'The board paid for the work from its reserve and a grant from the region, and expects the pier to need no large repair for forty years.';

const removedBlocks = (report: ReturnType<typeof article>['report']) => report.entries.filter((e) => e.rule === 'repeated-token');

describe('a block of one token repeated, other text glued to it', () => {
  it('reports the paragraph a text glued to a thousand widget lines by U+2028', () => {
    const text = [HEADLINE, ...PARAGRAPHS, GLUED + '\u2028' + 'Comments are closed.\u2028'.repeat(1000)].join('\n');
    const { body, report } = article(text, 'page.txt');
    expect(body).toContain(PARAGRAPHS[2]);
    const [removed] = removedBlocks(report);
    expect(removed.detail).toMatch(/1,000 copies/);
    // Fails when the report gives only the token: the glued paragraph was then in neither the body nor the report.
    expect(body.includes(GLUED) || removed.text!.includes(GLUED)).toBe(true);
    expect(removed.text!.length).toBeLessThan(GLUED.length + 200);
  });

  it('reports the words between and around the runs in an HTML paragraph, each run cut to three copies', () => {
    const source = `<!DOCTYPE html><html><head><title>${HEADLINE}</title></head><body><article><h1>${HEADLINE}</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>${GLUED} ${'&amp;foo;'.repeat(800)} Sent from the pier. ${'&amp;foo;'.repeat(800)} End.</p></article></body></html>`;
    const { body, report } = article(source, 'page.html');
    expect(body).toContain(PARAGRAPHS[1]);
    const [removed] = removedBlocks(report);
    expect(removed.text).toBe(`${GLUED} &foo;&foo;&foo;… Sent from the pier. &foo;&foo;&foo;… End.`);
  });

  it('still reports a block of nothing but copies as three of them', () => {
    const { report } = article([HEADLINE, ...PARAGRAPHS, 'By '.repeat(2000)].join('\n'), 'page.txt');
    expect(removedBlocks(report).map((e) => e.text)).toEqual(['By By By …']);
  });
});
