/**
 * Main-text recall: a post of a few short sentences over its comment section ("Leave a comment", the
 * form, a sidebar's blurb) is the article, however many sentences the form holds (the first case
 * failed before: the form was read as the article). An article set under a "Comments" button near
 * the top, under a short blurb, is still read whole. Invented pages.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const POST = ['“I know I am tired and should not say this, but the harbour smells of rain…”', '– “Then do not say it.”', '– “Fine.”'];
const FORM = [
  'Leave a comment',
  'Enter your comment here...',
  'Fill in your details below or click an icon to log in:',
  'Email (required) (Address never made public)',
  'Name (required)',
  'Website',
  'You are commenting using your Quayside account. ( Log Out / Change )',
  'You are commenting using your Harbor account. ( Log Out / Change )',
  'Cancel',
  'Notify me of new comments via email.',
  'Notify me of new posts via email.',
  'This is the private notebook of a harbour pilot who writes about the tides, the boats and the people on the quay.',
  'Home is not a place but the company of the feelings we share with the people around us.',
];
const ARTICLE = [
  'The old lighthouse on the eastern cape has been repainted for the first time in forty years, after volunteers raised the money over two summers of bake sales and boat trips.',
  'The keepers who lived there until the light was automated came back for the day, and one of them climbed the stairs again to show visitors how the lamp was once wound by hand.',
  'The town plans to open the tower to visitors on weekends from May, and a small museum of the keepers’ logbooks and tools will fill the cottage at its foot.',
  'Volunteers said the next job would be the path along the cliff, which the winter storms have narrowed to a single track in places and which walkers still use every day.',
];

describe('main-text recall: a short post over its comment section', () => {
  it('reads the post, not the comment form under it', () => {
    const page = ['Quay Notes', 'A word at the harbour', 'June 14, 2013 at 20:51', ...POST, 'Share this:', 'Related', ...FORM].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toContain(POST[0]);
    expect(kept).not.toContain(FORM[2]);
    expect(kept).not.toContain(FORM[9]);
  });

  it('reads an article under a "Leave a comment" button near the top whole', () => {
    const page = ['Harbor Gazette', 'The lighthouse is white again', 'Volunteers finished the work on the tower after two summers of fund-raising.', 'Leave a comment', 'Photo gallery', ...ARTICLE, ...ARTICLE.map((p) => `Later, ${p}`)].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toContain(ARTICLE[0]);
    expect(kept).toContain(`Later, ${ARTICLE[3]}`);
  });
});
