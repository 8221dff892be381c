/**
 * Main-text recall: a blog shows the post's stamp twice, over the first paragraph and again under the
 * last one ("Written by Ann Lee · Mar 3, 2021 · 4 min read"). A paragraph followed by an age ("4 min
 * read") reads as another story's teaser, so the last paragraph was left out. The same stamp over
 * the article's first paragraph says it is the post's own: the paragraph above its copy at the foot
 * is the article's. A list of other stories, each summary with its own age, is still furniture.
 * Invented pages; the first case failed before the change.
 */
import { describe, expect, it } from 'vitest';
import { articleLines } from '../helpers/main-text.ts';

const STAMP = 'Written by Ann Lee · Mar 3, 2021 · 4 min read';
const P = [
  'The harbour town has repaired its old stone pier after two winters of storms, and the fishing boats moored there again this spring for the first time in years.',
  'The work took eleven months, because the stones had to be lifted one by one, cleaned and set back in lime mortar the way the pier was first built a century ago.',
  'Volunteers from the sailing club carried most of the smaller stones by hand, and the council paid for a crane only for the largest blocks at the far end.',
  'The pier opens to walkers again on Saturday, and the club will hold its first race of the season from its end the weekend after.',
];

describe('main-text recall: the post\'s stamp again under its last paragraph', () => {
  it('keeps the last paragraph above the stamp the page showed over the first one', () => {
    const page = ['Harbour Notes', 'The old pier is open again', STAMP, ...P, STAMP, 'Previous', 'Next', 'About this blog'].join('\n');
    expect(articleLines(page)).toEqual(P);
  });

  it('still leaves out a summary followed by its age under the article', () => {
    const teaser = 'A second storm in one month closed the coastal road for two days, and the ferry ran twice a day to keep the islands supplied.';
    const page = ['Harbour Notes', 'The old pier is open again', STAMP, ...P, 'More stories', 'Storm closes the coastal road again', teaser, '3 hours ago'].join('\n');
    expect(articleLines(page)).not.toContain(teaser);
  });
});
