/**
 * An outlet's name field with many copyright marks, each followed by spaces ("© © © … x"): the
 * pattern for a notice at the end of the name let the spaces after one mark go either to that mark
 * or to the separators before the next, so a failing match tried every split (exponential): twelve
 * marks took 3 s of CPU, fourteen 47 s. A run of marks with nothing between ("©©©…") was quadratic,
 * and so was a run of marks each with its year ("©2020©2020…": 10,000 took 3 s), tried again from
 * every mark after a year.
 */
import { describe, expect, it } from 'vitest';
import { outletName } from '../../scripts/ingest/lib/page-text/headline/outlet-name.ts';
import { cpuSeconds } from './cpu-seconds.ts';

describe('an outlet name with many copyright marks', () => {
  for (const [what, raw] of [
    ['thirteen marks, each followed by spaces', `Example ${'©   '.repeat(13)}x`],
    ['20,000 marks in a row', `Example ${'©'.repeat(20_000)}x`],
    ['10,000 "(c)" in a row', `Example ${'(c)'.repeat(10_000)}x`],
    ['10,000 "©2020" in a row', `Example ${'©2020'.repeat(10_000)}x`],
    ['10,000 "© 2020-21 " in a row', `Example ${'© 2020-21 '.repeat(10_000)}x`],
    ['10,000 "copyright 2020, " in a row', `Example ${'copyright 2020, '.repeat(10_000)}x`],
  ] as const) {
    it(`(${what}) is read in well under 1 s of CPU`, () => {
      const used = cpuSeconds(() => {
        outletName(raw);
      });
      expect(used).toBeLessThan(1);
    }, 120_000);
  }

  it('still loses its notice', () => {
    expect(outletName('Example © 2020')).toBe('Example');
    expect(outletName('Example, (c) 2019-2020 ')).toBe('Example');
    expect(outletName('Example Copyright 2020 © 2021')).toBe('Example');
    expect(outletName('Example ©©(c)copyright ©')).toBe('Example');
    expect(outletName('Example ©2020©2021')).toBe('Example');
    expect(outletName('Example © 2019-20, (c) 2021')).toBe('Example');
  });
});
