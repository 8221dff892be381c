/**
 * The text path's byline under a label alone ("Von" / "Anna Berg" / "Li Wei"): the label names the
 * writers one a line; the same name shown twice is one writer.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const GERMAN = 'Die Stadt hat am Montag beschlossen, dass die neue Brücke über den Fluss im nächsten Jahr gebaut wird, und die Bürger haben sich darüber sehr gefreut.';
const page = (...header: string[]) => `Menü\nStartseite\nNachrichten\nDie neue Brücke über den Fluss kommt im nächsten Jahr\n${header.join('\n')}\n${GERMAN}\n${GERMAN}\n${GERMAN}`;

describe('text bylines: names one a line under a label alone', () => {
  it('each name under the first is one more writer', () => {
    expect(article(page('Von', 'Tessa Lund', 'Ivo Brandt')).record.author).toBe('Tessa Lund and Ivo Brandt');
  });

  it('the same name shown twice is one writer', () => {
    expect(article(page('Von', 'Tessa Lund', 'Tessa Lund')).record.author).toBe('Tessa Lund');
  });

  it('a word of the page under the name is none', () => {
    expect(article(page('Von', 'Tessa Lund', 'Die Brücke')).record.author).toBe('Tessa Lund');
  });
});
