/**
 * Main-text precision: a share, print or mail button alone on its line ("Share", "Tweet", "Email",
 * "Copied!", "Drucken"), with no bar of three round it, between the article's paragraphs or under its
 * last: left out, and the article runs on past it. Over the first paragraph the header's rules read it. A network's name alone, an everyday word
 * ("Mail"), and the article's own short lines that start with the same words stay.
 * Invented pages; the cases that leave a line out failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const EN = [
  'The city council voted on Monday to rebuild the riverside park before the summer, at a cost well above the first estimate because building materials have become dearer.',
  'According to the planning office, work will start in March and last about four months, during which the footpaths along the water will be closed to walkers and cyclists.',
  'Residents of the old quarter have asked that the plane trees by the bandstand be spared, since they are more than a century old and shade the Saturday market.',
  'The opposition says the plan has too few benches and no drinking fountains, and wants the council to hear the market traders before the paths are closed.',
];
const EN_HEAD = 'Council votes to rebuild the riverside park\nBy Ann Lee\nMarch 12, 2024';

describe('main-text precision: a share button alone on its line', () => {
  it('leaves out "Share", "Tweet" and "Email" between paragraphs', () => {
    const { kept, why } = chooseArticle(`${EN_HEAD}\n${EN[0]}\nShare\n${EN[1]}\nTweet\n${EN[2]}\nEmail\n${EN[3]}`);
    expect(kept).toEqual(EN);
    for (const line of ['Share', 'Tweet', 'Email']) expect(why.get(line)).toMatch(/a share \/ print \/ e-mail button alone on its line/);
  });

  it('leaves out a German "Drucken" and "Link kopiert!" between paragraphs', () => {
    const A = GERMAN_PARAGRAPHS;
    const { kept, why } = chooseArticle(`${GERMAN_HEAD}\n${A[0]}\nDrucken\n${A[1]}\n${A[2]}\nLink kopiert!\n${A[3]}`);
    expect(kept).toEqual(A);
    expect(why.get('Drucken')).toMatch(/alone on its line/);
    expect(why.get('Link kopiert!')).toMatch(/alone on its line/);
  });

  it('leaves a button over the first paragraph to the header\'s rules', () => {
    const { why } = chooseArticle(`${EN_HEAD}\nShare\n${EN[0]}\n${EN[1]}\n${EN[2]}\n${EN[3]}`);
    expect(why.get('Share') ?? '').not.toMatch(/alone on its line/);
  });

  it('keeps the article\'s own short lines that open on a button\'s word, a network alone and an everyday word', () => {
    const own = ['Share prices fell.', 'Print is not dead.', 'Tweet by tweet, the campaign grew.', 'Instagram', 'Mail'];
    const { kept } = chooseArticle(`${EN_HEAD}\n${EN[0]}\n${own[0]}\n${EN[1]}\n${own[1]}\n${EN[2]}\n${own[2]}\n${own[3]}\n${EN[3]}\n${own[4]}\n${EN[0].replace('Monday', 'Tuesday')}`);
    for (const line of own) expect(kept).toContain(line);
  });
});
