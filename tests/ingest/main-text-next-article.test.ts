/**
 * Main-text precision: a page that scrolls on into the next article. Under the article's end come a
 * new headline, a standfirst, its byline and a stamp shaped as the article's own ("Published 06.01.2026
 * - 17:29"), the same summary box ("In brief") and the next article's prose: a second header. The
 * run took it all in; the article ends above the second header. Invented page; failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const A = [
  'The harbour authority said on Monday that the new container terminal would open in the spring, two years later than planned, after the dredging of the channel took longer than expected.',
  'According to the authority, the delay has raised the cost of the project by about a fifth, and the city council has been asked to approve a further loan before the end of the month.',
  'Shipping companies welcomed the news that a date had finally been set, but said they had already moved part of their traffic to the larger port on the other side of the bay.',
  'The council is expected to vote on the loan next week, after a hearing at which residents of the old quarter will be able to raise their concerns about the noise of the cranes.',
];
const B = [
  'Rumours that the club would part with its coach after a run of six defeats grew on Tuesday, when two of the players were seen leaving the training ground before the session had ended.',
  'The chairman said the board would meet on Thursday and that no decision had been taken, but he did not deny that talks with possible successors had taken place over the weekend.',
  'Supporters gathered outside the stadium in the evening, some of them with banners calling for the coach to stay, others demanding that the whole board step down at once.',
];

describe('main-text precision: the next article under the end of the article', () => {
  it('ends the article above a second header (headline, byline, a stamp shaped as its own, its summary box)', () => {
    const header = (h: string, by: string, stamp: string) => [h, by, `Published ${stamp}`, 'In brief', 'The summary is written by the newsroom.', 'Show more Show less'];
    const page = [
      ...header('Harbour terminal delayed again', 'Ann Lee', '06.01.2026 - 17:29'),
      ...A,
      'SHARE ARTICLE',
      'More on',
      'HARBOUR',
      'Coach under pressure',
      'The club faces the hardest week of its season as the board meets to decide on the future of its coach.',
      ...header('Coach under pressure', 'Bo Chen', '06.01.2026 - 16:25'),
      ...B,
    ];
    expect(chooseArticle(page.join('\n')).kept).toEqual(A);
  });

  it('knows a stamp by any label the date reader knows ("Release time", "Mis en ligne le", "发布时间")', () => {
    // The stamp's labels are date-labels.ts's: one vocabulary for every rule that reads a stamp.
    for (const label of ['Release time:', 'Mis en ligne le', '发布时间：']) {
      const header = (h: string, by: string, stamp: string) => [h, by, `${label} ${stamp}`, 'In brief', 'The summary is written by the newsroom.', 'Show more Show less'];
      const page = [
        ...header('Harbour terminal delayed again', 'Ann Lee', '2026-01-06 17:29'),
        ...A,
        'SHARE ARTICLE',
        'Coach under pressure',
        'The club faces the hardest week of its season as the board meets to decide on the future of its coach.',
        ...header('Coach under pressure', 'Bo Chen', '2026-01-06 16:25'),
        ...B,
      ];
      expect(chooseArticle(page.join('\n')).kept, label).toEqual(A);
    }
  });

  it('keeps a live report whose entries carry stamps of their own (no header line repeated with them)', () => {
    const page = ['Storm over the coast', 'Ann Lee', 'Published 06.01.2026 - 17:29', A[0], A[1], A[2], 'Published 06.01.2026 - 18:02', A[3], B[0]];
    expect(chooseArticle(page.join('\n')).kept).toEqual([A[0], A[1], A[2], A[3], B[0]]);
  });
});
