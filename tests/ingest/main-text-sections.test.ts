/**
 * Main-text recall on review roundups: a heading worded like a box of other stories ("More on
 * <artist>", "Recommended courses:") that the article repeats over each of its items heads the
 * article's own text, so the long review under it stays in the article. A box of other stories
 * after the article (its heading once, or a sponsor's label over each dated teaser) stays out, its
 * summaries as long as they may be. Small pages written here; the roundup failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

/** A review of about sixty words: longer than a teaser's summary. */
const review = (name: string) =>
  `${name} is the record that surprised us most this month, and it rewards every return to it. The songs move from quiet, close recordings of a single voice to long passages where the whole band plays at once, and the mix leaves room for each part to breathe. It is not an easy listen at first, but by the third time through it had become the album we reached for in the evenings.`;
const INTRO =
  'Our last round-up of the year brings together the albums and tracks that stayed with our writers through the final weeks, chosen by the whole staff after a long and friendly argument over which of them deserved the space most of all.';
const INTRO2 = 'As ever, the list is in no particular order, and each entry comes with a short review by the writer who championed it for the round-up.';
const ARTISTS = ['Harbour Lights', 'The Quiet Engine', 'Maple Static', 'Northern Kites'];
const FOOTER = ['About Us', 'Contact', 'Privacy Policy', 'Terms of Service', 'Advertise', 'Careers'];

describe('main-text recall: items of a roundup under a recurring box-like heading', () => {
  it('keeps every review under its "More on <artist>" heading', () => {
    const items = ARTISTS.flatMap((a, i) => [a, `Album ${i + 1}`, 'Small Label', review(a), 'Jane Writer', `More on ${a}`]);
    const page = ['Home', 'Reviews', 'Features', 'The Best Albums of the Month', 'By Jane Writer', INTRO, INTRO2, ...items, ...FOOTER].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept[0]).toBe(INTRO);
    for (const a of ARTISTS) expect(kept).toContain(review(a));
    for (const line of FOOTER) expect(kept).not.toContain(line);
  });

  it('keeps the items under a heading repeated word for word ("Recommended courses:")', () => {
    const items = ARTISTS.flatMap((a) => [`${a} Academy`, review(a), 'Pricing: Free', 'Recommended courses:', `${a} Basics`, review(`${a} Basics`)]);
    const page = ['Home', 'Courses', 'The Best Courses for Beginners', 'By Jane Writer', INTRO, INTRO2, ...items, ...FOOTER].join('\n');
    const { kept } = chooseArticle(page);
    for (const a of ARTISTS) {
      expect(kept).toContain(review(a));
      expect(kept).toContain(review(`${a} Basics`));
    }
  });

  it('leaves out a box of other stories after the article, however long its summaries', () => {
    const body = [INTRO, INTRO2, ...['The opening record', 'The second record', 'The third record', 'The closing record'].map(review)];
    const teasers = ARTISTS.flatMap((a) => [`Why ${a} Changed Everything We Knew About Pop`, review(`${a}'s story`), 'Read more']);
    const page = ['Home', 'The Best Albums of the Month', 'By Jane Writer', ...body, 'Related Posts', ...teasers, ...FOOTER].join('\n');
    expect(chooseArticle(page).kept).toEqual(body);
  });

  it('leaves out dated teasers under a sponsor\'s label repeated over each of them', () => {
    const body = [INTRO, INTRO2, ...['The opening record', 'The second record', 'The third record', 'The closing record'].map(review)];
    const teasers = ARTISTS.flatMap((a) => ['Sponsored Content', `Why ${a} Changed Everything We Knew About Pop`, 'Dec 17, 2025', review(`${a}'s story`)]);
    const page = ['Home', 'The Best Albums of the Month', 'By Jane Writer', ...body, ...teasers, ...FOOTER].join('\n');
    for (const a of ARTISTS) expect(chooseArticle(page).kept).not.toContain(review(`${a}'s story`));
  });
});

describe('main-text recall: items with an embedded social post under each', () => {
  it('keeps every item\'s paragraph between the posts\' buttons and signatures', () => {
    const brands = ['Harbour Linen', 'Quiet Thread', 'Maple Weave', 'Northern Loom', 'Lantern Knit'];
    const about = (b: string) => `${b} makes its clothes from organic cotton and recycled fibres, pays the people who sew them a fair wage, and publishes where every garment was made.`;
    const items = brands.flatMap((b) => [b, about(b), 'View this post on Instagram', `A post shared by ${b} (@${b.toLowerCase().replace(' ', '')})`]);
    const page = ['Home', 'Shop', 'Repairable Furniture Makers Leading the Way', 'By Jane Writer', INTRO, INTRO2, ...items, 'Frequently Asked Questions', ...FOOTER].join('\n');
    const { kept } = chooseArticle(page);
    for (const b of brands) expect(kept).toContain(about(b));
  });
});

describe('main-text recall: a section heading worded like a comment section\'s', () => {
  const LONG = (topic: string) =>
    `${topic} Exercise has been shown to improve mood in many trials, and the effect holds across ages and across the kinds of exercise people chose, from walking to lifting weights. The size of the effect is moderate, but it compares well with other treatments, and it comes with few side effects. Several mechanisms may explain it: changes in inflammation, in the growth of new nerve cells, and in how people sleep. Most trials were short, however, and few followed people for more than a year, so the long-term effect remains uncertain and deserves larger studies with careful measures of how much people actually moved.`;
  it('runs on through "Discussion" over a long paragraph of the article', () => {
    const body = [INTRO, INTRO2, LONG('First,'), LONG('Second,')];
    const page = ['Home', 'Journal', 'The Impact of Exercise on Depression', 'By Jane Writer', ...body, 'DISCUSSION', LONG('In sum,'), ...FOOTER].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toContain(LONG('In sum,'));
    for (const line of FOOTER) expect(kept).not.toContain(line);
  });

  it('still ends the article at "Comments" over readers\' comments', () => {
    const body = [INTRO, INTRO2, LONG('First,'), LONG('Second,')];
    const comment = 'I tried this last year and it really worked for me, thank you for writing it up so clearly.';
    const page = ['Home', 'The Impact of Exercise on Depression', 'By Jane Writer', ...body, 'Comments', 'Jane Doe', 'March 3, 2020 at 4:15 pm', comment, 'Reply', ...FOOTER].join('\n');
    expect(chooseArticle(page).kept).not.toContain(comment);
  });
});
