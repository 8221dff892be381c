/**
 * Main-text precision: a blog's filing note under its post ("This entry was posted in … and tagged ….
 * Bookmark the permalink.", chrome/entry-footer.ts) ends the post, though prose follows it (the
 * author's note, the blog's blurb, the first lines of an older post) that outweighs the note and
 * drew the run on. Invented pages.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { NOTE, POST } from './blog-post-fixture.ts';

const UNDER = [
  'Who writes here?',
  'Mira has written about small gardens for ten years and keeps an allotment by the river, where she tries out every method she describes before she recommends it to anyone.',
  'I would love to hear what you think of this post. Leave a comment below and tell us how your own beds did this year, whatever the weather did to them.',
  '« Older post',
  'Hello there!',
  'Three friends write about growing food in small places: balconies, backyards and allotments, with more enthusiasm than space and a lot of trial and error along the way.',
];

describe('main-text precision: a blog post over its filing note', () => {
  it('ends the article above the note, and says why for the lines under it', () => {
    const { kept, why } = chooseArticle([...POST, NOTE, ...UNDER].join('\n'));
    expect(kept.join('\n')).toContain('neighbours asked');
    expect(kept.join('\n')).not.toContain('Mira has written');
    expect(kept.join('\n')).not.toContain('more enthusiasm than space');
    expect(why.get(UNDER[1])).toBeDefined();
  });

  it('keeps a post whose note stands above its first paragraph (a header that reads so)', () => {
    const page = [POST[0], 'This entry was posted in Gardening by mira on May 3.', ...POST.slice(1)].join('\n');
    expect(chooseArticle(page).kept.join('\n')).toContain('neighbours asked');
  });
});
