/**
 * Main-text recall: a line that opens on a box heading's adjective ("Latest", "Popular", "Featured",
 * "Recommended", "Trending") but runs on for six words or more is a clause or a section's title of
 * the article ("Latest boards keep their fans quiet"), not a box's label, which names its
 * box in a few words ("Latest stories", "Popular this week"). The feature list under it is kept;
 * a short "Latest stories" over headlines is still a box. Invented page; failed before.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const P = [
  'The Harbor Workshop tested five small computer boards for a month, running each one in a closed case on a shelf above the radiator to see how warm it would get.',
  'Every board ran the same tasks: a web server, a small database and a script that compressed photographs through the night, so that each one worked as hard as the next.',
  'The second board on our list costs a little more than the first, but its maker sells it with a case, a power supply and a card that holds the operating system.',
  'Owners who want the board for a media centre should look at the third one instead, whose video output handles two screens and whose remote control works out of the box.',
  'The fourth and fifth boards were too new to test for the whole month, and we will add our notes on them when the makers send the final versions of their cases.',
];
const FEATURES = ['Metal case that doubles as a heat sink', 'Two network ports for a home router', 'Power supply included in the box', 'Cons', 'Fewer add-on boards than its rivals'];

describe('main-text recall: a box word that opens a clause of the article', () => {
  it('keeps the features under a six-word section title that opens on "Latest"', () => {
    const page = ['Harbor Workshop', 'Five small boards on a warm shelf', 'By Ann Reed', P[0], P[1], P[2], 'Latest boards keep their fans quiet', ...FEATURES, P[3], P[4], 'Share this article'].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toEqual(expect.arrayContaining(['Latest boards keep their fans quiet', ...FEATURES]));
  });

  it('reads a short label opening on the same words as a box heading still', () => {
    const english = detectLanguage(P.join(' '));
    for (const heading of ['Latest stories', 'Popular this week', 'Latest smart home security reviews', 'Featured Video View all', 'Trending in Car Repair & Maintenance']) {
      expect(blockFeatures(heading, english).boxHeading, heading).toBe(true);
    }
    for (const clause of ['Latest boards keep their fans quiet', 'Popular garden tools with free trials', 'Recommended lens for this camera: none']) {
      expect(blockFeatures(clause, english).boxHeading, clause).toBe(false);
    }
  });
});
