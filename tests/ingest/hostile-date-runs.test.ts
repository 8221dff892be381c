/**
 * Lines that are nothing but dates, thousands of them ("January 1, 2019 January 1, 2019 …", a log or a
 * calendar pasted into a page): every date stage reads them in time linear in the line. Each match
 * was checked against every date found before it (quadratic), and a header line was peeled one stamp
 * per recursive call, each call reading the whole rest again (cubic, and one call deeper per date):
 * 2,000 dates took 20 s of CPU, 10,000 ten minutes.
 */
import { describe, expect, it } from 'vitest';
import { findFusedDates, findFullDates, findInvalidDates } from '../../scripts/ingest/lib/dates/dates.ts';
import { article } from './helpers.ts';

const P = 'China and the European Union will run 30 more joint laboratories on climate research over the next five years, the science ministry said on Monday.';
const P2 = 'The laboratories will share ocean observation data and train young researchers from both regions, officials said at the signing in Beijing.';

/** CPU seconds `run` takes. */
function cpuSeconds(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

describe('a line of thousands of dates', () => {
  it('is read in linear time by the date finders, every date found once', () => {
    const iso = '2019-01-02 '.repeat(20_000);
    const named = 'January 1, 2019 '.repeat(10_000);
    const invalid = 'February 30, 2019 '.repeat(10_000);
    let counts: number[] = [];
    const used = cpuSeconds(() => {
      counts = [findFullDates(iso).length, findFusedDates(iso).length, findFullDates(named).length, findFusedDates(named).length, findInvalidDates(invalid).length];
    });
    expect(counts).toEqual([20_000, 20_000, 10_000, 10_000, 10_000]);
    expect(used).toBeLessThan(2);
  });

  it('at the top of a text seed, still makes the article in well under 2 s of CPU', () => {
    const dates = 'January 1, 2019 '.repeat(2_000).trim();
    let made: ReturnType<typeof article> | undefined;
    const used = cpuSeconds(() => {
      made = article(`${dates}\n\nEU and China expand climate research\n\nBy Ann Lee\n\n2021-11-12\n\n${P}\n\n${P2}\n`);
    });
    expect(made!.body).toContain(P);
    expect(made!.body).toContain(P2);
    expect(used).toBeLessThan(2);
  }, 120_000);

  it('in the body of a text seed, keeps the paragraphs around it', () => {
    const dates = '2019-01-02 '.repeat(20_000).trim();
    let made: ReturnType<typeof article> | undefined;
    const used = cpuSeconds(() => {
      made = article(`EU and China expand climate research\n\n2021-11-12\n\n${P}\n\n${dates}\n\n${P2}\n`);
    });
    expect(made!.body).toContain(P);
    expect(made!.body).toContain(P2);
    expect(used).toBeLessThan(2);
  }, 120_000);
});
