/**
 * A section's label in the post's header that the site's menu lists too (lib/page-text/headline/
 * menu-entry-elsewhere.ts): over the date, under the headline and its deck, it has the header a
 * headline has; as a kicker right over the headline, the headline's place. Its copy in the middle of
 * the menu gives it away: the longer line beside it is the headline. A short headline with its own
 * header and no longer line beside it stays the headline, listed in a menu or not.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';
import { menuEntryElsewhereMemo } from '../../scripts/ingest/lib/page-text/headline/menu-entry-elsewhere.ts';
import { cpuSeconds } from './cpu-seconds.ts';

const MENU = 'Home\nTopics\nCities\nRice Fields\nHealth\nSchools\nAbout us';
const SERIES = 'Features\nDebates\nValley Rice\nHarvest Talks\nWater Rights';
const HEADLINE = 'Why the harvest needs a new law';
const DECK = 'Each season the council plans the fields again, and the farmers ask what it costs them.';

describe('a section label listed in the menu', () => {
  it('is no headline over the date, under the headline, its deck and the byline', () => {
    const page = `${MENU}\n${HEADLINE}\n${DECK}\nJANE ROE & JOHN DOE\nRice Fields\n26 October 2023\n${BODY}`;
    expect(titleOf(page)).toBe(HEADLINE);
  });

  it('is no headline as the kicker right over it either, with the section over the date', () => {
    const page = `${SERIES}\n${MENU}\nNewsletter\nPress\nValley Rice\n${HEADLINE}\n${DECK}\nJANE ROE & JOHN DOE\nRice Fields\n26 October 2023\n${BODY}`;
    expect(titleOf(page)).toBe(HEADLINE);
  });

  it('gives the kicker\'s place to the headline under it, with no byline or date under either', () => {
    const sections = Array.from({ length: 30 }, (_, n) => `Section ${n + 1}`).join('\n');
    const page = `Home\nTopics\nCities\nValley Rice Seed\nHealth\nSchools\nAbout us\n${sections}\nNewsletter\nPress\nPart of our series:\nValley Rice Seed\nOld ways and new money for farmers\n${BODY}`;
    expect(titleOf(page)).toBe('Old ways and new money for farmers');
  });

  it('leaves a short headline over its own date, listed in a menu of recent posts', () => {
    const page = `Recent posts\nRice Harvest Days\nSeed Swap Notes\nValley Rice Plans\nField Walk Photos\nCouncil Meeting Minutes\nAbout\n\nValley Rice Plans\n26 October 2023\n${BODY}`;
    expect(titleOf(page)).toBe('Valley Rice Plans');
  });
});

describe('menuEntryElsewhereMemo', () => {
  const block = (l: string) => ({ cls: l.split(' ').length > 8 ? 'good' : 'short', features: { words: l.split(' ').filter(Boolean).length } });
  const ask = (lines: string[], i: number) => menuEntryElsewhereMemo(lines.map((l) => l.toLowerCase()), lines.map(block))(i);

  it('finds the copy in the middle of a run of entries', () => {
    expect(ask(['Home', 'Cities', 'Rice Fields', 'Health', 'Schools', 'A headline here', 'Rice Fields'], 6)).toBe(true);
  });

  it('does not take a twin beside the line, or a copy at the menu\'s edge, for an entry', () => {
    expect(ask(['Home', 'Cities', 'Health', 'Rice Fields', 'Rice Fields', 'x'], 4)).toBe(false);
    expect(ask(['Home', 'Cities', 'Rice Fields', 'The council met on Monday and planned the fields for the season ahead.', 'Schools', 'x', 'y', 'Rice Fields'], 7)).toBe(false);
  });

  it('stays linear on a page of one label written thousands of times', () => {
    const lines = Array.from({ length: 50_000 }, () => 'Share');
    const memo = menuEntryElsewhereMemo(lines.map((l) => l.toLowerCase()), lines.map(block));
    const seconds = cpuSeconds(() => {
      for (let i = 0; i < lines.length; i++) memo(i);
    });
    expect(seconds).toBeLessThan(2);
  });
});
