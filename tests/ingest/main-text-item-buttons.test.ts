/**
 * Main-text recall: a ranking whose items each close on the same button ("More Details" under each
 * school's figures). Worded like a box's heading, the button was taken for one: the lines under it
 * (the next item's number, name, town) were left out as other stories' headlines, and the run could
 * start only under the last copy. A box-worded line the page shows three times or more, with the
 * article's prose between each copy and the next (three lines of it or more, more than a teaser's
 * summary), closes each of the article's items: a button, left out, that the article runs past.
 * A "Read more" under each teaser of a list of other stories (one summary each) is still a box's.
 * Invented pages; failed before.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const INTRO = [
  'A distance degree from a public college costs far less than most families expect, and the best programs give distance students the same advisers and libraries as those on campus.',
  'We ranked the programs below on cost, on how many students finish, and on what graduates earn five years later, using the figures each college reports to the state every autumn.',
];
const SCHOOLS = [
  ['Harbor State College', 'Seaside, ME', 'Harbor State lets students finish the degree in as little as eighteen months, with short courses that run one after another through the whole year, so that working adults can keep their jobs.'],
  ['Gull Point University', 'Bayview, OR', 'Gull Point offers the degree entirely at a distance with no visits to the campus, and its advisers answer questions in the evening as well, which students with day jobs told us they valued most.'],
  ['Tidewater Institute', 'Lowmarsh, NC', 'Tidewater is the cheapest program on our list for students from out of state, and its credits transfer to every public university in the region without any extra paperwork.'],
  ['Lantern Hill College', 'Northcove, WI', 'Lantern Hill pairs every distance student with a mentor from the trade they hope to join, and most of its graduates find work in their field within six months of finishing.'],
];
const item = ([name, town, text]: string[], i: number) => [
  `#${i + 1}`, name, town, 'Accredited', 'What Sets It Apart:', text, 'Highlights',
  'Courses start six times a year, in every season.', 'Tutoring is free for every student who asks for it.', 'Books and software are included in the fees.',
  '64%', 'Remote Enrollment', '$11,200', 'Average Tuition', 'More Details',
];
const FOOT = ['About Us', 'Contact', 'Privacy Policy'];

describe('main-text recall: a button under each of the article\'s items', () => {
  it('keeps every item of a ranking whose items close on the same box-worded button', () => {
    const page = ['Harbor Degrees', 'Best Distance Degrees at Public Colleges', 'By Ann Reed', ...INTRO, ...SCHOOLS.flatMap(item), ...FOOT].join('\n');
    const { kept } = chooseArticle(page);
    for (const [name, , text] of SCHOOLS) {
      expect(kept, name).toContain(name);
      expect(kept, text).toContain(text);
    }
    expect(kept).toContain(INTRO[0]);
    expect(kept).not.toContain('More Details');
  });

  it('still leaves out a list of other stories, each a summary over its "Read more"', () => {
    const teasers = [
      ['Council votes to close the old library', 'The council voted on Tuesday to close the library on the quay by the end of next year and to carry its books to the school.'],
      ['Storm shuts the coast road for a week', 'Crews are clearing the rocks that the storm threw onto the coast road, which stays closed to traffic until the end of the week.'],
      ['Harbour festival returns after three years', 'The festival on the harbour wall is back this summer, with boat races, a fish market and music on the pier every evening.'],
    ];
    const page = ['Harbor Degrees', 'Best Distance Degrees at Public Colleges', 'By Ann Reed', ...INTRO, ...SCHOOLS.slice(0, 1).flatMap(item).slice(0, -1), 'Related Articles', ...teasers.flatMap(([t, s]) => [t, s, 'More Details']), ...FOOT].join('\n');
    const { kept } = chooseArticle(page);
    for (const [title, summary] of teasers) {
      expect(kept).not.toContain(title);
      expect(kept).not.toContain(summary);
    }
  });

  it('still leaves out the headlines of a box set between the article\'s paragraphs three times', () => {
    const P = [
      'The council met on Tuesday evening to decide the future of the old library on the quay, which has stood empty since the roof began to leak two winters ago.',
      'Members heard from the architect who surveyed the building in the spring, and from a group of residents who want to turn it into a reading room and a café.',
      'The architect said the walls were sound but that the roof and the windows would have to be replaced before anyone could use the building again.',
      'Residents said they had raised half of the money already and asked the council to lend them the rest, to be paid back from the café over ten years.',
      'The council will vote on the loan at its next meeting in March, after its own surveyor has looked at the roof and given a price for the repairs.',
      'Until then the building stays closed, and the council has asked the residents to keep their collection boxes in the shops along the quay.',
    ];
    const box = (n: number) => ['Related articles', `Storm damage shuts the coast road for week ${n}`, `Harbour festival returns after ${n} years`];
    const page = ['Harbor Gazette', 'Council weighs the future of the old library', 'By Ann Reed', P[0], ...box(1), ...P.slice(1), ...box(2), ...P.slice(1).reverse(), ...box(3), P[1], P[2], 'Share this article'].join('\n');
    const { kept } = chooseArticle(page);
    for (const n of [1, 2, 3]) expect(kept).not.toContain(`Harbour festival returns after ${n} years`);
    expect(kept).toContain(P[0]);
  });
});

