/**
 * The HTML path's author as the first text right under the headline, over the article's first
 * sentence, with no stamp or role beside it (lib/bylines/header-byline.ts), when no field names a person.
 */
import { describe, expect, it } from 'vitest';
import { headerPage as page } from './html-header-page.ts';

describe('HTML author: a name alone right under the headline', () => {
  it('reads a name in an element of its own between the headline and the text', () => {
    expect(page('<p class="x">Anna Kestrel</p>').author).toBe('Anna Kestrel');
  });

  it('a kicker or a section there is no name: its words are the text\'s, or a section\'s', () => {
    expect(page('<p class="x">Joint Research</p>').author).toBeNull();
    expect(page('<p class="x">Climate Policy</p>').author).toBeNull();
    expect(page('<p class="x">Get Started</p>').author).toBeNull();
  });

  it('over a link or a list of sections, a capitalised pair is a menu\'s', () => {
    expect(page('<p class="x">Stay Tuned</p><p><a href="/c">Continue Browsing</a></p>').author).toBeNull();
    expect(page('<p class="x"><a href="/s">Garden Walks</a>, <a href="/t">Seniors</a></p>').author).toBeNull();
  });

  it('a field that names a person wins', () => {
    expect(page('<p class="x">Anna Kestrel</p>', '<meta name="author" content="Li Wei">').author).toBe('Li Wei');
  });
});
