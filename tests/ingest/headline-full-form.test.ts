/**
 * A headline's short form near its full form: "What is a field trip?" over "What is a Field Trip?
 * Definition Explained", a breadcrumb's last step that names the headline's first words. The full
 * form, which goes on from the short one with no separator (or a colon and a subtitle), is the
 * headline; a site's name after " | " or a byline after it is no more of the headline.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P1 = 'Learning outside the classroom has become a standard way for schools, teachers and parents to share knowledge with children of every age.';
const P2 = 'But what exactly is a field trip? And how does it differ from other ways of learning outside, like a walk in the park or a visit from an expert?';
const P3 = 'A field trip can be defined as a visit, organised by a school, to a place where children see what they learn about in their lessons.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;

const titleOf = (page: string) => article(page).record.title;

describe('a headline’s full form beside its short form', () => {
  it('is the headline when it stands under the short form', () => {
    const page = `Start free trial Log In\nHome\nKnowledge center\nField trips\nWhat is a field trip?\nWhat is a Field Trip? Definition Explained\n${BODY}`;
    expect(titleOf(page)).toBe('What is a Field Trip? Definition Explained');
  });

  it('is the headline when it stands above the breadcrumb that ends on the short form', () => {
    const page = `Courses and events\nConnect\nAbout\nContact us\nField trips for schools and families\nHome\nLearning and teaching\nHow-to\nPlanning and growing guides\nField trips for schools\nQuick facts\n${BODY}`;
    expect(titleOf(page)).toBe('Field trips for schools and families');
  });

  it('is not a headline with the site’s name after a separator', () => {
    const page = `Home\nKnowledge center\nWhat is a field trip?\nWhat is a field trip? | Knowledge Center\n${BODY}`;
    expect(titleOf(page)).toBe('What is a field trip?');
  });
});
