/**
 * The text path's byline at the page's foot: a bare "By Anna Berg" under the article is as often
 * another story's byline in a list to read next, so it is read only in the author's box, where a note
 * on the same person stands beside it ("Anna Berg is a science writer …" over or under it).
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const NOTE = 'Anna Berg is a science writer and the editor of a monthly newsletter on polar research, and she lives in a small town by the sea.';
const page = (...foot: string[]) => `Menu\nHome\nNews\nHeadline on joint research in science\n${PROSE}\n${PROSE}\n${PROSE}\n${foot.join('\n')}\nLeave a Reply`;

describe('text bylines: a bare "By" in the author\'s box at the foot', () => {
  it('reads "By Anna Berg" under or over the note on her', () => {
    expect(article(page(NOTE, 'By Anna Berg', 'Author: Events Coordinator')).record.author).toBe('Anna Berg');
    expect(article(page('By Anna Berg', NOTE)).record.author).toBe('Anna Berg');
  });

  it('a bare "By" under the article with no note on that person beside it stays unread', () => {
    expect(article(page('Related', 'Another headline on research', 'By Li Wei', 'More stories')).record.author).toBeNull();
    // The note on Anna Berg names her as the page's writer by itself (lib/bylines/writer-note.ts); "By Li Wei" beside it stays unread.
    expect(article(page(NOTE, 'By Li Wei', 'More stories')).record.author).toBe('Anna Berg');
  });
});
