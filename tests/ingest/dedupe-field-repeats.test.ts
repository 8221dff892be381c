/**
 * Dedupe recall: a field of an item with its value ("Pet safety: Toxic to cats and dogs.", "Light:
 * Bright, indirect light") is stated for each item of a guide or a spec sheet, and items share
 * values: every copy is the article's. A button or a sentence repeated under every item still keeps
 * one copy. Written here; the first case failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const INTRO = 'Houseplants do well indoors when they get the light and the water they are used to, and most of the trouble people have with them comes from too much of one or the other.';
const INTRO2 = 'We grew each of these six plants in the same flat for a year, and here is what each of them needs, and which of them you can keep safely around cats and dogs.';
const OUTRO = 'Whichever of them you choose, water less in winter, when the plants grow slowly and their roots rot easily in wet soil that does not dry out between waterings.';
const PLANTS = ['Snake Plant', 'Spider Plant', 'Peace Lily', 'Rubber Plant', 'Parlor Palm', 'Pothos'];
const about = (p: string) => `The ${p} grew steadily all year in our flat, put out new leaves every few weeks, and forgave us for the two weeks in August when nobody watered it at all.`;

function page(field: string): string {
  const items = PLANTS.flatMap((p) => [p, about(p), 'Light: Bright, indirect light', field, `${p} care guide`]);
  return ['Six Easy Houseplants for Beginners', 'By Jane Smith', INTRO, INTRO2, ...items, OUTRO].join('\n\n');
}

describe('dedupe: a field of an item repeated over each item', () => {
  it('keeps every copy of a field and its value', () => {
    const body = article(page('Pet safety: Toxic to cats and dogs.')).record.paragraphs.map((p) => p.text);
    expect(body.filter((p) => p === 'Light: Bright, indirect light')).toHaveLength(PLANTS.length);
    expect(body.filter((p) => p === 'Pet safety: Toxic to cats and dogs.')).toHaveLength(PLANTS.length);
  });

  it('still keeps one copy of a button repeated under every item', () => {
    const body = article(page('Check price at the garden centre')).record.paragraphs.map((p) => p.text);
    expect(body.filter((p) => p === 'Check price at the garden centre').length).toBeLessThanOrEqual(1);
  });
});
