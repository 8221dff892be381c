/**
 * Main-text recall on listicles whose items are boxes of labelled lists: "Overview:", "Services
 * offered:", "Notable clients:" (a word or two and a colon) over short lines, between each item's
 * paragraph and the next item. Under the first paragraph, with the item's prose going on under the
 * lists, such a label introduces the article's own list, and the run goes on through it. The same
 * label over the page's links after the article ("Share this:", "Search for:") does not. Small pages
 * written here; the listicle failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const INTRO =
  'Choosing an agency to run your social advertising is hard, because every one of them promises growth and most of them show the same handful of logos on their websites when you first visit.';
const INTRO2 = 'We compared the agencies below on their results, their prices and what their clients told us, and we ranked them in the order we would call them ourselves.';
const AGENCIES = ['Harbour Digital', 'Quiet Engine Media', 'Maple Growth', 'Northern Kite Studio', 'Lantern Social'];
const about = (name: string) =>
  `${name} is a performance agency that plans, buys and measures paid social campaigns for brands of every size, and it is known for testing many versions of each advert before it spends the budget.`;
const item = (name: string, n: number) => [
  `${n}. ${name}`,
  about(name),
  'Overview:',
  `Founded in ${2000 + n}`,
  'Headquartered in Denver, CO',
  'Services Offered:',
  'Paid Social Advertising',
  'Influencer Marketing',
  'Community Management',
  'Data Analysis and Reporting',
  'Notable Clients:',
  'Mountain Outfitters',
  'Blue River Bank',
  'Scorecard Strengths:',
  'Fast creative testing across every platform',
  'Transparent reporting and results tracking',
];
const FOOTER = ['About Us', 'Contact', 'Privacy Policy', 'Terms of Service', 'Advertise', 'Careers'];

describe('main-text recall: labelled lists inside a listicle\'s items', () => {
  it('runs on through every item\'s labelled lists to the last item', () => {
    const page = ['Home', 'Services', 'The Best Social Advertising Agencies of 2025', 'By Jane Writer | October 15, 2025', INTRO, INTRO2, ...AGENCIES.flatMap((a, i) => item(a, i + 1)), ...FOOTER].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept[0]).toBe(INTRO);
    for (const a of AGENCIES) expect(kept).toContain(about(a));
    expect(kept).toContain('Notable Clients:');
    for (const line of FOOTER) expect(kept).not.toContain(line);
  });

  it('leaves a labelled row of links after the article out', () => {
    const body = [INTRO, INTRO2, ...AGENCIES.map(about)];
    const page = ['Home', 'The Best Social Advertising Agencies of 2025', 'By Jane Writer', ...body, 'Share this:', 'Facebook', 'X', 'LinkedIn', 'Email', 'Search for:', 'Recent Posts', ...FOOTER].join('\n');
    expect(chooseArticle(page).kept).toEqual(body);
  });
});

describe('main-text recall: rated items of a list the article introduced', () => {
  const P1 =
    'Free certificates are a good way to show an employer what you have learned, and several of the largest course platforms now hand them out for nothing once you finish a track.';
  const P2 = 'The oldest of them is a nonprofit that teaches you to code for free, with thousands of exercises and a certificate at the end of each of its long tracks.';
  const INTRO_LIST = 'Here are the certifications it currently offers:';
  const RATED = ['Responsive Web Design ★★★★★(105)', 'Data Analysis with Python ★★★★★(17)', 'Machine Learning with Python ★★★★★(12)', 'Information Security ★★★★☆(6)', 'College Algebra with Python ★★★★★(1)'];
  const P3 = 'The second platform offers more than seventy online courses with a free upgrade, which includes a certificate you can share once you have passed the final test.';
  const P4 = 'Its courses come from universities and companies around the world, and most of them take a few hours a week for a month or so before you can claim the certificate.';

  it('keeps items with their rating counts under the sentence that introduces them', () => {
    const page = ['Home', 'Massive List of Free Certificates', 'By Jane Writer', P1, P2, INTRO_LIST, ...RATED, 'Second Platform Certificates', P3, P4, ...FOOTER].join('\n');
    const { kept } = chooseArticle(page);
    for (const line of [P1, P2, INTRO_LIST, ...RATED, P3, P4]) expect(kept).toContain(line);
  });

  it('still leaves counts alone on their lines out', () => {
    const page = ['Home', 'Massive List of Free Certificates', 'By Jane Writer', P1, P2, INTRO_LIST, '(105)', '(17)', P3, P4, ...FOOTER].join('\n');
    const { kept } = chooseArticle(page);
    for (const line of ['(105)', '(17)']) expect(kept).not.toContain(line);
  });
});
