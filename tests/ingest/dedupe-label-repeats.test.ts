/**
 * Dedupe recall: a short label ending in a colon ("Pros:", "Top picks:", "Key features:") introduces
 * what follows it. A review or a guide repeats it over each of its items, four times or more, and
 * each copy is the article's. A button repeated under every item ("Book Now", "Buy on Amazon")
 * introduces nothing: one copy stays. Written here; the first case failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const INTRO = 'Choosing a tent for a first trip is harder than it looks, because every shop lists dozens of models that seem almost the same on paper.';
const INTRO2 = 'We pitched each of these five tents on the same hillside in wind and rain over two summers, and here is what we found about each of them.';
const OUTRO = 'Whichever of them you choose, pitch it once in the garden before the trip, so that the first time you put it up is not in the dark and the rain.';
const TENTS = ['Ridge Two', 'Valley Dome', 'Summit Light', 'Meadow Four', 'Harbour Tunnel'];
const about = (t: string) => `The ${t} went up in under ten minutes on every trip, stayed dry through a night of heavy rain, and packed down small enough to carry on a long walk.`;

function page(label: string): string {
  const items = TENTS.flatMap((t) => [t, about(t), label, `${t} for families`, `${t} for long walks`]);
  return ['The Best Tents for Beginners', 'By Jane Smith', INTRO, INTRO2, ...items, OUTRO].join('\n\n');
}

describe('dedupe: a short label repeated over each item', () => {
  it('keeps every copy of a label ending in a colon', () => {
    const body = article(page('Best for:')).record.paragraphs.map((p) => p.text);
    expect(body.filter((p) => p === 'Best for:')).toHaveLength(TENTS.length);
  });

  it('still keeps one copy of a button repeated under every item', () => {
    const body = article(page('Check price')).record.paragraphs.map((p) => p.text);
    expect(body.filter((p) => p === 'Check price').length).toBeLessThanOrEqual(1);
  });
});
