/**
 * The text path's byline whose label runs into a name that opens with two words joined by a hyphen
 * ("ByYi-Jin Yu": the label and the name in two elements, innerText runs them together). The hyphen
 * stopped the glued label's first word, and the page named nobody. Words that merely begin with "By"
 * stay no byline.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const page = (...header: string[]) => `Menu\nHome\nNews\nThe new bridge over the river comes next year\n${header.join('\n')}\n${PROSE}\n${PROSE}\n${PROSE}`;

describe('text bylines: a label run into a hyphenated first name', () => {
  it('"ByYi-Jin Yu", "BYJean-Luc Picard" over the stamp', () => {
    expect(article(page('ByTessa-Mai Lund ', 'January 19, 2024, 10:57 AM')).record.author).toBe('Tessa-Mai Lund');
    expect(article(page('BYIvo-Jan Brandt', 'January 19, 2024, 10:57 AM')).record.author).toBe('Ivo-Jan Brandt');
  });

  it('a word that begins with "By" is no label: "Byron-Smith Keel", "Bystander-Effect Study"', () => {
    expect(article(page('Byron-Smith Keel', 'January 19, 2024, 10:57 AM')).record.author).not.toBe('Ron-Smith Keel');
    expect(article(page('Bystander-Effect Study', 'January 19, 2024, 10:57 AM')).record.author).not.toBe('Stander-Effect Study');
  });
});
