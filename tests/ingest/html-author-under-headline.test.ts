/**
 * The HTML path's author read from the texts right under the headline, as the text path reads its
 * header, when no field names a person (lib/bylines/header-byline.ts): a labelled byline, a name over
 * the stamp, a name among the stamp row's parts; and the list of authors the page shows when a field
 * gives the first of them only.
 */
import { describe, expect, it } from 'vitest';
import { headerPage as page } from './html-header-page.ts';


describe('HTML author: the byline under the headline, outside the article', () => {
  it('reads "By" and the name in elements of their own', () => {
    expect(page('<div class="x"><span>By </span><a href="/a">Anna Berg</a></div><div class="y">Co-founder</div><div>Dec 17, 2025</div>').author).toBe('Anna Berg');
  });

  it('reads a name over the stamp, and one among the parts of its row', () => {
    expect(page('<div class="x"><p>Anna Berg</p><p>Nov 15, 2025</p></div>').author).toBe('Anna Berg');
    expect(page('<div class="x"><p>Anna Berg | Senior Writer | July 2, 2025</p></div>').author).toBe('Anna Berg');
  });

  it('a field that names a person wins, and a section over the stamp is no name', () => {
    expect(page('<div class="x"><p>Anna Berg</p><p>Nov 15, 2025</p></div>', '<meta name="author" content="Li Wei">').author).toBe('Li Wei');
    expect(page('<div class="x"><p>Climate Policy</p><p>Nov 15, 2025</p></div>').author).toBeNull();
  });
});

describe('HTML author: every name of the byline when a field gives the first only', () => {
  it('reads the list the page shows under the headline, its names in elements of their own', () => {
    const names = '<div class="x"><a href="/a">Anna Berg</a><span>, </span><a href="/b">Li Wei</a><span> &amp; </span><a href="/c">Jo Park</a></div>';
    expect(page(names, '<meta name="author" content="Anna Berg">').author).toBe('Anna Berg, Li Wei & Jo Park');
  });

  it('an outlet after a comma is no second author', () => {
    expect(page('<div class="x"><p>Anna Berg, Example Times</p></div>', '<meta name="author" content="Anna Berg">').author).toBe('Anna Berg');
  });
});

describe('HTML author: a name beside the stamp with a separator between', () => {
  it('reads the name under the stamp past a separator element, and before the word that leads to its section', () => {
    expect(page('<div class="x"><span>2025-12-17</span><span>·</span><span>Anna Kestrel</span></div>').author).toBe('Anna Kestrel');
    expect(page('<div class="x"><span>Dec 26, 2025</span><span>•</span><span>Anna Kestrel in</span><a href="/s">Water Planning</a></div>').author).toBe('Anna Kestrel');
  });

  it('reads the name over the stamp past a separator element', () => {
    expect(page('<div class="x"><span>Anna Kestrel</span><span>|</span><span>Nov 15, 2025</span></div>').author).toBe('Anna Kestrel');
  });

  it('a section past the separator is no name', () => {
    expect(page('<div class="x"><span>Dec 26, 2025</span><span>•</span><span>Climate Policy</span></div>').author).toBeNull();
  });
});
