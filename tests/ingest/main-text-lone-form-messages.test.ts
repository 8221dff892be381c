/**
 * Main-text precision: a web form's lines alone on their line ("Email *", "Thank you! Your submission has been
 * received!", "Oops! Something went wrong while submitting the form.", "Loading...") between the article's
 * paragraphs or under its last: left out, and the article runs on past them. The article's own sentences on a
 * form or on something that went wrong stay. Invented pages; the cases that leave a line out failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const EN = [
  'The council opened its consultation on the new bus routes on Monday, asking riders which stops they use most and which of the planned changes would lengthen their trips.',
  'Officials said the routes had not been redrawn since the hospital moved out of the centre, and that two lines now run almost empty for most of the day.',
  'Riders can answer until the end of the month, and the council will publish what it heard before the final plan goes to a vote in the autumn.',
  'A second round of meetings is planned in the villages north of the river, where the changes would cut the last evening bus by an hour.',
];
const EN_HEAD = 'Council asks riders about new bus routes\nBy Ann Lee\nMarch 12, 2024';
const WHY = /a web form's field label, its message once sent, or a widget's loading placeholder/;

describe("main-text precision: a web form's lines alone on their line", () => {
  it('leaves out a form\'s labels and messages between paragraphs, and a loading placeholder', () => {
    const form = ['Name *', 'Email*', 'Email Address', 'Save my name, email, and website in this browser for the next time I comment.', 'Thank you! Your submission has been received!', 'Oops! Something went wrong while submitting the form.'];
    const { kept, why } = chooseArticle(`${EN_HEAD}\n${EN[0]}\n${EN[1]}\n${form.join('\n')}\n${EN[2]}\nLoading...\n${EN[3]}`);
    expect(kept).toEqual(EN);
    for (const line of [...form, 'Loading...']) expect(why.get(line)).toMatch(WHY);
  });

  it('leaves out "There was an issue with the form. Please try again." under the last paragraph', () => {
    const { kept, why } = chooseArticle(`${EN_HEAD}\n${EN.join('\n')}\nThere was an issue with the form. Please try again.`);
    expect(kept).toEqual(EN);
    expect(why.get('There was an issue with the form. Please try again.')).toBeDefined();
  });

  it("keeps the article's own short sentences on a form or on what went wrong", () => {
    const own = ['Company', 'Something went wrong with the first survey.', 'Loading the buses took an hour.', 'Name the stop you use most.'];
    const { kept } = chooseArticle(`${EN_HEAD}\n${EN[0]}\n${own[0]}\n${EN[1]}\n${own[1]}\n${EN[2]}\n${own[2]}\n${own[3]}\n${EN[3]}`);
    for (const line of own) expect(kept).toContain(line);
  });
});
