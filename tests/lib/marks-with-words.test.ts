/**
 * A French title, "Guerre en Ukraine : la Russie affirme …", wrapped at 375 px with ": la Russie" at
 * the start of the second line: the space before the colon was a plain one, where a line may end.
 * Where the site shows a source's words, the space that ties a mark to its word is a no-break space
 * (src/lib/text/marks-with-words.ts); other spaces, tags and preformatted text stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { keepMarksWithWords, keepMarksWithWordsInHtml } from '../../src/lib/text/marks-with-words.ts';
import { addParagraphLinks } from '../../src/lib/text/paragraph-links.ts';

const NB = '\u00A0';

describe('a mark stays on the line of its word', () => {
  it('ties a colon, a question or exclamation mark and guillemets to their word', () => {
    expect(keepMarksWithWords('Guerre en Ukraine : la Russie affirme')).toBe(`Guerre en Ukraine${NB}: la Russie affirme`);
    expect(keepMarksWithWords('Faut-il vraiment le croire ? Oui !')).toBe(`Faut-il vraiment le croire${NB}? Oui${NB}!`);
    expect(keepMarksWithWords('« Nous avons gagné », a-t-il dit ; puis il est parti.')).toBe(`«${NB}Nous avons gagné${NB}», a-t-il dit${NB}; puis il est parti.`);
    expect(keepMarksWithWords('Il a dit « oui » (« bien sûr »).')).toBe(`Il a dit «${NB}oui${NB}» («${NB}bien sûr${NB}»).`);
  });

  it('leaves text without such a space as it is, and marks that open nothing', () => {
    const english = 'Guerre en Ukraine: la Russie affirme. Why? Because: "yes!"';
    expect(keepMarksWithWords(english)).toBe(english);
    // A lone mark between spaces ties nothing: a dash-like list ("Note : : done") is not ours to mend.
    expect(keepMarksWithWords('a ratio of 3 : 1')).toBe(`a ratio of 3${NB}: 1`);
    expect(keepMarksWithWords('Score ?? unknown')).toBe(`Score${NB}?? unknown`);
    expect(keepMarksWithWords('key :value')).toBe('key :value');
  });

  it('in HTML, changes text only: attributes and preformatted blocks keep their spaces', () => {
    expect(keepMarksWithWordsInHtml('<p id="p-1" title="a : b">Ukraine : la <em>Russie</em> !</p><pre>x : y</pre><p>z ?</p>')).toBe(
      `<p id="p-1" title="a : b">Ukraine${NB}: la <em>Russie</em>${NB}!</p><pre>x : y</pre><p>z${NB}?</p>`,
    );
  });

  it('is done in an article body with its permalinks', () => {
    expect(addParagraphLinks('<p id="p-1">Guerre en Ukraine : la suite</p>')).toContain(`Ukraine${NB}: la suite<a class="pl"`);
  });
});
