/**
 * A listicle's or a guide's sections (a heading and a paragraph, again and again) are shaped like a
 * box of other stories (a headline and its summary), but they stand inside the article: right under
 * its paragraphs, with nothing of a box's furniture between them, and each says more than a teaser's
 * summary. Small pages written here; each case failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { articleLines } from '../helpers/main-text.ts';

const INTRO = [
  'Planning the year ahead starts with the conferences your team cannot miss, and this guide collects the ones that matter most for people who run technology in schools, hospitals and companies.',
  'We list each event with its dates and city, and say in a few sentences what you will find there, who usually attends, and why our own specialists will be there to meet you in person.',
];
const ITEMS = [
  ['Cloud Operators Summit 2026: June 8-11, 2026 | San Diego, CA', 'The summit offers practitioners who manage the cost of cloud services a deeper understanding of the field, with workshops on forecasting, budgeting and the tools that keep spending in check across large teams and many accounts.'],
  ['Network Builders Forum: June 15-18, 2026 | Las Vegas, NV', 'Discover what is next across networking, storage and hybrid cloud at the forum, where engineers compare designs for campus and data centre networks and vendors show the hardware that will ship later in the year.'],
  ['Education Technology Week: June 28-July 1, 2026 | Orlando, FL', 'Our education team will be at the week, one of the largest gatherings of teachers and school technology leaders, to talk about devices in classrooms, digital safety and the training that makes new tools stick.'],
  ['Research Computing Days: July 26-30, 2026 | Minneapolis, MN', 'The days are an annual forum where people who run research computing discuss the challenges of shared clusters, the best practices for supporting scientists and the future of computing on campus and in the cloud.'],
];

describe('main-text: a listicle\'s sections after its introduction', () => {
  it('keeps every section, though each is a title-case heading over one paragraph, like a box of teasers', () => {
    const page = ['Menu', 'Solutions', 'Industries', 'Top Tech Conferences of 2026', 'By Jane Smith', ...INTRO, 'June', ...ITEMS.flat(), 'Share this post', 'Facebook', 'Privacy policy'].join('\n');
    const kept = articleLines(page);
    for (const [heading, text] of ITEMS) {
      expect(kept).toContain(heading);
      expect(kept).toContain(text);
    }
  });

  it('still leaves out a box of other stories after the article: teasers of a sentence each', () => {
    const teasers = [
      ['Doorbell Camera Records The Moment A Truck Rolls Into A Pond', 'Two people were reportedly hurt in the accident, which happened near the harbour.'],
      ['Nearly All Champion Bakers Since 1972 Have Had Four Habits In Common', 'The largest survey of its kind reveals surprising details about their routines.'],
      ['Here Is How The New Electric Car Opens Its Unusual Doors', 'You press a button on the pillar, and the door pops open on its own for you.'],
      ['The Downtown Shopping Arcade, A Faded Landmark, Plans A Revival', 'Owners are adding food halls and studios to empty arcades to win shoppers back.'],
    ];
    const page = ['Top Tech Conferences of 2026', 'By Jane Smith', ...INTRO, ...teasers.flat(), 'Privacy policy'].join('\n');
    expect(articleLines(page)).toEqual(INTRO);
  });
});
