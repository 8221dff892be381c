/**
 * A labelled stamp line just above the headline, long enough for main-text to take it into the
 * article's run ("Posted on December 20, 2025 by Ann Lee (Example) - 5 Comments on <headline>"): its
 * label says what the date is, so it is the article's stamp, however many words follow the date. A
 * line there with words before its label stays the text's own. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_PARAGRAPHS, SITE_MENU, article } from './helpers.ts';

const HEADLINE = 'Do labs need fourteen data ports on one small computer?';
const P = ARTICLE_PARAGRAPHS;
const MENU = SITE_MENU;

describe('a labelled stamp line just above the headline, inside the article’s run', () => {
  it('is the article’s stamp, the line kept as written', () => {
    const above = `Posted on December 20, 2025 by Ann Lee-Roe (Example Software) - 5 Comments on ${HEADLINE}`;
    const { record } = article(`${MENU}\n${above}\n${HEADLINE}\n${P.join('\n')}`);
    expect(record.title).toBe(HEADLINE);
    expect(record.date?.date).toBe('2025-12-20');
  });

  it('is no stamp with a sentence before its label', () => {
    const sentence = `The ministry said the labs posted on December 20, 2025 by Ann Lee-Roe the results of the first programme ${HEADLINE}`;
    expect(article(`${MENU}\n${sentence}\n${HEADLINE}\n${P.join('\n')}`).record.date).toBeNull();
  });
});
