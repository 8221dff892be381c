/**
 * The text path's "Posted on <date> <time> <zone> by <Name>" line: the stamp reader took the time
 * but not its zone, and "EST by Anna Berg" left over read as no byline. The zone goes with the stamp
 * now; a word that only opens with a zone's letters ("ETH Zurich") stays out of it.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const page = (...header: string[]) => `Menu\nHome\nNews\nThe new bridge over the river comes next year\n${header.join('\n')}\n${PROSE}\n${PROSE}\n${PROSE}`;

describe('text bylines: the name after a stamp with its time zone', () => {
  it('"posted on 2023-12-19 23:30 EST by …", "Posted on December 19, 2023 11:30 PM EST by …"', () => {
    for (const row of ['posted on 2023-12-19 23:30 EST by Tessa Lund', 'Posted on December 19, 2023 11:30 PM EST by Tessa Lund', 'Posted 2023-12-19 23:30 GMT by Tessa Lund']) {
      const { record } = article(page(row));
      expect(record.author, row).toBe('Tessa Lund');
      expect(record.date?.date, row).toBe('2023-12-19');
    }
  });

  it('a word that opens with a zone\'s letters is not taken as the zone', () => {
    const { record } = article(page('Posted on 2023-12-19 23:30 ETH Zurich'));
    expect(record.author).toBeNull();
    expect(record.date?.date).toBe('2023-12-19');
  });
});
