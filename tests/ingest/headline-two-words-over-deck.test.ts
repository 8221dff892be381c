/**
 * A magazine's header: a headline of two words that plays on its story ("Steady Hands"), its deck (a
 * long sentence in sentence case, with its full stop), then the byline and the date. A label over the
 * headline (the column's name, "The Ferry Review") was taken: the header over a deck counted only for a
 * headline of three words or more. Pages written here; the first test failed on the base (62d3344e),
 * where the label was taken. The guards: two words over a short sentence, and two words over the
 * article's first line of prose (a picture's credit over its caption).
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { chooseOnClassedLines, type ClassedLine } from './headline-fixture.ts';

const MENU = ['Harbor Weekly', 'News', 'Features', 'Food', 'Travel'];
const P1 = 'Running a ferry line across a stormy bay sounds simple until the first winter gale closes the northern crossing and the passengers start to pile up on the pier.';
const P2 = 'The ferry crews plan routes, mend the boats and keep the timetable going, and the harbor rewards a slow and careful crew far more than a hasty one.';
const P3 = 'The ferry timetables are the heart of the harbor, and balancing the stormy crossings against the quiet ones keeps the crews busy for many evenings in a row.';
const FOOT = ['Share this story', 'More Features', 'Privacy Policy', '© 2025 Harbor Weekly'];
const DECK = 'A season of gales tests the oldest crews on the water, and the youngest ones turn out to be the steadiest.';

const titleOf = (header: string[]) => article([...MENU, ...header, P1, P2, P3, ...FOOT].join('\n\n')).record.title;

describe('a headline of two words over its sentence deck', () => {
  it('is the headline when it has two words and a column label stands over it', () => {
    expect(titleOf(['The Ferry Review', 'Steady Hands', DECK, 'By Jane Roe', 'Published Jan 25, 2009'])).toBe('Steady Hands');
  });

  it('leaves a label of two words over a short sentence', () => {
    // Nine words, no deck's length: the label is no headline over it.
    const short = 'Ferry crews keep the stormy crossings going all winter.';
    expect(titleOf(['Harbor Blues', short, 'By Jane Roe', 'Published Jan 25, 2009'])).not.toBe('Harbor Blues');
  });
});

describe("two words over the article's first line of prose", () => {
  it("are a picture's credit over its caption, not the headline over its deck", () => {
    const headline = 'Review: The new ferry timetable is a stormy disappointment';
    const page: ClassedLine[] = [
      ['Harbor Weekly', 'short'],
      ['Search', 'bad'],
      ['Life & Culture', 'short'],
      [headline, 'short'],
      ['Harbor Pictures', 'short'],
      ['The Harbor Star is the followup to the ferry line of 2014. The crews establish a winter crossing plan for the northern piers.', 'good'],
      ['By Jane Roe — Staff Writer', 'short'],
      ['Published: March 21, 2017', 'bad'],
      [P1, 'good'],
      [P2, 'good'],
      [P3, 'good'],
    ];
    expect(chooseOnClassedLines(page)).toBe(headline);
  });
});
