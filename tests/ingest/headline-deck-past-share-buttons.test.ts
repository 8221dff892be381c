/**
 * "Robot Beats Nurses at Finding a Vein" / "By" / "Jane Roe" / "Date" / "February 5, 2030" / the
 * share buttons / "First clinical trial of an automated blood drawing and testing device" / the
 * article: the line under the buttons retells the paragraphs in their own words and outscores the
 * headline, few of whose words the article uses (a headline may play on its story). It has no header
 * of its own; the line above, with nothing between but its full header and the page's buttons, has:
 * that one heads the article, the line under the buttons is its deck.
 */
import { describe, expect, it } from 'vitest';
import { chooseOnClassedLines } from './headline-fixture.ts';
import type { HeadlineBlock } from '../../scripts/ingest/lib/page-text/headline/headline.ts';

type Page = [string, HeadlineBlock['cls']][];

const choose = chooseOnClassedLines;

const MENU: Page = ['Research & Innovation', 'Health Care', 'Student Success', 'Research & Innovation'].map((l) => [l, 'short']);
const HEADLINE = 'Robot Beats Nurses at Finding a Vein';
const HEADER: Page = [
  ['By', 'short'],
  ['Jane Roe', 'short'],
  ['Date', 'short'],
  ['February 5, 2030', 'bad'],
];
const BUTTONS: Page = ['Share', 'Facebook', 'Twitter', 'LinkedIn', 'Email', 'Print'].map((l) => [l, 'bad']);
const DECK = 'First clinical trial of an automated blood drawing and testing device';
const CAPTION: Page = [['A prototype of the automated blood drawing and testing device.', 'bad']];
const ARTICLE: Page = [
  ['An automated device that finds a vein and draws blood on its own did as well as trained staff in its first clinical trial, the university said.', 'good'],
  ['The automated blood drawing device uses light and sound to find the vein, guides its needle there and runs the testing of the sample in minutes.', 'good'],
  ['In the clinical trial of the device, blood drawing worked for almost all of the patients whose veins were easy to find, the testing team wrote.', 'good'],
  ['The automated device could free staff for other work and make blood testing faster in clinics, the researchers behind the trial said.', 'good'],
];

describe('a deck under the share buttons', () => {
  it('yields to the headline over the article’s full header above the buttons', () => {
    expect(choose([...MENU, [HEADLINE, 'short'], ...HEADER, ...BUTTONS, [DECK, 'short'], ...CAPTION, ...ARTICLE])).toBe(HEADLINE);
  });

  it('stays the headline with its own stamp right over it', () => {
    expect(choose([...MENU, [HEADLINE, 'short'], ...HEADER, ...BUTTONS, ['Published February 6, 2030', 'bad'], [DECK, 'short'], ...CAPTION, ...ARTICLE])).toBe(DECK);
  });

  it('stays the headline with its own byline under it', () => {
    expect(choose([...MENU, [HEADLINE, 'short'], ...HEADER, ...BUTTONS, [DECK, 'short'], ['By John Doe', 'bad'], ...CAPTION, ...ARTICLE])).toBe(DECK);
  });

  it('yields, a row of tags under its label, to the headline over the full header right above it', () => {
    const header: Page = [
      ['By:', 'short'],
      ['Jane Roe', 'short'],
      ['18 Oct 2030', 'bad'],
      ['Tags:', 'short'],
    ];
    const tags = 'Automation, Blood testing, Clinical trial, Device, Hospitals';
    expect(choose([...MENU, [HEADLINE, 'short'], ...header, [tags, 'short'], ['Comments: 10', 'short'], ...CAPTION, ...ARTICLE])).toBe(HEADLINE);
  });
});
