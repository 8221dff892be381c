/**
 * Main-text precision: a video player's or a picture gallery's control alone on its line ("Replay", "Just
 * watched", "View gallery", "Buy photo", "Bildergalerie") between the article's paragraphs: left out, and
 * the article runs on past it. The article's own short lines that open on the same words, and "Gallery"
 * alone (a section may be called so), stay. Invented pages; the cases that leave a line out failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const EN = [
  'The museum reopened its east wing on Saturday after two years of work, showing the textile collection that had been kept in storage since the roof began to leak.',
  'Curators said the new cases control light and damp far better than the old ones, so pieces that could only be shown for a few weeks can now stay out for a year.',
  'Visitors queued along the river before the doors opened, and the first tours of the day were full within an hour of the ticket office opening its windows.',
  'The museum plans to open the west wing next spring, once the same work on its roof and its heating is finished and the paintings have been moved back.',
];
const EN_HEAD = 'Museum reopens its east wing\nBy Ann Lee\nMarch 12, 2024';

describe('main-text precision: a player\'s or a gallery\'s control alone on its line', () => {
  it('leaves out "Just watched" / "Replay" and "View gallery" / "Buy photo" between paragraphs', () => {
    const { kept, why } = chooseArticle(`${EN_HEAD}\n${EN[0]}\nJust watched\nReplay\n${EN[1]}\n${EN[2]}\nView gallery\nBuy Photo\n${EN[3]}`);
    expect(kept).toEqual(EN);
    for (const line of ['Just watched', 'Replay', 'View gallery', 'Buy Photo']) expect(why.get(line)).toMatch(/a video player's or a picture gallery's control alone on its line/);
  });

  it('leaves out a German "Bildergalerie" between paragraphs', () => {
    const A = GERMAN_PARAGRAPHS;
    const { kept, why } = chooseArticle(`${GERMAN_HEAD}\n${A[0]}\n${A[1]}\nBildergalerie\n${A[2]}\n${A[3]}`);
    expect(kept).toEqual(A);
    expect(why.get('Bildergalerie')).toMatch(/control alone on its line/);
  });

  it('keeps the article\'s own short lines that open on a control\'s word, and "Gallery" alone', () => {
    const own = ['Replay the tape and you see it.', 'View the gallery at your own pace.', 'Gallery'];
    const { kept } = chooseArticle(`${EN_HEAD}\n${EN[0]}\n${own[0]}\n${EN[1]}\n${own[1]}\n${EN[2]}\n${own[2]}\n${EN[3]}`);
    for (const line of own) expect(kept).toContain(line);
  });
});
