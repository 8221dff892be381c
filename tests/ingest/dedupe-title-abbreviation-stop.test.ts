/**
 * A page without a headline is named by its first sentence, without the sentence's closing mark. When
 * that sentence ends with an abbreviation ("… next Tues.", "… in the U.S.", "… Acme Inc.", "… No."),
 * its full stop is the abbreviation's, which the title keeps: before, "Tues." became "Tues". A
 * sentence ending with a word that only looks like one ("… the minister said no.", "… Plan B.") still
 * loses its full stop. Written here; failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { article, rules } from './helpers.ts';

const NEXT = 'Scientists from twelve countries will join the new observatory, the academy said on Monday.';
const titleOf = (first: string) => {
  const { record, report } = article(`${first}\n\n${NEXT}`);
  expect(rules(report)).toContain('title-from-first-sentence');
  return record.title;
};

describe('dedupe: a first sentence ending with an abbreviation names the article with its full stop', () => {
  for (const first of [
    'The museum will reopen its east wing to visitors next Tues.',
    'The station has been closed since the storm in early Dec.',
    'The company moved its research laboratory and most of its staff to the U.S.',
    'The new laboratory is run by the engineering firm Acme Inc.',
    'The players will wear new shirts, and the captain keeps the No.',
    'Bring plates, cups, napkins, chairs, etc.',
    'The first train leaves the harbour station at 6 a.m.',
  ]) {
    it(`keeps the stop of "${first.split(' ').at(-1)}"`, () => expect(titleOf(first)).toBe(first));
  }

  for (const first of [
    'The committee asked whether the plan could go ahead, and the minister said no.',
    'When the first plan failed, the team turned to Plan B.',
    'After the long walk along the harbour, the old dog finally sat.',
  ]) {
    it(`drops the sentence's own stop: "${first.split(' ').slice(-2).join(' ')}"`, () => expect(titleOf(first)).toBe(first.slice(0, -1)));
  }
});
