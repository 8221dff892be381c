/**
 * A numeric date with two readings ("12/11/23 4:23pm": 12 November or December 11) on a text page that
 * settles no order by its numbers, its address or its language, but writes the day again with the
 * month's name and no year ("launched today (Dec. 11)"): the one reading it writes is the one it means
 * (lib/dates/page-order.ts). Not when it writes both, nor when a full date already speaks for either;
 * a version or a score settles nothing. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { numericOrderOfPage } from '../../scripts/ingest/lib/dates/page-order.ts';
import { article } from './helpers.ts';

const STAMP = 'By Ann Lee • 12/11/23 4:23pm';
const HEADLINE = 'Harbor Radio starts its own streaming service';
const P1 = 'Harbor Radio is launching a streaming service of its own, with five shows at first and a podcast, the company said on its website.';
const P2 = 'The service went live today (Dec. 11), and costs less than the station’s old subscription, a spokesperson told reporters in the morning.';
const P3 = 'Listeners who already pay for the old plan keep it until it runs out, after which they move to the new service at no extra cost.';
const page = (p2: string, tail = '') => `Radio\n\n${HEADLINE}\n${STAMP}\n\n${P1}\n\n${p2}\n\n${P3}${tail}`;

describe('a two-reading date settled by the day written with its month’s name', () => {
  it('reads the one reading the page writes again without its year', () => {
    expect(numericOrderOfPage(`${STAMP}\nThe service went live today (Dec. 11).`)).toBe('month-first');
    expect(numericOrderOfPage(`${STAMP}\nThe vote is set for 12 November, officials said.`)).toBe('day-first');
  });

  it('dates the page by its stamp read in that order', () => {
    expect(article(page(P2)).record.date?.date).toBe('2023-12-11');
  });

  it('settles nothing when the page writes both readings so', () => {
    expect(numericOrderOfPage(`${STAMP}\nThe vote is set for Dec. 11 and Nov. 12.`)).toBeNull();
    expect(article(page('The service went live on Dec. 11, after a test run that began on Nov. 12 with a few hundred listeners.')).record.date).toBeNull();
  });

  it('leaves a full date of either reading to speak for the page', () => {
    expect(numericOrderOfPage(`${STAMP}\nThe talks opened on Nov 12, 2023 in Geneva. Next round: Dec 11.`)).toBe('day-first');
  });

  it('reads no order from a version, a score or a verb', () => {
    expect(numericOrderOfPage(`${STAMP}\nVersion 2.10.3 shipped; the score was 12-11.`)).toBeNull();
    expect(numericOrderOfPage(`${STAMP}\nThe council may 11 times have voted.`)).toBeNull();
  });
});
