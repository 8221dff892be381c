/**
 * Dedupe recall: a guide's item template may label its parts with a few more words than "Pros" or
 * "Best for:" ("What we liked about it", "Things to check before you buy:"). Such a label, five to
 * eight words with no sentence end, repeated in every item, is the article's each time, as the
 * shorter labels are: with a colon at its end it introduces each item's list; without one it keeps
 * every copy when it makes a set with another such label, each copy between the item's own lines. A
 * sentence repeated under every item, a button of five words and a longer line the page shows only
 * twice keep one copy. Written here; the
 * first two cases failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const INTRO = 'Choosing a bicycle lock is harder than it looks, because every shop lists dozens of models that seem almost the same on paper.';
const INTRO2 = 'We left each of these five locks on a city street for a month, then asked a locksmith to try them, and here is what we found.';
const OUTRO = 'Whichever of them you choose, lock the frame and the back wheel to something fixed, and never leave the bicycle out overnight.';
const LOCKS = ['Iron Loop', 'Harbor Chain', 'City Shackle', 'Granite Fold', 'Northgate Cable'];
const about = (k: string) => `The ${k} held out against the locksmith for more than five minutes, and it weighed little enough to carry in a small bag every day.`;

function page(labels: [string, string]): string {
  const items = LOCKS.flatMap((k, n) => [k, about(k), labels[0], `Light ${k} frame number ${n + 1}`, labels[1], `Stiff ${k} key number ${n + 1}`]);
  return ['The Best Bicycle Locks for the City', 'By Ann Lee', INTRO, INTRO2, ...items, OUTRO].join('\n\n');
}

const count = (body: string[], line: string) => body.filter((p) => p === line).length;
const bodyOf = (labels: [string, string]) => article(page(labels)).record.paragraphs.map((p) => p.text);

describe('dedupe: longer labels of a guide\'s items', () => {
  it('keeps every copy of a label of several words ending in a colon', () => {
    const body = bodyOf(['Things to check before you buy:', 'Made of']);
    expect(count(body, 'Things to check before you buy:')).toBe(LOCKS.length);
  });

  it('keeps every copy of a set of labels of several words', () => {
    const body = bodyOf(['What we liked about it', 'What could be much better']);
    expect(count(body, 'What we liked about it')).toBe(LOCKS.length);
    expect(count(body, 'What could be much better')).toBe(LOCKS.length);
  });

  it('keeps one copy of a longer line ending in a colon that the page shows only twice', () => {
    const twice = ['The Best Bicycle Locks for the City', INTRO, 'With Iron Loop, you get the following parts:', 'A hardened steel loop and two keys in a pouch', INTRO2, 'With Iron Loop, you get the following parts:', 'A hardened steel loop and two keys in a pouch', OUTRO];
    const body = article(twice.join('\n\n')).record.paragraphs.map((p) => p.text);
    expect(count(body, 'With Iron Loop, you get the following parts:')).toBe(1);
  });

  it('keeps one copy of a button of several words under every item', () => {
    const body = bodyOf(['Check the price at Harbor Shop', 'Read our full review here']);
    expect(count(body, 'Check the price at Harbor Shop')).toBeLessThanOrEqual(1);
    expect(count(body, 'Read our full review here')).toBeLessThanOrEqual(1);
  });
});
