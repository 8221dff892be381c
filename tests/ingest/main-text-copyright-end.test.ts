/**
 * Main-text precision: the site's copyright line ("© 2024 Harbor Gazette. All rights reserved.")
 * under most of the page's prose ends the article, however much of the site's own prose follows it
 * (its partners' blurbs, a sign-up pitch). A copyright line above most of the prose (a standard's
 * preamble) and a caption that ends on "All rights reserved" do not. Invented pages; the first
 * failed before the copyright line ended the run.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const A = [
  'The old lighthouse on the eastern cape has been repainted for the first time in forty years, after volunteers raised the money over two summers of bake sales and boat trips.',
  'The keepers who lived there until the light was automated came back for the day, and one of them climbed the stairs again to show visitors how the lamp was once wound by hand.',
  'The town plans to open the tower to visitors on weekends from May, and a small museum of the keepers’ logbooks and tools will fill the cottage at its foot.',
  'Volunteers said the next job would be the path along the cliff, which the winter storms have narrowed to a single track in places and which walkers still use every day.',
];
const PARTNERS = [
  'I am proud to be a member of the coastal walkers’ club, which looks after more than two hundred miles of footpaths and publishes a guide to the region’s lighthouses every spring.',
  'I support the harbour trust as a volunteer for its summer school, where children learn to sail, to read the tides and to mend nets on the quay with the older fishermen of the town.',
  'I am a partner of a small maker of walking poles in the hills, whose poles I have carried on every walk for ten years and which I recommend to anyone who asks me about kit.',
  'I am proud to be a member of the photographers’ guild, which gives its members insurance, training and a magazine with news of exhibitions and competitions four times a year.',
];

describe('main-text precision: the copyright line ends the article', () => {
  it('leaves out the site\'s blurbs under its copyright line', () => {
    const page = ['Harbor Gazette', 'The lighthouse is white again', 'By Jane Moss', ...A, 'Previous', 'Next', '© 2024 Harbor Gazette. All rights reserved.', '12 Quay Street, Harbor Town', ...PARTNERS.slice(0, 3)].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toEqual(A);
  });

  it('reads on past a copyright notice above most of the prose (a preamble)', () => {
    const page = ['Harbor Standards Board', 'Draft 4', A[0], 'Copyright (c) 2024 Harbor Standards Board. All rights reserved.', ...A.slice(1), ...PARTNERS.map((p) => p.replace('I am proud to be', 'The board is'))].join('\n');
    expect(chooseArticle(page).kept).toContain(A[3]);
  });

  it('reads on past a caption that ends on "All rights reserved"', () => {
    const caption = 'The cape at dawn, 1960. Oil on board, private collection. All rights reserved.';
    const page = ['Harbor Gazette', 'The lighthouse is white again', 'By Jane Moss', ...A.slice(0, 3), caption, A[3], ...A.map((p) => `Later, ${p}`), 'Previous', 'Next'].join('\n');
    expect(chooseArticle(page).kept).toContain(`Later, ${A[3]}`);
  });
});
