/**
 * A headline under its own date, in a run of like lines: the page lists other stories' headlines (each
 * run into its writer's name) right over the article's date, headline and deck, and the writer's bare
 * name under the deck is no byline the chooser knows. The headline has no header under it, so the run
 * of like lines took it for one more teaser: it fell below the least score, and a teaser or no line won. A date right over a line is the article's
 * stamp unless a headline with its own header stands above already (then the line is a sub-heading
 * under that header). Small pages written here; the first failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { chooseHeadline, type HeadlineBlock } from '../../scripts/ingest/lib/page-text/headline/headline.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

type Page = [string, HeadlineBlock['cls']][];

function choose(page: Page, start: number): string | null {
  const lines = page.map(([l]) => l);
  const language = detectLanguage(lines.join('\n'));
  const blocks = page.map(([l, cls]) => ({ features: blockFeatures(l, language), cls }));
  const i = chooseHeadline(lines, blocks, start, lines.length - 1, language);
  return i === -1 ? null : lines[i];
}

const PROSE: Page = [
  ['Ferry operators along the coast have raised their winter fares twice this year, and the harbour towns that depend on them say the second rise came without warning or explanation.', 'good'],
  ['The operators blame fuel, insurance and the cost of crews, but the towns point to profits that grew while the number of crossings fell, and ask the ministry to step in.', 'good'],
  ['A hearing on the fares is set for March, when the ministry will hear the operators, the towns and the passengers who cross every week for work and school.', 'good'],
  ['Until then the fares stand, and several towns have started to run buses to the nearest airport instead, which takes longer but costs less than half.', 'good'],
];

const TEASERS: Page = [
  ['The big lie about the harbour market: why it is closing after a century of trade Anna Berg', 'near'],
  ['The night trains are back: what the new sleeper line means for the north Tom Reyes', 'near'],
  ['Ten years of the bridge toll, and who still pays it every single morning Lena Marsh', 'near'],
];

describe('a headline under its own date in a run of like lines', () => {
  it('is the headline, over its deck and the writer’s bare name, not a teaser above it', () => {
    const page: Page = [
      ['Transport', 'short'],
      ['Islands', 'short'],
      ...TEASERS,
      ['Log out Sign in', 'short'],
      ['Sunday, Feb 1, 2015 11:57 AM UTC', 'bad'],
      ['The fare economy is a lie: ferries, ministers and the truth about island subsidies', 'near'],
      ['Operators talk a good game about crews and fuel. The islanders see only another rise in what they pay', 'near'],
      ['Maria (M.J.) Lindqvist', 'short'],
      ['Share', 'short'],
      ...PROSE,
    ];
    expect(choose(page, 2)).toBe('The fare economy is a lie: ferries, ministers and the truth about island subsidies');
  });

  it('is a sub-heading when a headline with its own byline and date stands above it', () => {
    const page: Page = [
      ['Ferry fares: why winter crossings cost islanders more every year', 'short'],
      ['By Maria Lindqvist', 'short'],
      ['February 1, 2015', 'bad'],
      ['In short: the fares, the operators and the towns', 'short'],
      ['Fuel, crews and insurance in the fares', 'short'],
      ['What the towns ask of the ministry on fares', 'short'],
      ...PROSE,
    ];
    expect(choose(page, 6)).toBe('Ferry fares: why winter crossings cost islanders more every year');
  });
});
