/**
 * The text path's byline in a few more shapes of the article's header: a "By" line that carries the
 * stamp and its time ("By Anna Berg Jan. 31, 2026 7:47 am EST"), a name with its row's separator
 * left at its end ("Anna Berg|" over "February 5, 2026 |"), a name before a dash and what is no
 * name ("Anna Berg - Example Journal"), a one-word name over the stamp under a standfirst.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const HEADLINE = 'Headline on joint research in science';
const STANDFIRST = 'A standfirst on the programme, short and to the point.';
const body = `${PROSE}\n${PROSE}\n${PROSE}`;
const page = (...header: string[]) => `Menu\nHome\nNews\n${HEADLINE}\n${header.join('\n')}\n${body}`;

describe('text bylines: a "By" line that carries the stamp and its time', () => {
  it('reads the name before the date, however many words the time adds', () => {
    expect(article(page('By\u00a0Anna Berg Jan. 31, 2026 7:47 am EST', ' Example Lens & Optics')).record.author).toBe('Anna Berg');
    expect(article(page('By Anna Berg Jan. 31, 2026 7:47 am EST')).record.author).toBe('Anna Berg');
  });

  it('a sentence after "By" stays no byline', () => {
    expect(article(page('By January 31, 2026 the programme had funded forty teams across the region.')).record.author).toBeNull();
  });
});

describe('text bylines: a name with its row\'s separator at its end', () => {
  it('reads the name over the stamp', () => {
    expect(article(page('Anna Berg|', 'March 09, 2026 |', '5 min read')).record.author).toBe('Anna Berg');
  });
});

describe('text bylines: a name before a dash and what is no name', () => {
  it('reads the name over the stamp', () => {
    expect(article(page(STANDFIRST, 'Anna Berg - Example Journal', 'Dec 17, 2025')).record.author).toBe('Anna Berg');
  });

  it('a section before the dash is no name', () => {
    const about = 'The programme supports research policy and the teams behind it.';
    expect(article(`Menu\nHome\nNews\n${HEADLINE}\n${STANDFIRST}\nResearch Policy - Example Journal\nDec 17, 2025\n${body}\n${about}`).record.author).toBeNull();
  });
});

describe('text bylines: one word over the stamp, under the standfirst', () => {
  it('reads a word the page never writes in lower case', () => {
    expect(article(page(STANDFIRST, 'Kestrin', 'Dec 04, 2025')).record.author).toBe('Kestrin');
  });

  it('a section or a word the page writes in lower case is no name', () => {
    expect(article(page(STANDFIRST, 'Technology', 'Dec 04, 2025')).record.author).toBeNull();
    expect(article(page(STANDFIRST, 'Programme', 'Dec 04, 2025')).record.author).toBeNull();
  });
});

describe('text bylines: a label in capitals before the separator and the date', () => {
  it('is no name', () => {
    expect(article(page('PRESS RELEASE · March 4 2026')).record.author).toBeNull();
  });
});

describe('text bylines: the name before where the author works', () => {
  it('reads "Name, University" right under the headline, over the first paragraph', () => {
    const page = `Menu\nHome\nNews\nWhy phones wake us before we do\n\nOttilie Brenner, Harbourside University\n\n${PROSE}\n${PROSE}\n${PROSE}`;
    expect(article(page).record.author).toBe('Ottilie Brenner');
  });
});
