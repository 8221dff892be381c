/**
 * Dedupe recall: a review repeats the same few labels in every item ("Pros" / "Cons", "Best for" /
 * "Our verdict"), without a colon, each copy between the item's own lines. Every copy is the
 * article's (lib/page-text/boxes/item-labels.ts). A lone line repeated between paragraphs (a screen
 * reader's "Article content"), a button under every item and a row of repeated lines side by side
 * keep one copy. Written here; the first case failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { buttonLike, itemLabels } from '../../scripts/ingest/lib/page-text/boxes/item-labels.ts';

const INTRO = 'Choosing a kettle for a small kitchen is harder than it looks, because every shop lists dozens of models that seem almost the same on paper.';
const INTRO2 = 'We boiled water in each of these five kettles every morning for a whole winter, and here is what we found about each of them in daily use.';
const OUTRO = 'Whichever of them you choose, descale it once a month in a hard water area, so that it keeps boiling quickly and quietly for years.';
const KETTLES = ['Harbor Steel One', 'Valley Glass', 'Summit Mini', 'Meadow Classic', 'Northwind Rapid'];
const about = (k: string) => `The ${k} boiled a full litre in under three minutes on every morning of the test, and its lid opened wide enough to clean inside without a brush.`;

function page(labels: [string, string]): string {
  const items = KETTLES.flatMap((k, n) => [k, about(k), labels[0], `Quiet ${k} boil number ${n + 1}`, labels[1], `Short ${k} cord number ${n + 1}`]);
  return ['The Best Kettles for Small Kitchens', 'By Ann Lee', INTRO, INTRO2, ...items, OUTRO].join('\n\n');
}

const count = (body: string[], line: string) => body.filter((p) => p === line).length;

describe('dedupe: the labels of a review\'s items', () => {
  it('keeps every copy of a set of labels repeated in each item', () => {
    const body = article(page(['Pros', 'Cons'])).record.paragraphs.map((p) => p.text);
    expect(count(body, 'Pros')).toBe(KETTLES.length);
    expect(count(body, 'Cons')).toBe(KETTLES.length);
  });

  it('keeps one copy of buttons under every item, even two of them', () => {
    const body = article(page(['Check price', 'Buy now'])).record.paragraphs.map((p) => p.text);
    expect(count(body, 'Check price')).toBeLessThanOrEqual(1);
    expect(count(body, 'Buy now')).toBeLessThanOrEqual(1);
  });

  it('keeps one copy of a lone line repeated between paragraphs', () => {
    const paragraphs = KETTLES.flatMap((k) => [about(k), 'Article content']);
    const body = article(['The Best Kettles for Small Kitchens', INTRO, ...paragraphs, OUTRO].join('\n\n')).record.paragraphs.map((p) => p.text);
    expect(count(body, 'Article content')).toBeLessThanOrEqual(1);
  });

  it('tells a label from a button, and wants a set of labels each as often as the others', () => {
    expect(buttonLike('Pros')).toBe(false);
    expect(buttonLike('Best for')).toBe(false);
    for (const b of ['Book Now', 'Check price at Harbor Shop', 'Read our full review', 'Learn more', '+', '→']) expect(buttonLike(b)).toBe(true);
    const set = new Map([
      ['pros', { text: 'Pros', copies: 6 }],
      ['cons', { text: 'Cons', copies: 6 }],
      ['article content', { text: 'Article content', copies: 9 }],
    ]);
    expect([...itemLabels(set)].sort()).toEqual(['cons', 'pros']);
  });
});
