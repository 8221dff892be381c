/**
 * The text path's byline with a picture in the article's header: the picture's caption over its credit
 * ("Foto: …") names who is pictured, not who wrote the article; the byline stands under the picture.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';
import { cpuSeconds } from './cpu-seconds.ts';

const page = (...header: string[]) => `Menu\nHome\nNews\nHeadline on joint research in science\n${header.join('\n')}\n${PROSE}\n${PROSE}\n${PROSE}`;

describe('text bylines: a picture between the stamp and the byline', () => {
  it('the name in the caption over the credit is no byline; the name under the credit is', () => {
    expect(article(page('March 12, 2025', 'Mara Quill', 'Photo: Harbor Wire/Jon Vale', 'Tessa Lund')).record.author).toBe('Tessa Lund');
  });

  it('a caption naming someone over the credit, and no name under it: no byline', () => {
    expect(article(page('Mara Quill', 'Photo: Harbor Wire/Jon Vale', 'March 12, 2025')).record.author).toBeNull();
  });

  it('the picture does not count in how far under the headline the byline may stand', () => {
    const deck = 'A short deck on the research that follows here';
    expect(article(page(deck, 'The harbour at dawn', 'Photo: Jon Vale', 'Tessa Lund', 'Senior Reporter', 'March 12, 2025')).record.author).toBe('Tessa Lund');
  });
});

describe('text bylines: names a joining word sets apart', () => {
  it('two names joined by "and" over the stamp', () => {
    expect(article(page('Tessa Lund and Ivo Brandt', 'March 12, 2025')).record.author).toBe('Tessa Lund and Ivo Brandt');
  });
});

describe('text bylines: a caption under its credit', () => {
  it('the name over a credit whose caption follows it, a sentence, is the byline', () => {
    const caption = 'The harbour master walks along the pier at dawn on Sunday.';
    expect(article(page('Tessa Lund', 'Photo: Harbor Wire', caption, '5:00')).record.author).toBe('Tessa Lund');
  });
});

describe('text bylines: pictures counted near the headline only', () => {
  it('a long page of credit lines under the headline reads in linear time', () => {
    const lines = Array.from({ length: 40_000 }, (_, k) => (k % 2 ? `Photo: Jon Vale ${k}` : `${PROSE} ${k}`));
    expect(cpuSeconds(() => article(page('March 12, 2025', ...lines)))).toBeLessThan(15);
  });
});
