/**
 * The HTML path's author from a pair of fields that label a value ("twitter:label1" "Written by",
 * "twitter:data1" the name), read after the page's author fields and before any byline read off the
 * page's text (lib/html/metadata/html-meta.ts): the site's software fills the pair from the post's own
 * author, where a byline element may be a quoted expert's card or a book's "by" line.
 */
import { describe, expect, it } from 'vitest';
import { headerPage as page } from './html-header-page.ts';

const pair = (label: string, data: string, n = 1) => `<meta name="twitter:label${n}" content="${label}"><meta name="twitter:data${n}" content="${data}">`;

describe('HTML author: a labelled pair of fields', () => {
  it('reads the name a "Written by" label gives, in any of the pairs', () => {
    expect(page('', pair('Written by', 'Anna Kestrel')).author).toBe('Anna Kestrel');
    expect(page('', pair('Est. reading time', '4 minutes') + pair('Written by', 'Anna Kestrel', 2)).author).toBe('Anna Kestrel');
    expect(page('', pair('Autor', 'Anna Kestrel')).author).toBe('Anna Kestrel');
  });

  it('a user name or a first name alone there is the account\'s display name, no byline', () => {
    expect(page('', pair('Written by', 'admin')).author).toBeNull();
    expect(page('', pair('Written by', 'Anna')).author).toBeNull();
  });

  it('a pair with another label names nobody', () => {
    expect(page('', pair('Est. reading time', '4 minutes')).author).toBeNull();
    expect(page('', pair('Filed under', 'Climate Policy')).author).toBeNull();
  });

  it('a field that names a person wins', () => {
    expect(page('', `<meta name="author" content="Li Wei">${pair('Written by', 'Anna Kestrel')}`).author).toBe('Li Wei');
  });

  it("outranks a byline read off the page's text: an expert's card, a book's author in a heading", () => {
    const card = '<div class="expert"><span class="author-name">Mackenzie Hill</span><span>Founder, Lumibloom</span></div>';
    expect(page(card).author).toBe('Mackenzie Hill');
    expect(page(card, pair('Written by', 'Cody Jensen')).author).toBe('Cody Jensen');
    // German and Spanish labels over the name, as the site's software writes them in the page's language.
    expect(page(card, pair('Geschrieben von', 'Jörg Weidmann')).author).toBe('Jörg Weidmann');
    expect(page(card, pair('Escrito por', 'Lucía Peña')).author).toBe('Lucía Peña');
  });
});
