/**
 * Main-text precision: a picture gallery's later slide counters ("2 of 4" after "1 of 4", "3 von 5"
 * after "2 von 5", "3/6" after "2/6"), one above each slide's caption, left out
 * (main-text/inside/slide-counter-series.ts). A single fraction, a score, a number past its count
 * stay. Invented pages in English and German; the series cases failed before the rule (the counters
 * after the first stood in the article).
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';
import { BRIDGE_HEAD, BRIDGE_PARAGRAPHS } from '../helpers/bridge-article.ts';
import { counterOf } from '../../scripts/ingest/stages/main-text/inside/slide-counter-series.ts';

const EN = BRIDGE_PARAGRAPHS;
const DE = GERMAN_PARAGRAPHS;
/** Each slide's caption is a sentence the article's run takes in, as a gallery's captions are. */
const EN_SLIDES = [
  'The first cars cross the new bridge on Monday morning while people from the harbour district watch from the riverbank and wave.',
  'Builders worked through the night shifts during the mild winter so that the deck was finished a month before the date the council planned.',
  'The mayor cuts the ribbon at the west end of the bridge, next to the engineers who drew the plans for the crossing four years ago.',
  'The cycle path the council plans for next year will run along the river below the bridge and on towards the city park in the north.',
];

describe("main-text precision: a gallery's later slide counters", () => {
  it('leaves out "2 of 4", "3 of 4", "4 of 4" above their captions in English', () => {
    const page = [BRIDGE_HEAD, EN[0], EN[1], '1 of 4', EN_SLIDES[0], '2 of 4', EN_SLIDES[1], '3 of 4', EN_SLIDES[2], '4 of 4', EN_SLIDES[3], EN[2], EN[3]].join('\n');
    const { kept, why } = chooseArticle(page);
    for (const c of ['1 of 4', '2 of 4', '3 of 4', '4 of 4']) expect(kept).not.toContain(c);
    expect(kept).toEqual([EN[0], EN[1], ...EN_SLIDES, EN[2], EN[3]]);
    expect(why.get('3 of 4')).toMatch(/slide counter in a series/);
  });

  it('leaves out a German gallery\'s "2 von 5", "3 von 5" and a slashed "3/6" after "2/6"', () => {
    const de = chooseArticle([GERMAN_HEAD, DE[0], '2 von 5', DE[1], '3 von 5', DE[2], DE[3]].join('\n'));
    expect(de.kept).toEqual(DE);
    expect(de.why.get('2 von 5')).toMatch(/slide counter in a series/);
    const slashed = chooseArticle([GERMAN_HEAD, DE[0], DE[1], '2/6', DE[2], '3/6', DE[3]].join('\n'));
    expect(slashed.kept).toEqual(DE);
  });

  it('keeps a counter with no neighbour in its series', () => {
    const page = [BRIDGE_HEAD, EN[0], EN[1], '3/4', EN[2], '7 of 10', EN[3]].join('\n');
    expect(chooseArticle(page).kept).toEqual([EN[0], EN[1], '3/4', EN[2], '7 of 10', EN[3]]);
  });

  it('reads a slide number up to its count only', () => {
    expect(counterOf('2 of 57')).toEqual({ slide: 2, count: 57 });
    expect(counterOf('3 von 12')).toEqual({ slide: 3, count: 12 });
    expect(counterOf('24/7')).toBeNull();
    expect(counterOf('5 of 1')).toBeNull();
    expect(counterOf('2 of the best')).toBeNull();
  });
});
