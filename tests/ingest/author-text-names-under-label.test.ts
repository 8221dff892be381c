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
    expect(article(page('Von', 'Tessa Lund', 'Ivo Brandt')).record.author).toBe('Tessa Lund, Ivo Brandt');
  });

  it('the same name shown twice is one writer', () => {
    expect(article(page('Von', 'Tessa Lund', 'Tessa Lund')).record.author).toBe('Tessa Lund');
  });

  it('a word of the page under the name is none', () => {
    expect(article(page('Von', 'Tessa Lund', 'Die Brücke')).record.author).toBe('Tessa Lund');
  });
});

describe("text bylines: a list's joining word on a line of its own under a label alone", () => {
  // The page writes "rankings" and "team" in lower case: a heading's words, as a bare name's are not.
  const EN = 'The council voted on Monday to build the new bridge over the river next year, and the team behind the city rankings was very pleased with the decision.';
  const list = (...names: string[]) => `Home\nNews\nThe new bridge over the river comes next year\nBy\n${names.join('\n')}\n${EN}\n${EN}\n${EN}`;

  it('takes the team or desk the joining word adds as the last writer', () => {
    expect(article(list('Tessa Lund', ',', 'Ivo Brandt', ', and', 'Harbor Rankings Team')).record.author).toBe('Tessa Lund, Ivo Brandt and Harbor Rankings Team');
  });

  it('takes no sentence under the joining word, and no heading with no joining word over it', () => {
    expect(article(list('Tessa Lund', ', and', 'The council voted on Monday.')).record.author).toBe('Tessa Lund');
    expect(article(list('Tessa Lund', 'Bridge Rankings Team')).record.author).toBe('Tessa Lund');
  });
});
