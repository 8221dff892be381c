/**
 * A ranking numbers its sections ("1. Northwind Social", its paragraph, its facts; "2. …"): the
 * boxes of short facts in each section weigh against the run, which used to end in the first
 * section. Numbered headings that go on counting, a few lines apart, with prose in their sections,
 * carry the article on to the last section's paragraph. Small pages written here; the first case
 * failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { articleLines } from '../helpers/main-text.ts';

const INTRO = [
  'Choosing an agency for your social advertising is hard, because every firm promises growth and few of them show how they measure it, so we compared the firms that small and large brands hire most.',
  'We looked at the services each firm offers, the clients it names and the way it reports results, and we ranked them by how well they turn an advertising budget into customers you can count.',
];
const FACTS = ['Overview:', 'Founded in Twenty Eleven', 'Headquartered in Atlanta, Georgia', 'Services Offered:', 'Social Media Strategy', 'Paid Social Advertising', 'Influencer Marketing Campaigns', 'Community Management And Listening', 'Notable Clients:', 'Northern Gift Card Company', 'Scorecard Strengths:', 'Deep Expertise Across Advertising Platforms'];
const SECTIONS = [
  ['1. Northwind Social', 'Northwind Social is a firm that plans and runs paid campaigns for retailers, and its reports tie every dollar spent to the sales it brought in, which is why it leads our ranking this year.'],
  ['2. Harbor Lane Media', 'Harbor Lane Media builds creative work in its own studio and tests each advert on small audiences first, so that the budget goes to what people actually answer, not to what looks good in a meeting.'],
  ['3. Bluefield Marketing', 'Bluefield Marketing works mostly with small and medium businesses, and it keeps its fees low by running campaigns from templates that it adapts to each client after a month of careful testing.'],
  ['4. Copperleaf Digital', 'Copperleaf Digital is the choice for firms that sell to other firms, since it knows the professional networks well and writes the long, careful adverts that buyers in those fields tend to read.'],
];

describe('main-text: a ranking\'s numbered sections', () => {
  it('keeps every numbered section, though each holds a box of short facts', () => {
    const page = ['Menu', 'Best Social Media Advertising Agencies in 2025', 'By Jane Smith', ...INTRO, ...SECTIONS.flatMap(([heading, text]) => [heading, text, ...FACTS]), 'Share this post', 'Facebook', 'Privacy policy'].join('\n');
    const kept = articleLines(page);
    for (const [heading, text] of SECTIONS) {
      expect(kept).toContain(heading);
      expect(kept).toContain(text);
    }
  });

  it('does not follow a table of contents or a ranking table: numbers one a line, with no sections between', () => {
    const table = ['1. Northwind Social', '2. Harbor Lane Media', '3. Bluefield Marketing', '4. Copperleaf Digital'];
    const page = ['Best Social Media Advertising Agencies in 2025', 'By Jane Smith', ...INTRO, ...FACTS, ...table, 'Privacy policy'].join('\n');
    expect(articleLines(page)).toEqual(INTRO);
  });

  it('does not follow a numbered box of other stories under the article', () => {
    const box = [
      ['1. City council approves the new budget after a long night', 'The vote came after hours of debate over school funding and the cost of repairing the bridges downtown.', '2 hours ago'],
      ['2. Storm knocks out power to thousands across the county', 'Crews worked through the night to restore lines, and the utility expects most homes back by Friday evening.', '3 hours ago'],
      ['3. Local bakery wins a national prize for its rye bread', 'The owners said they would use the prize money to train two apprentices and open on Sundays again.', '5 hours ago'],
    ];
    const page = ['Best Social Media Advertising Agencies in 2025', 'By Jane Smith', ...INTRO, 'Most Read', ...box.flat(), 'Privacy policy'].join('\n');
    expect(articleLines(page)).toEqual(INTRO);
  });
});
