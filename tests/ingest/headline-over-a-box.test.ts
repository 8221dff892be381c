/**
 * A box of other stories ("Read next") set beside the article's header: the innerText puts the box's
 * entry between the headline and the byline, and the chooser took the entry, which the article's
 * header follows. The headline stands over the box's heading. Pages written here; the page test
 * failed on the base.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { headlineOverABox } from '../../scripts/ingest/lib/page-text/headline/headline-over-a-box.ts';

const MENU = ['Harbor Weekly', 'Sign In', 'Subscribe', 'Ferries', 'Add to my feed'];
const HEADLINE = 'Why ferry crews walked out in the harbor strike';
const DECK = 'Talks with the board broke down after a week of gales';
/** The box's entry: another story of the same beat, in as many of the lead's words. */
const ENTRY = 'Winter crossings close as ferry timetable talks stall';
const HEADER = ['THURSDAY, 2 MARCH, 2025', '© Jane Roe', 'MARCH 3, 2025', 'by: Jane Roe'];
const P1 = 'Ferry crews on the stormy bay walked out on Friday, saying the new winter timetable leaves them no rest between crossings and the passengers pile up on the pier.';
const P2 = 'The harbor board says the ferry timetable keeps the crossings going through the winter gales, and that talks with the crews will go on next week.';
const P3 = 'The northern crossing closed at noon, and the ferry crews said they would stay out until the harbor board changed the winter timetable.';
const FOOT = ['Share this story', 'Privacy Policy', '© 2025 Harbor Weekly'];

const titleOf = (top: string[]) => article([...MENU, ...top, ...HEADER, P1, P2, P3, ...FOOT].join('\n\n')).record.title;

describe('a headline over a "Read next" box beside its header', () => {
  it('is the headline, not the box\'s entry the header follows', () => {
    expect(titleOf([HEADLINE, DECK, 'Read next', ENTRY])).toBe(HEADLINE);
    expect(titleOf([HEADLINE, DECK, 'Personal Ferries', 'Read next', 'Bay News', ENTRY])).toBe(HEADLINE);
  });
  it('keeps a headline under a box heading with only labels over it', () => {
    expect(titleOf(['What\'s Next', 'Trending', HEADLINE])).toBe(HEADLINE);
  });
});

describe('headlineOverABox', () => {
  const lines = ['Ferries', HEADLINE, DECK, 'Read next', 'Bay News', ENTRY, HEADER[0]];
  const box = (i: number) => lines[i] === 'Read next';
  const short = (i: number) => lines[i] === 'Bay News';
  const all = () => true;
  const scored = [
    { index: 5, score: 1.1 },
    { index: 2, score: 0.14 },
    { index: 1, score: 0.42 },
    { index: 0, score: 0.5 },
  ];
  it('moves from the entry to the best-scored headline over the heading', () => {
    expect(headlineOverABox(lines, 5, box, short, all, scored, 0.12, (i) => i !== 0)).toBe(1);
  });
  it('keeps the entry when no line over the heading is the article\'s headline or reaches the floor', () => {
    expect(headlineOverABox(lines, 5, box, short, all, scored, 0.12, () => false)).toBe(5);
    expect(headlineOverABox(lines, 5, box, short, all, scored, 0.6, all)).toBe(5);
  });
  it('keeps an entry with no header of its own under it: the box runs on, the header is elsewhere', () => {
    expect(headlineOverABox(lines, 5, box, short, () => false, scored, 0.12, all)).toBe(5);
  });
  it('keeps the chosen line when the line over the heading writes it again (a path run into it)', () => {
    const pathed = ['Ferries', `Home News Ferries ${ENTRY}`, DECK, 'Read next', 'Bay News', ENTRY, HEADER[0]];
    expect(headlineOverABox(pathed, 5, box, short, all, scored, 0.12, (i) => i === 1)).toBe(5);
  });
  it('keeps a line with no box heading right over it, or a longer line between', () => {
    expect(headlineOverABox(lines, 2, box, short, all, scored, 0.12, all)).toBe(2);
    expect(headlineOverABox(lines, 5, box, () => false, all, scored, 0.12, all)).toBe(5);
  });
});
