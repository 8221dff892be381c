/**
 * "<headline> / Dec 2025": the post's date written after its headline, past a slash or a bar, is no
 * part of the headline; a month after a dash names what a list is for, and stays. Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { BODY } from './headline-fixture.ts';

const HEADLINE = 'Day 15: Porting the Valley Rice Planner to a New Language';
const titleOf = (line: string) => article(`Harbor Notes\nPapers Projects Talks\nSearch\n${line}\n\n${BODY}`).record.title;

describe('a date after the headline', () => {
  it('leaves the headline after a slash or a bar', () => {
    expect(titleOf(`${HEADLINE} / Dec 2025`)).toBe(HEADLINE);
    expect(titleOf(`${HEADLINE} | December 4, 2025`)).toBe(HEADLINE);
  });

  it('is reported as taken off', () => {
    const { report } = article(`Harbor Notes\nSearch\n${HEADLINE} / Dec 2025\n\n${BODY}`);
    expect(report.entries.some((e) => JSON.stringify(e).includes('headline-date') && JSON.stringify(e).includes('Dec 2025'))).toBe(true);
  });

  it('stays after a dash, and with no separator', () => {
    expect(titleOf('The Best Rice Cookers for Valley Farms – March 2025')).toBe('The Best Rice Cookers for Valley Farms – March 2025');
    expect(titleOf('Valley Rice Harvest Report March 2025')).toBe('Valley Rice Harvest Report March 2025');
  });
});
