/**
 * A page whose menus and links are lines of their own but whose article the site wrapped at a fixed
 * width (a `<br>` at every 80 characters): the wrapped stretches are joined back into paragraphs, so
 * the article reads as prose, not as a run of short lines. Small pages written here; each case failed
 * before its fix.
 */
import { describe, expect, it } from 'vitest';
import { unwrapHardWrapped } from '../../scripts/ingest/stages/segment.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { articleLines } from '../helpers/main-text.ts';

const MENU = ['Home', 'Classes', 'Trainers', 'Memberships', 'Kids', 'Contact', 'Log in', 'Free trial', 'Locations', 'Careers', 'Blog', 'Shop', 'Gift cards', 'Events', 'Help'];
const WRAPPED = [
  'The observatory in the desert will open to partners from twelve countries next',
  'year, the national academy said on Monday, in the largest project of its kind',
  'that the region has seen since the first telescopes were built on the plateau.',
  'The first data are expected in 2027, when the instrument starts its regular',
  'observations of the southern sky and shares them with every partner institute',
  'that signed the agreement in the capital last spring after two years of talks.',
  'Funding for the first phase comes from the member states, which agreed to split',
  'the cost according to the size of their economies and of their research budgets.',
];
const PARAGRAPHS = [WRAPPED.slice(0, 3).join(' '), WRAPPED.slice(3, 6).join(' '), WRAPPED.slice(6).join(' ')];
const page = [...MENU, 'Observatory opens its doors to foreign partners', ...WRAPPED, 'Share this post', 'Facebook', 'Twitter', ...MENU].join('\n');

describe('main-text: an article wrapped at a fixed width on a page of menus', () => {
  it('joins the wrapped lines of each paragraph, though most of the page is short lines', () => {
    const lines = unwrapHardWrapped(page, new Report('t'));
    for (const p of PARAGRAPHS) expect(lines).toContain(p);
    // Menus and the headline stay lines of their own.
    expect(lines).toContain('Observatory opens its doors to foreign partners');
    expect(lines.filter((l) => l === 'Home')).toHaveLength(2);
  });

  it('keeps the whole article', () => {
    expect(articleLines(unwrapHardWrapped(page, new Report('t')).join('\n'))).toEqual(PARAGRAPHS);
  });

  it('leaves a page of lines that are not wrapped as it is: a line ending a sentence, or followed by a capital, is not joined', () => {
    const lines = ['A short note on the rules of the club and on what the members agreed', 'Members meet on Monday at the hall on the corner of the square.', 'Fees are due in March, and late fees apply after that month.', 'and a line that starts in lower case but follows a full stop.'];
    expect(unwrapHardWrapped(lines.join('\n'), new Report('t'))).toEqual(lines);
  });
});

describe('main-text: a list of headlines the page cut to one length is no wrapped text', () => {
  // Each cut near one width, none ending a sentence: they fill the width as wrapped lines do, but no
  // sentence ends inside any of them, as one would in prose wrapped at a width.
  const TEASERS = [
    'Why the river ferry stopped running in winter',
    'Ten gardens to visit before the summer is ove',
    'How the old mill became the town museum agai',
    'Where to eat near the harbour after the conc',
    'Five walks along the coast for rainy weekend',
    'What the new bus timetable means for schools',
    'The baker who wakes at three every single da',
    'Seven films shot in the valley you never kne',
    'How much a week at the lake costs this summe',
    'The bridge that took forty years to finish n',
    'Which beaches have lifeguards from next mont',
    'Why the lighthouse keeper still writes a log',
  ];
  const ARTICLE =
    'The harbour council voted on Tuesday to rebuild the old pier before the autumn storms, after engineers found that two of its wooden pillars had rotted through. Work starts next month and will close the pier to walkers until October. The fishermen who moor there will use the north quay in the meantime, the council said.';
  const page = ['Harbour Weekly', 'Pier to be rebuilt before the storms', ARTICLE, 'Most read', ...TEASERS].join('\n');

  it('leaves the headlines lines of their own', () => {
    const lines = unwrapHardWrapped(page, new Report('t'));
    for (const t of TEASERS) expect(lines).toContain(t);
  });

  it('keeps the article, not the list', () => {
    expect(articleLines(unwrapHardWrapped(page, new Report('t')).join('\n'))).toEqual([ARTICLE]);
  });
});
