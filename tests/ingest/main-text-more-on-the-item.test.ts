/**
 * Main-text recall: a ranked list whose every item closes on a link to more on its subject (an
 * album's artist: "Harbor Lights" … "More on Harbor Lights"). Worded like a box's heading ("More on
 * …"), each link was taken for the heading of a box of other stories, and the run ended at the first
 * one, leaving the list's other items out. A "More on X" under an item that names X is that item's
 * link: left out of the text, but no box's heading. A "More on X" naming nothing above it still
 * heads a box. Small pages written here; the first test failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const HEADLINE = 'The Best Albums of the Month: Our Critics Pick Ten Records';
const OPENING = [
  'Every month our critics listen to more records than anyone should, and every month they come back with a handful they cannot stop playing, from a debut on a tiny label to a veteran’s return.',
  'Here are the ten albums that stayed with them this month, in no particular order, with a few words on why each one deserves a place on your shelf.',
];
const ITEMS = [
  ['Harbor Lights', 'Songs for a Low Tide', 'Quayside Records', 'The second album from the coastal trio trades the hushed folk of their debut for something louder and stranger, with brass arrangements that swell and break like weather over the bay.'],
  ['The Saltmarsh Choir', 'Estuary', 'Driftwood', 'Recorded in a disused boathouse over three winter nights, the choir’s new record is a patient, beautiful thing, built from field recordings and voices layered until they blur into the wind.'],
  ['Anchor & Rope', 'Heavy Weather', 'Pier Music', 'The duo’s fourth record is their most direct yet: ten short songs about leaving a small town, played fast and loud, with a chorus on every one that you will be singing for weeks.'],
  ['Jetty Walker', 'Night Ferry', 'Lantern', 'A solo record of guitar and piano pieces written on the late ferry home, full of long silences and small melodies that return when you least expect them, like lights across the water.'],
];
const CRITIC = 'Jane Roe';
const itemLines = ([artist, title, label, review]: string[]) => [artist, title, label, review, CRITIC, `More on ${artist}`];
const FOOTER = ['About Us', 'Contact', 'Privacy Policy', 'Careers', 'Advertise'];

describe('main-text recall: items of a list each closed by a link to more on their subject', () => {
  it('keeps every item and leaves the links out', () => {
    const { kept } = chooseArticle([HEADLINE, ...OPENING, ...ITEMS.flatMap(itemLines), ...FOOTER].join('\n'));
    expect(kept).toEqual(expect.arrayContaining([...OPENING, ...ITEMS.flat()]));
    for (const [artist] of ITEMS) expect(kept).not.toContain(`More on ${artist}`);
    expect(kept).not.toContain('Privacy Policy');
  });

  it('still takes a "More on" naming nothing above it for the heading of a box', () => {
    const BOX = ['More on Coastal Music', 'The Ten Best Sea Shanties Ever Recorded', 'Why Harbor Towns Make the Best Music Scenes', 'Inside the Boathouse Where Estuary Was Recorded', 'A Short History of the Harbor Festival'];
    const { kept } = chooseArticle([HEADLINE, ...OPENING, ...ITEMS.slice(0, 2).flatMap(itemLines), ...BOX, ...FOOTER].join('\n'));
    expect(kept).not.toContain(BOX[0]);
    expect(kept).not.toContain(BOX[2]);
  });
});
