/**
 * Long runs of spaces or tabs inside a line (a text copied from a page laid out with spaces, a
 * column of padding): each stage reads them in time linear in the line. Trailing spaces were cut
 * with /[ ]+$/m, which tries every space of a run not at the line's end and scans the run again
 * from each (quadratic): 200,000 spaces between two words took a minute of CPU.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P = 'China and the European Union will run 30 more joint laboratories on climate research over the next five years, the science ministry said on Monday.';
const P2 = 'The laboratories will share ocean observation data and train young researchers from both regions, officials said at the signing in Beijing.';

function cpuSeconds(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

describe('a line with a long run of spaces inside it', () => {
  for (const [what, run] of [['spaces', ' '.repeat(60_000)], ['tabs and spaces', ' \t'.repeat(30_000)]]) {
    it(`(${what}) is read in well under 2 s of CPU, its words kept and its trailing spaces cut`, () => {
      let made: ReturnType<typeof article> | undefined;
      const used = cpuSeconds(() => {
        made = article(`EU and China expand climate research\n\n2021-11-12\n\n${P}   \n\nThe start${run}the end.\n\n${P2}\n`);
      });
      expect(made!.body).toContain(P);
      expect(made!.body).toContain(P2);
      expect(made!.body).not.toMatch(/ \n| $/);
      expect(used).toBeLessThan(2);
    }, 120_000);
  }
});
