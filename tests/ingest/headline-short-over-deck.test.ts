/**
 * A feature's headline of two or three words ("Harbor Blues") or one over a deck of two sentences
 * that ends on a question ("… work the bay. But can the harbor keep them?"), the byline under the
 * deck. The deck shares the article's words and was taken: headline-over-its-sentence-deck.ts moved
 * off a deck only under a headline of four words or more, and only off a deck that ends on a full stop.
 * A headline may ask, in one sentence; a deck goes on after its full stop. Pages written here; the
 * tests of the page failed on the base.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { deckSentences } from '../../scripts/ingest/lib/page-text/headline/headline-over-its-sentence-deck.ts';

const MENU = ['Harbor Weekly', 'News', 'Features', 'Food', 'Travel'];
const BYLINE = 'By Jane Roe';
const P1 = 'Running a ferry line across a stormy bay sounds simple until the first winter gale closes the northern crossing and the passengers start to pile up on the pier.';
const P2 = 'The ferry crews plan routes, mend the boats and keep the timetable going, and the harbor rewards a slow and careful crew far more than a hasty one.';
const P3 = 'The ferry timetables are the heart of the harbor, and balancing the stormy crossings against the quiet ones keeps the crews busy for many evenings in a row.';
const FOOT = ['Share this story', 'More Features', 'Privacy Policy', '© 2025 Harbor Weekly'];

const titleOf = (header: string[]) => article([...MENU, ...header, P1, P2, P3, ...FOOT].join('\n\n')).record.title;

describe('a short headline over its sentence deck and the byline', () => {
  it('is the headline when it has two words', () => {
    const deck = 'Ferry crews on the stormy bay keep the harbor timetable going through a winter of gales.';
    expect(titleOf(['Feature', 'Harbor Blues', deck, BYLINE])).toBe('Harbor Blues');
  });

  it('is the headline over a deck of two sentences that ends on a question', () => {
    const deck = 'Ferry crews keep the stormy crossings going all winter. But can the harbor timetable hold?';
    expect(titleOf(['Feature', 'The Long Crossing', deck, BYLINE])).toBe('The Long Crossing');
  });

  it('leaves a headline in Title Case with its full stops under a label in capitals', () => {
    const headline = 'The Ferry Crews Kept the Harbor Going. The Board Could Have Helped Them Keep It.';
    expect(titleOf(['OPINION', 'GUEST ESSAY', headline, BYLINE])).toBe(headline);
  });

  it('leaves a short deck under a short line', () => {
    // Nine words: a short line over a short sentence may be a label over the headline.
    const deck = 'Ferry crews keep the stormy crossings going all winter.';
    expect(titleOf(['Harbor Blues', deck, BYLINE])).toBe(deck);
  });
});

describe('deckSentences', () => {
  it('reads a full stop, or sentences ended by a question or an exclamation', () => {
    expect(deckSentences('Ferry crews keep the crossings going.')).toBe(true);
    expect(deckSentences('Ferry crews keep the crossings going. But can they hold?')).toBe(true);
    expect(deckSentences('Ferry crews strike again! Timetable gone!')).toBe(true);
  });
  it('leaves a headline that asks or exclaims in one sentence', () => {
    expect(deckSentences('Can the ferry crews keep the crossings going?')).toBe(false);
    expect(deckSentences('Ferry crews strike again!')).toBe(false);
    expect(deckSentences('Ferry crews keep the crossings going')).toBe(false);
    // An abbreviation's dot and Title Case: one headline that asks.
    expect(deckSentences('Ferry Crews vs. Harbor Board: Who Keeps the Crossings Going?')).toBe(false);
    expect(deckSentences('Why Do U.S. Ferry Crews Strike in Winter? Ask the Board!')).toBe(false);
  });
});
