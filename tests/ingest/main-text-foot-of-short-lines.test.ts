/**
 * Main-text precision: the page's foot a little past the article's last paragraph
 * (main-text/closing/foot-of-short-lines.ts). Under the last paragraph, two weightless lines or more in a row
 * (a tags label and its tags, a box's heading, another story's headline) and then a short sentence of
 * the site's: the run reached over them to that sentence. The article ends above the first of them
 * and each line is reported. A sub-heading alone over a closing sentence, a checklist closing a
 * guide, its questions, a dateline, stay. Invented pages; the foot cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { PIER_HEAD, PIER_PARAGRAPHS } from './pier-story-fixture.ts';

const HEAD = PIER_HEAD;
const A = PIER_PARAGRAPHS.slice(0, 5);
const page = (...foot: string[]) => [HEAD, ...A, ...foot].join('\n');

const FOOT = ['Filed under', 'Ferries Harbor Town Council', 'Lighthouse Museum Opens Its Doors Again', 'Harbor Weekly has been reporting on the coast since 1921.'];

describe("main-text precision: the page's foot of short lines past the last paragraph", () => {
  it("leaves out a tags label, another story's headline and the site's blurb under them, with the reason", () => {
    const { kept, why } = chooseArticle(page(...FOOT));
    expect(kept.slice(-A.length)).toEqual(A);
    for (const line of FOOT) {
      expect(kept).not.toContain(line);
      expect(why.get(line)).toMatch(/^after the article \(the page's foot: a box of short lines/);
    }
  });

  it('keeps the dateline under the last paragraph, the header reads it; the headlines under it go', () => {
    const dateline = 'Harbor Weekly (Harbor Town) First published March 12, 2024: 9:30 AM';
    const { kept, why } = chooseArticle(page(dateline, FOOT[0], FOOT[1], FOOT[3]));
    expect(kept).toContain(dateline);
    expect(kept).not.toContain(FOOT[3]);
    expect(why.get(FOOT[0])).toMatch(/a box of short lines/);
  });

  it('keeps a sub-heading alone over the closing sentence', () => {
    const close = ['What comes next', 'The council meets again in May to choose the company that will build the pier.'];
    expect(chooseArticle(page(...close)).kept).toEqual(expect.arrayContaining(close));
  });

  it("keeps a guide's closing checklist and the sentence under it", () => {
    const list = ['Before you go', 'Check the ferry times', 'Bring a warm coat', 'Buy your ticket online', 'Have a good trip across the bay, and tell us how the crossing went.'];
    expect(chooseArticle(page(...list)).kept).toEqual(expect.arrayContaining(list.slice(1)));
  });

  it('keeps the questions that close a guide', () => {
    const list = ['Common questions', 'How long does the crossing take?', 'Can I bring my bike on board?', 'Are dogs allowed on the ferry?', 'Ask the staff at the landing if you have any other question before you sail.'];
    expect(chooseArticle(page(...list)).kept).toEqual(expect.arrayContaining(list.slice(1)));
  });
});
