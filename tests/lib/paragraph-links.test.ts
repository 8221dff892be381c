/** A saved page's sub-headings and list items carry the same ¶ permalink as a paragraph (src/lib/text/paragraph-links.ts). */
import { describe, expect, it } from 'vitest';
import { addParagraphLinks } from '../../src/lib/text/paragraph-links.ts';

describe('paragraph permalinks on headings and list items', () => {
  it('end every <p>, <h2> and <li> with an id p-N, each closed by its own tag', () => {
    const html = addParagraphLinks('<p id="p-1">First.</p>\n<h2 id="p-2">Funding <em>now</em></h2>\n<ul><li id="p-3">one</li><li id="p-4">two <p>x</p></li></ul>');
    expect(html).toBe(
      '<p id="p-1" dir="auto">First.<a class="pl" href="#p-1" aria-label="Link to paragraph 1" data-pagefind-ignore>¶</a></p>\n' +
        '<h2 id="p-2" dir="auto">Funding <em>now</em><a class="pl" href="#p-2" aria-label="Link to paragraph 2" data-pagefind-ignore>¶</a></h2>\n' +
        '<ul><li id="p-3" dir="auto">one<a class="pl" href="#p-3" aria-label="Link to paragraph 3" data-pagefind-ignore>¶</a></li>' +
        '<li id="p-4" dir="auto">two <p>x</p><a class="pl" href="#p-4" aria-label="Link to paragraph 4" data-pagefind-ignore>¶</a></li></ul>',
    );
  });

  it('end a deeper sub-heading (<h3>) too', () => {
    expect(addParagraphLinks('<h3 id="p-5">Fields</h3>')).toBe('<h3 id="p-5" dir="auto">Fields<a class="pl" href="#p-5" aria-label="Link to paragraph 5" data-pagefind-ignore>¶</a></h3>');
  });

  it('put a table row’s link in its last cell', () => {
    expect(addParagraphLinks('<tr id="p-7"><th>Year</th><th>China</th></tr>')).toBe(
      '<tr id="p-7" dir="auto"><th>Year</th><th>China<a class="pl" href="#p-7" aria-label="Link to paragraph 7" data-pagefind-ignore>¶</a></th></tr>',
    );
  });

  it('end a numbered item that keeps its number (`value`, after its id) and a preformatted block, inside it', () => {
    expect(addParagraphLinks('<ol start="5"><li id="p-2" value="9">nine</li></ol><pre id="p-3">  a &lt; b<br/>\tc</pre>')).toBe(
      '<ol start="5"><li id="p-2" value="9" dir="auto">nine<a class="pl" href="#p-2" aria-label="Link to paragraph 2" data-pagefind-ignore>¶</a></li></ol>' +
        '<pre id="p-3" dir="auto">  a &lt; b<br>\tc<a class="pl" href="#p-3" aria-label="Link to paragraph 3" data-pagefind-ignore>¶</a></pre>',
    );
  });

  it('leave a heading or item without a paragraph id as it is', () => {
    const html = '<h2 id="same-event">Other reports</h2><ul><li>a</li></ul><h4 id="p-9">x</h4>';
    expect(addParagraphLinks(html)).toBe(html);
  });
});
