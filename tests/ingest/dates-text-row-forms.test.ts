/**
 * Publication days the text path read nowhere though the page writes them in its header: a month run
 * onto an outlet's name in capitals inside a row in mixed case ("Ann Lee, ESPNDec 22, 2023"), a stamp
 * row closed by the comments' button ("Ann Lee December 22, 2023 Comment Now!",
 * lib/dates/comment-call-after-stamp.ts), and a date under the byline and the writer's one-line
 * biography ("By Ann Lee" / "Ann Lee writes about …" / "Dec. 22, 2023", lib/bylines/byline-then-bio.ts).
 * Each with the case that must stay undated or unread.
 */
import { describe, expect, it } from 'vitest';
import { findFusedDates } from '../../scripts/ingest/lib/dates/dates.ts';
import { withoutCommentCallAtEnd } from '../../scripts/ingest/lib/dates/comment-call-after-stamp.ts';
import { underBylineAndItsBio } from '../../scripts/ingest/lib/bylines/byline-then-bio.ts';
import { article, PROSE } from './helpers.ts';

const MORE = 'Officials from both countries said the first projects would start next spring, with a review of the results planned after two years.';
const LAST = 'The agreement also covers the exchange of young researchers, who will spend up to a year at a partner institute abroad.';

describe('a month name with its capital and small letters run onto a word in capitals', () => {
  it.each([
    ['Mike Lee, ESPNDec 22, 2023, 06:21 AM ET', '2023-12-22'],
    ['Ann Lee | CNNMarch 3, 2024', '2024-03-03'],
  ])('"%s" reads', (line, day) => {
    expect(findFusedDates(line).map((d) => d.date)).toEqual([day]);
  });

  it.each(['The ship sailed on the SUMMAY 5, 2024 voyage', 'GEARapr 28, 2024', 'ABCapr 28, 2024'])('"%s" still reads no date', (line) => {
    expect(findFusedDates(line)).toEqual([]);
  });
});

describe("a stamp row closed by the comments' button", () => {
  it.each([
    ['Ann Lee December 22, 2023 Comment Now!', 'Ann Lee December 22, 2023'],
    ['Anna Berg | 3. März 2025 | Jetzt kommentieren', 'Anna Berg | 3. März 2025'],
    ['Ann Lee · May 5, 2024 · Leave a comment', 'Ann Lee · May 5, 2024'],
  ])('"%s" is read without it', (row, without) => {
    expect(withoutCommentCallAtEnd(row)).toBe(without);
  });

  it("a sentence's last words are no button", () => {
    expect(withoutCommentCallAtEnd('Write to us by May 5, 2024 and comment!')).toBe('Write to us by May 5, 2024 and comment!');
    expect(withoutCommentCallAtEnd('Ann Lee December 22, 2023')).toBe('Ann Lee December 22, 2023');
  });

  it('dates a page whose byline row under the headline ends on the button', () => {
    const { record } = article(`News\nCars\nNew electric crossover arrives with a longer range\nAnn Lee December 22, 2023 Comment Now!\n\n${PROSE}\n\n${MORE}\n\n${LAST}`);
    expect(record.date?.date).toBe('2023-12-22');
  });

  it('a sentence under the headline that ends on "comment!" dates nothing', () => {
    const { record } = article(`News\nCars\nNew electric crossover arrives with a longer range\nTell us what you think by May 5, 2024 and comment!\n\n${PROSE}\n\n${MORE}\n\n${LAST}`);
    expect(record.date).toBeNull();
  });
});

describe("a date under the byline and the writer's biography", () => {
  const page = (bio: string) =>
    `NEWS ANALYSIS\nNew research centre to open in the spring\n${MORE}\nShare full article\nThe site of the new centre, seen from the river on a winter morning before the works began last year.\nBy Ann Lee\n${bio}\nDec. 22, 2023\n${PROSE}\n${LAST}\nMore news\nJan. 3, 2024\nApril 4, 2024`;

  it('reads the date under the biography that opens on the byline\'s name', () => {
    expect(underBylineAndItsBio(['By Ann Lee', 'Ann Lee writes about science from Washington.', 'Dec. 22, 2023'], 2)).toBe(true);
    expect(article(page('Ann Lee writes about science and research policy from Washington.')).record.date?.date).toBe('2023-12-22');
  });

  it("another person's paragraph between is no biography: the date there stays unread, as before", () => {
    expect(underBylineAndItsBio(['By Ann Lee', 'Li Wei, a researcher, said the centre would open.', 'Dec. 22, 2023'], 2)).toBe(false);
    expect(underBylineAndItsBio(['By Ann Lee', 'Ann Lee', 'Dec. 22, 2023'], 2)).toBe(false);
    expect(article(page('Li Wei, a researcher at the institute, said the centre would open in the spring.')).record.date).toBeNull();
  });
});

describe("a Japanese date in the emperor's era", () => {
  it.each([
    ['令和6年3月9日', '2024-03-09'],
    ['公開日：令和元年5月1日', '2019-05-01'],
    ['平成31年4月30日 10時00分', '2019-04-30'],
    ['昭和64年1月7日', '1989-01-07'],
    ['令和６年１２月２日', '2024-12-02'],
  ])('"%s" reads', (line, day) => {
    expect(findFusedDates(line).map((d) => d.date)).toEqual([day]);
  });

  it('an era year with no day, or no calendar day, reads nothing', () => {
    expect(findFusedDates('令和6年3月')).toEqual([]);
    expect(findFusedDates('令和6年2月30日')).toEqual([]);
  });
});
