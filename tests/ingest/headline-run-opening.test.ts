/**
 * The headline when the article run opens above the article (issue 13, item 3): a site's teasers of
 * other reports (a headline and its summary each) or a menu's blurbs come first, and the article's
 * own headline, with its byline under it, stands dozens of lines further down, where its paragraphs
 * start. Such a line is measured against the paragraphs under it, not against the teasers.
 */
import { describe, expect, it } from 'vitest';
import { chooseOnClassedLines } from './headline-fixture.ts';
import { article } from './helpers.ts';
import type { HeadlineBlock } from '../../scripts/ingest/lib/page-text/headline/headline.ts';

const P1 = 'China has launched a new science programme with twelve countries in Africa, the ministry of science and technology said on Tuesday in Beijing.';
const P2 = 'The science programme will fund joint laboratories in Africa and train young researchers over the next five years, the ministry said in a statement.';
const P3 = 'Officials said the first laboratories of the programme would open in Nairobi and Addis Ababa next spring, with more to follow in the west of Africa.';
const P4 = 'Researchers from both sides welcomed the programme, though some asked how the laboratories would be staffed once the first grants run out.';



const choose = chooseOnClassedLines;

const TEASERS: [string, HeadlineBlock['cls']][] = [
  ['Marketing trends for the holiday season', 'good'],
  ['Your Guide to Holiday Shopping Audiences 2025', 'short'],
  ['Q4 is one of the biggest buying moments of the year. As consumers shift from back-to-school shopping into the holidays, brands face a crowded market and rising prices.', 'good'],
  ['Your Guide to Back-to-School Creative 2025', 'short'],
  ['The back-to-school season is not just about new notebooks and transitional style, it is a marker of shifting consumer habits that brands follow closely.', 'good'],
];
const MENU: [string, HeadlineBlock['cls']][] = ['View All', 'Research', 'Advertiser Trends', 'Consumer Insights', 'Ad Creative Analysis', 'Explore All', 'About Us', 'Careers', 'Investor Relations', 'Contact', 'Request Demo Sign Up Now', 'Facebook', 'LinkedIn', 'Instagram', 'YouTube', 'Sign Up Now'].map((l) => [l, 'short']);
const ARTICLE: [string, HeadlineBlock['cls']][] = [P1, P2, P3, P4].map((p) => [p, 'good']);

describe('a headline below the run’s opening', () => {
  it('is found under other reports’ teasers and a long menu, with its byline under it', () => {
    const page: [string, HeadlineBlock['cls']][] = [
      ['White Papers', 'short'],
      ['Your Guide to Holiday Creative 2025', 'short'],
      ...TEASERS,
      ...MENU,
      ['New science programme for Africa: what the laboratories will do', 'short'],
      ['by Jane Smith—10 min read', 'bad'],
      ...ARTICLE,
    ];
    expect(choose(page)).toBe('New science programme for Africa: what the laboratories will do');
  });

  it('is not a label over a byline that shares a word or none with the paragraphs under it', () => {
    const page: [string, HeadlineBlock['cls']][] = [
      ['Home', 'bad'],
      ['New science programme for Africa launched by China', 'short'],
      ['China and twelve African countries agreed a science programme that the ministry described as the largest of its kind in the continent this decade.', 'good'],
      ['Written by Jane Smith', 'short'],
      ['Reviewed by John Roe', 'short'],
      ['As taught in the Full Academy Access', 'short'],
      ['4.66 Rating', 'bad'],
      ...ARTICLE,
    ];
    expect(choose(page)).toBe('New science programme for Africa launched by China');
  });

  it('is found under the site’s blurb the run opened on, with its byline right under it', () => {
    const page = [
      'Simplify Everything',
      'How to Write Better Reports',
      'Films',
      'Events',
      'Resources',
      'The Daily Planet team are award-winning science writers and bestselling authors who have helped millions of readers understand the research that shapes their lives through their books, podcasts and films.',
      'Facebook',
      'Instagram',
      'Email*',
      'New science programme for Africa: five laboratories',
      'By Jane Smith',
      ...[P1, P2, P3, P4],
    ].join('\n');
    expect(article(page).record.title).toBe('New science programme for Africa: five laboratories');
  });
});
