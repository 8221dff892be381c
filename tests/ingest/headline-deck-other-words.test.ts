/**
 * A newsletter's post: its name, the headline, a deck that says it in other words (no word of the
 * headline), the author's bare name over the date, then the post, whose first paragraph names the
 * newsletter. The name under the deck, over the date, makes the pair the post's header: the headline
 * is the line over the deck, not the newsletter's name nor the author's (issue 13). Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const L1 = 'This is the Valley Weather Letter, written by Hollis Brandt, who has reported on the farms and the weather of the valley for ten years.';
const L2 = 'Farmers in every district of the valley and beyond now read the Valley Weather Letter, which began three winters ago as a single printed page.';
const L3 = 'Rain gauges on the hills above the valley filled twice in one week, and the river rose faster than at any time since the old bridge was built.';
const L4 = 'Engineers said the river would crest on Thursday night and that the new levee should hold, though the lower fields may flood for a few days.';

describe('a headline over a deck in other words and the author’s name over the date', () => {
  it('is the line over the deck', () => {
    const headline = 'Worth Reading: Eight Almanacs for Rain and Soil';
    const page = `Valley Weather Letter\nSubscribe\n${headline}\nPrinted guides, old and new, that farmers trust for tables and advice on the seasons ahead.\nHollis Brandt\nOct 28, 2024\n5\n1\nShare\n${L1}\nSubscribe\n${L2}\n${L3}\n${L4}`;
    expect(article(page).record.title).toBe(headline);
  });
});
