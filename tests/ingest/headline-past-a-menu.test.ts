/**
 * The headline past a menu (headline-past-a-menu.ts): main-text started the run on a site's
 * promotions, a title and a blurb each, and a menu stands between them and the article, whose
 * headline has no byline or date under it. The headline is the line right over the article's first
 * paragraphs in a row, not a promotion's title nor a menu's entry; a sub-heading under the article's
 * own lead is never taken for it.
 */
import { describe, expect, it } from 'vitest';
import { chooseOnClassedLines } from './headline-fixture.ts';
import type { HeadlineBlock } from '../../scripts/ingest/lib/page-text/headline/headline.ts';
import { headlinePastAMenu } from '../../scripts/ingest/lib/page-text/headline/headline-past-a-menu.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

type Line = [string, HeadlineBlock['cls']];

const choose = chooseOnClassedLines;

const PROMOTIONS: Line[] = [
  ['Spring seed fair', 'short'],
  ['Join our weekly sessions on seed saving and meet the growers of the valley cooperative at the spring fair in the old mill.', 'good'],
  ['Ledger of the harvest', 'short'],
  ['Our yearly report shows how the cooperative’s members sold their rice and what the new warehouse has cost so far.', 'good'],
  ['Members’ newsletter', 'short'],
  ['Sign up for the newsletter to hear about prices, tools for hire and the cooperative’s next general meeting.', 'good'],
];
const MENU: Line[] = ['Help', 'Help', 'Product help', 'Communities', 'Account management', 'Learn', 'Growers’ school', 'Tools for hire', 'Prices', 'Events', 'Careers', 'Sign in to manage your account'].map((l) => [l, 'short']);
const HEADLINE = 'How the valley learned to plant its rice twice a year';
const ARTICLE: Line[] = [
  'Farmers in the valley now plant rice twice a year, with seed that grows faster in the wet season and a field plan the village council drew up.',
  'The first farmers to plant the new rice seed were laughed at, until their second harvest of the year paid for a new school roof.',
  'Most rice fields in the valley are now planted twice a year, and the council says the farmers’ incomes have doubled in five years.',
  'The council now lends the seed to young farmers, who pay it back in rice after the second harvest of the year.',
].map((p) => [p, 'good']);

describe('a headline past a menu, with no byline or date under it', () => {
  it('is the line over the article’s paragraphs, not a promotion’s title above the menu', () => {
    expect(choose([['Home', 'short'], ...PROMOTIONS, ...MENU, [HEADLINE, 'short'], ...ARTICLE])).toBe(HEADLINE);
  });

  it('may have a short label between it and the paragraphs', () => {
    expect(choose([['Home', 'short'], ...PROMOTIONS, ...MENU, [HEADLINE, 'short'], ['TL;DR', 'short'], ...ARTICLE])).toBe(HEADLINE);
  });
});

describe('no headline past a menu', () => {
  const lines = (page: Line[]) => page.map(([l]) => l);
  const pastAMenu = (page: Line[]) => {
    const language = detectLanguage(lines(page).join('\n'));
    const blocks = page.map(([l, cls]) => ({ features: blockFeatures(l, language), cls }));
    const last = blocks.findIndex((b) => b.cls === 'good');
    return headlinePastAMenu(blocks, last, page.length - 1, (i) => blocks[i].cls !== 'good' && blocks[i].features.words >= 4, () => true);
  };

  it('without a menu between the run’s opening and the line', () => {
    expect(pastAMenu([...PROMOTIONS, [HEADLINE, 'short'], ...ARTICLE])).toBe(-1);
  });

  it('under the article’s own lead, two paragraphs in a row: the line is a sub-heading', () => {
    expect(pastAMenu([...ARTICLE.slice(0, 2), ...MENU, ['Where the valley’s seed comes from today', 'short'], ...ARTICLE.slice(2), ...ARTICLE])).toBe(-1);
  });

  it('past a few buttons only, no menu', () => {
    expect(pastAMenu([...PROMOTIONS, ...MENU.slice(0, 5), [HEADLINE, 'short'], ...ARTICLE])).toBe(-1);
  });

  it('over fewer paragraphs in a row than an article’s text', () => {
    expect(pastAMenu([...PROMOTIONS, ...MENU, [HEADLINE, 'short'], ...ARTICLE.slice(0, 2), ['Share', 'short']])).toBe(-1);
  });

  it('but over the article’s paragraphs past the menu it is found', () => {
    const page: Line[] = [...PROMOTIONS, ...MENU, [HEADLINE, 'short'], ...ARTICLE];
    expect(pastAMenu(page)).toBe(PROMOTIONS.length + MENU.length);
  });
});
