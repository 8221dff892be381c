/**
 * Other stories' titles the run opened on (cut short with "...", each a single clause), over the
 * article's headline, its byline and date, and its first paragraph: the article starts under the
 * stamp, the headline is the one over the stamp, and the titles are left out above the headline. A
 * real article whose opening lines are short sentences keeps them, and a menu over a header written
 * date first, title under it, is no list of titles (tests/ingest/dates-over-headline-in-run.test.ts
 * reads that stamp inside the run). Pages written here.
 * (main-text/above/teasers-over-the-header.ts)
 */
import { describe, expect, it } from 'vitest';
import { article, rules } from './helpers.ts';

const TITLES = [
  'Why The Ferry Stopped Running In Winter, And What The...',
  'Ten Gardens To Visit Before The Summer Ends In The...',
  'The Baker Who Wakes At Three Every Day To Feed The...',
  'Five Walks Along The Coast That Take Less Than An...',
];
const HEADLINE = 'Pier to be rebuilt before the autumn storms';
const PARAGRAPHS = [
  'The harbour council voted on Tuesday to rebuild the old pier before the autumn storms, after engineers found that two of its wooden pillars had rotted through over the winter.',
  'Work starts next month and will close the pier to walkers until October, while the fishermen who moor there use the north quay in the meantime, the council said on Tuesday.',
  'The council expects the work to cost about two million, most of it paid by the regional government, which promised the money after the storms of last year damaged the quay.',
];

describe('other stories’ titles over the article’s header', () => {
  it('are left out, the headline over the stamp is taken, and the removal is reported', () => {
    const page = ['Home', 'News', 'Sport', ...TITLES, HEADLINE, 'By Jane Roe', 'March 12, 2024', 'Share', ...PARAGRAPHS].join('\n');
    const { record, report } = article(page);
    expect(record.title).toBe(HEADLINE);
    expect(record.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    const removed = report.entries.filter((e) => e.action === 'removed').map((e) => e.text);
    for (const t of TITLES) expect(removed).toContain(t);
  });

  it('keeps an article whose first lines are short sentences over a stamp (the guard)', () => {
    const opening = ['The pier is closing. Walkers must go round.', 'The quay stays open. Boats moor there.', 'The work starts soon. It ends in October.'];
    const page = ['Home', 'News', HEADLINE, ...opening, 'March 12, 2024', ...PARAGRAPHS].join('\n');
    const { record } = article(page);
    const kept = record.paragraphs.map((p) => p.text);
    // The sentence right over the stamp is a standfirst's place, left out by prose-by-the-stamp.ts, not by this rule.
    for (const line of opening.slice(0, 2)) expect(kept).toContain(line);
  });

  it('keeps the article’s own points over its byline, one clause each with no line between (the guard)', () => {
    const points = ['Council votes to rebuild the pier before the storms', 'Two wooden pillars rotted through over the winter', 'Walkers must use the north quay until October', 'The region pays most of the two million it costs'];
    const page = ['Home', 'News', 'Hot topics: harbour, ferries, gardens, the coast and what the council plans for them next year.', HEADLINE, 'Story Highlights', ...points, 'By Jane Roe', ...PARAGRAPHS].join('\n');
    const { report } = article(page);
    const aboveTheHeadline = report.entries.filter((e) => e.action === 'removed' && (e.detail ?? '').includes('above its headline')).map((e) => e.text);
    for (const p of points) expect(aboveTheHeadline).not.toContain(p);
  });
});

describe('a menu over a stamp that stands over the headline (the guard)', () => {
  // A shop's menu, each entry over its one-line description, the last entry right over the stamp,
  // then the header written date first, title under it: the menu's lines are no teasers, and the
  // entry over the stamp is no headline.
  const MENU = [
    'Sale: Spring prices on every bike',
    'Bikes',
    'Road Frames',
    'A light frame for long days on smooth roads.',
    'Gravel Frames',
    'A strong frame for rough tracks and wet weather.',
    'Parts',
    'Wheels, brakes and chains for every frame we sell.',
    'Workshop',
    'Bring your bike to our workshop for a service.',
    'Help Contact Returns Delivery',
    'Order Now Find a Shop',
    'Back',
  ];
  const TITLE = 'Seven things we learned from a winter of riding to work';
  const OPENING = [
    'Kim Ross',
    'I rode to work every day this winter, through rain, snow and the dark mornings of January, and I kept notes on what went wrong.',
    'The first thing I learned is that good lights matter more than a good coat, because drivers see a bright bike long before they see a warm rider.',
    'The second is that wet brakes need twice the distance, so every ride in the rain starts a little earlier and goes a little slower than in summer.',
    'The last is that the ride gets easier every week, and by March the hill that beat me in December was just the way home.',
  ];
  it('keeps the run over the header, and the stamp over the headline dates the article', () => {
    const { record, report, body } = article([...MENU, 'May 2, 2024', TITLE, ...OPENING].join('\n'));
    expect(record.title).toBe(TITLE);
    expect(record.date?.date).toBe('2024-05-02');
    expect(rules(report)).toContain('date-stamp-over-headline-in-run');
    expect(body).toContain('I rode to work every day');
  });
});
