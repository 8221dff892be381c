/**
 * A headline that names its subject and plays on none of the article's words, over its deck (a
 * sentence ending in a full stop), the byline with its date under the deck: "QUIET WATERS OF ORLA
 * REVIEW" / "Lead the harbor’s ferry crews through … game." / "By Jane Roe 11 February 2020". The deck
 * shares the article's words, the headline none (a review's title names the game), and the deck was
 * taken, though main-text had left it out as a standfirst over the byline. A standfirst ends in a full
 * stop: the headline-shaped line over it, the header under it, is the headline. Pages written here;
 * the first test failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { headlineOverItsSentenceDeck } from '../../scripts/ingest/lib/page-text/headline/headline-over-its-sentence-deck.ts';

const MENU = ['Harbor Games', 'News', 'Reviews', 'Guides', 'Deals'];
const DECK = 'Lead the harbor’s ferry crews through a winter of storms in this slow and thoughtful management game.';
const BYLINE = 'By Jane Roe 11 February 2020';
const P1 = 'Running a ferry line across a stormy bay sounds simple until the first winter gale closes the northern crossing and the passengers start to pile up on the pier.';
const P2 = 'This management game asks you to plan routes, buy boats and keep the crews paid, and it rewards a slow and thoughtful player far more than a hasty one.';
const P3 = 'The ferry timetables are the heart of the game, and balancing the stormy crossings against the quiet ones kept me busy for many evenings in a row.';
const FOOT = ['Share this review', 'More Reviews', 'Privacy Policy', '© 2025 Harbor Games'];

const titleOf = (header: string[]) => article([...MENU, ...header, P1, P2, P3, ...FOOT].join('\n\n')).record.title;

describe('a headline over its deck, a sentence, and the byline under the deck', () => {
  it('is the headline, not the deck that shares the article\'s words', () => {
    expect(titleOf(['QUIET WATERS OF ORLA REVIEW', DECK, BYLINE])).toBe('QUIET WATERS OF ORLA REVIEW');
  });

  it('keeps a headline that shares the article\'s words over the same deck', () => {
    const headline = 'Harbor ferry crews face a winter of storms in a management game';
    expect(titleOf([headline, DECK, BYLINE])).toBe(headline);
  });

  it('leaves the sentence when no headline-shaped line stands over it (a button)', () => {
    expect(titleOf(['Subscribe', DECK, BYLINE])).not.toBe('Subscribe');
  });
});

describe('headlineOverItsSentenceDeck', () => {
  const lines = ['Quiet Waters of Orla review', 'Lead the crews through a winter of storms.', 'By Jane Roe', 'Ferry crews at rest'];
  it('moves up from a sentence the line over heads as its deck', () => {
    expect(headlineOverItsSentenceDeck(lines, 1, (i) => i === 0)).toBe(0);
  });
  it('keeps a chosen line with no full stop, one the line over does not head, the first line and none', () => {
    expect(headlineOverItsSentenceDeck(lines, 3, () => true)).toBe(3);
    expect(headlineOverItsSentenceDeck(lines, 1, () => false)).toBe(1);
    expect(headlineOverItsSentenceDeck(lines, 0, () => true)).toBe(0);
    expect(headlineOverItsSentenceDeck(lines, -1, () => true)).toBe(-1);
  });
});
