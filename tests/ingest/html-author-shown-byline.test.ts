/**
 * The HTML path's author where the page's fields and its shown byline differ: the full name the byline
 * shows for a field's first name alone; a field naming someone else stands; an avatar's initials
 * before the name in an author's box.
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthor } from '../../scripts/ingest/lib/bylines/author.ts';
import { bylineUnderHeadline } from '../../scripts/ingest/lib/bylines/header-byline.ts';
import { headerPage as page, P } from './html-header-page.ts';


describe('HTML author: a field naming someone else than the shown byline', () => {
  // Measured on the metadata set: a labelled byline that names another person than the field is as
  // often a reviewer's, a quoted book's or a teaser's as the article's, so the field stands, when the
  // page shows the field's name too (here in a photo's credit); a field whose name the page never
  // shows yields to a labelled byline (html-author-unseen-field.test.ts).
  it('the field\'s name stands', () => {
    expect(page('<div class="x"><p>By Anna Berg</p><p>Nov 15, 2025</p><p>Photo: Li Wei</p></div>', '<meta name="author" content="Li Wei">').author).toBe('Li Wei');
    expect(page('<div class="x"><p>Anna Berg</p><p>Nov 15, 2025</p></div>', '<meta name="author" content="Li Wei">').author).toBe('Li Wei');
  });
});

describe('HTML author: a field that holds a user name', () => {
  it('reads the byline element\'s name over an account\'s name ("KateS")', () => {
    expect(page('<div class="byline">Anna Berg</div>', '<meta name="author" content="KateS">').author).toBe('Anna Berg');
  });
});

describe('HTML author: the full name for a field\'s first name alone', () => {
  it('reads the name the byline shows when it starts with the field\'s one word', () => {
    expect(page('<div class="byline">by Anna Berg</div>', '<meta name="author" content="Anna">').author).toBe('Anna Berg');
  });
});

describe('author cleaner: an avatar\'s initials', () => {
  it('skips the initials shown before the name they stand for', () => {
    expect(cleanAuthor('The Author\n\nAB\n\nAnna Berg\nAs founder of a garden studio, I have designed many kitchen gardens.')).toBe('Anna Berg');
    expect(cleanAuthor('NASA\n\nAnna Berg')).toBe('NASA');
  });
});

describe('HTML author: the byline under the headline, more shapes', () => {
  it('reads "By" over the name past the stamp and a photo credit, before the article\'s first sentence', () => {
    expect(page('<div class="x"><p>Updated</p><p>January 16, 2026</p><p>Photo: Dana Reyes</p><p>By</p><p>Anna Berg</p></div>').author).toBe('Anna Berg');
  });

  it('past the first sentence under the stamp, "By" is the text\'s or a teaser\'s', () => {
    expect(bylineUnderHeadline(['Updated', 'January 16, 2026', 'Photo: Dana Reyes', 'By', 'Anna Berg'], 'en')).toBe('Anna Berg');
    expect(bylineUnderHeadline(['January 16, 2026', P[1], 'By', 'Anna Berg'], 'en')).toBeNull();
  });

  it('reads the name right under the headline over the author\'s role', () => {
    expect(page('<div class="x"><p>Anna Berg</p><p>|</p><p>Content Administrator</p><p>Learn More</p><p>Last Updated Jul 24, 2024</p></div>').author).toBe('Anna Berg');
  });
});

describe('author cleaner: the word that leads to the categories', () => {
  it('drops "In" left at the end of the byline ("By Anna Berg In" over "Research, Policy")', () => {
    expect(cleanAuthor('By Anna Berg In')).toBe('Anna Berg');
    expect(cleanAuthor('Sign In')).toBeNull();
  });
});

describe('author cleaner: "on behalf of" a group', () => {
  it('keeps the name, not the group it writes for', () => {
    expect(cleanAuthor('Anna Berg on behalf of the Example Working Group')).toBe('Anna Berg');
  });
});

describe('HTML author: a byline element listing its authors one a line', () => {
  // A field names the first author only; the byline element sets each in an element of its own, which
  // the byline's cleaning read as the first name alone (measured: one meta/fundus dev page up, none down).
  const field = '<meta name="author" content="Anna Berg">';
  it('reads three full names or more, one a line, as the list', () => {
    expect(page('<div class="byline"><span>Anna Berg</span><span>Li Wei Chen</span><span>Jo van Dalen</span></div>', field).author).toBe('Anna Berg, Li Wei Chen, Jo van Dalen');
  });

  it('keeps the field\'s name when the lines are two, repeat a name, hold a role, or list someone else first', () => {
    expect(page('<div class="byline"><span>Anna Berg</span><span>Example Times</span></div>', field).author).toBe('Anna Berg');
    expect(page('<div class="byline"><span>Anna Berg</span><span>Li Wei</span><span>Anna Berg</span></div>', field).author).toBe('Anna Berg');
    expect(page('<div class="byline"><span>Anna Berg</span><span>Senior Editor</span><span>Li Wei</span></div>', field).author).toBe('Anna Berg');
    expect(page('<div class="byline"><span>Li Wei</span><span>Jo Ma</span><span>Anna Berg</span></div>', field).author).toBe('Anna Berg');
  });
});
