/**
 * The text path's byline beside the article's age instead of its date: "Anna Berg" over "5 hours ago",
 * "Anna Berg|Published 1 day ago", "Anna Berg 7 hours" under the headline.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const page = (...header: string[]) => `Menu\nHome\nNews\nHeadline on joint research in science\n${header.join('\n')}\n${PROSE}\n${PROSE}\n${PROSE}`;

describe('text bylines: a name beside the article\'s age', () => {
  it('the name over the age under a deck, in capitals too', () => {
    const deck = 'A short deck on the research that follows here';
    expect(article(page(deck, 'Tessa Lund', '5 hours ago')).record.author).toBe('Tessa Lund');
    expect(article(page(deck, 'TESSA LUND', '5 HOURS AGO')).record.author).toBe('TESSA LUND');
  });

  it('the name and the age on one line, a bar or a space between', () => {
    expect(article(page('Tessa Lund|Published 1 day ago')).record.author).toBe('Tessa Lund');
    expect(article(page('Tessa Lund 7 hours')).record.author).toBe('Tessa Lund');
  });

  it('a count after the words is no age; a section over the age is no name', () => {
    expect(article(page('Tessa Lund 7 comments')).record.author).toBeNull();
    expect(article(page('Science News', '5 hours ago')).record.author).toBeNull();
  });
});
