/**
 * Dedupe recall: a review's item template may put two of its labels one right under the other
 * ("Pros and cons" over "Pros", then the pros, then "Cons" alone, then the cons). The labels that
 * stand beside another label were no candidates (each copy had to stand alone between lines the page
 * shows once), so one copy of them stayed while the article repeats them in every item; nor were
 * labels beside a line two items share ("Only one door"). A label
 * beside another joins the set when the set has a label that stands alone, each as often as the
 * others, and the run of labels is short and has the item's own lines above and under it. Buttons
 * side by side under every item, with no label alone among them, still keep one copy. Invented
 * page; the first case failed before the change.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const INTRO = 'Picking a tent for a first night outdoors is harder than it looks, because every shop lists dozens of models that seem almost the same on paper.';
const INTRO2 = 'We pitched each of these five tents in a windy field every weekend of one long summer, and here is what we found about each of them in use.';
const OUTRO = 'Whichever of them you choose, dry it fully before you pack it away at home, so that the fabric and the seams last for many seasons.';
const TENTS = ['Harbor Dome Two', 'Valley Tunnel', 'Summit Solo', 'Meadow Family Four', 'Northwind Ridge'];
const about = (t: string) => `The ${t} went up in under ten minutes on every evening of the test, and its door opened wide enough to carry a bag inside without bending low.`;

function page(top: string, under: string, alone: string): string {
  const items = TENTS.flatMap((t, n) => [t, about(t), top, under, `Quiet ${t} night number ${n + 1}`, `Dry ${t} floor number ${n + 1}`, alone, `Heavy ${t} poles number ${n + 1}`]);
  return ['The Best Tents for a First Night Outdoors', 'By Ann Lee', INTRO, INTRO2, ...items, OUTRO].join('\n\n');
}

const count = (body: string[], line: string) => body.filter((p) => p === line).length;

describe('dedupe: item labels one under the other', () => {
  it('keeps every copy of a label that stands right over another label of the set', () => {
    const body = article(page('Pros and cons', 'Pros', 'Cons')).record.paragraphs.map((p) => p.text);
    for (const label of ['Pros and cons', 'Pros', 'Cons']) expect(count(body, label), label).toBe(TENTS.length);
  });

  it('keeps every copy when two items share a line beside a label (items share a value)', () => {
    const items = TENTS.flatMap((t, n) => [t, about(t), 'Pros', n < 2 ? 'Light enough to carry' : `Quiet ${t} night number ${n + 1}`, 'Cons', n < 2 ? 'Only one door' : `Heavy ${t} poles number ${n + 1}`]);
    const body = article(['The Best Tents for a First Night Outdoors', 'By Ann Lee', INTRO, INTRO2, ...items, OUTRO].join('\n\n')).record.paragraphs.map((p) => p.text);
    for (const label of ['Pros', 'Cons']) expect(count(body, label), label).toBe(TENTS.length);
  });

  it('keeps one copy of two repeated lines side by side when no line of the set stands alone', () => {
    const items = TENTS.flatMap((t, n) => [t, about(t), 'Where to buy', 'Camping shop (used)', `Heavy ${t} poles number ${n + 1}`]);
    const body = article(['The Best Tents for a First Night Outdoors', INTRO, INTRO2, ...items, OUTRO].join('\n\n')).record.paragraphs.map((p) => p.text);
    for (const line of ['Where to buy', 'Camping shop (used)']) expect(count(body, line)).toBeLessThanOrEqual(1);
  });
});
