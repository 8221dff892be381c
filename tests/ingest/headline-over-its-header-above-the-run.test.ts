/**
 * A headline that shares no word with its article (a short or playful one: "Monster talks"), with the
 * post's stamp or byline right under it and the article's prose under that: when no line shares enough
 * of the article's words to be chosen, the nearest line of a headline's shape over its own header,
 * right above the run, is the headline, not the blog's tagline further up. A button the page writes
 * again and again over the author's label is none.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const BODY = [
  'She asked who would slip on the ice next, and I bet her it would not be me, right before my boots went out from under me on the path.',
  'We laughed about it all the way home, though my elbow still hurts a little this morning and the dog looks at me with pity.',
].join('\n\n');

const titleOf = (page: string) => article(page).record.title;

describe('a headline over its own stamp, right above the run', () => {
  it('is the headline though it shares no word with the article', () => {
    const page = `Home\nAbout me\nThe Tinkerer's Blog\nDiary of an Old Tinkerer\n« Logbook 2010\nMonster talks\n23. Dezember 2009 //\n${BODY}`;
    expect(titleOf(page)).toBe('Monster talks');
  });

  it('is no button the page writes again and again over the author’s label', () => {
    const page = `Home\nDownload chart\nDownload chart\nDownload chart\nAuthors:\nJane Roe\nDecember 23, 2009\n${BODY}`;
    expect(titleOf(page)).not.toBe('Download chart');
  });
});
