/**
 * A labelled stamp line just above the headline, long enough for main-text to take it into the
 * article's run ("Posted on December 20, 2025 by Ann Lee (Example) - 5 Comments on <headline>"): its
 * label says what the date is, so it is the article's stamp, however many words follow the date. A
 * line there with words before its label stays the text's own. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const HEADLINE = 'Do labs need fourteen data ports on one small computer?';
const P = [
  'China has launched a new science programme with twelve countries in Africa, the ministry of science and technology said on Tuesday in Beijing.',
  'The programme will fund joint laboratories and train young researchers over the next five years, the ministry said in a statement.',
  'Officials said the first projects would start next spring, with researchers from both sides sharing data on crops, water and health.',
  'Each laboratory will publish its results in open journals, and the data will be shared with the partner universities at no cost.',
];
const MENU = 'Home\nNews\nScience\nTechnology\nAbout us\nContact';

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
