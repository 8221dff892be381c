/**
 * Main-text recall: "Popular front-end languages include:" opens on a box heading's word but is a
 * clause, its verb introducing the article's list, however few its words; read as the heading of a
 * box of other stories, it took the list's items under it out as that box's headlines. A box's
 * label ("Popular now:", "Related stories:") has no verb before its colon and is still a box's.
 * Invented page; failed before.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const P = [
  'Anyone who wants to build websites for a living has to learn a handful of languages first, and the good news is that most of them can be learned for free in the evenings.',
  'Browsers only understand a few of them, so the choice on the front end is small; on the server the choice is much wider, and every team seems to have a favourite of its own.',
  'Whichever you pick, the habits matter more than the language: small commits, tests that run on every change and a colleague who reads your code before it goes live.',
  'Most of the developers we spoke to learned a second language within two years of the first, usually because a new job or a new client asked for it.',
];
const FRONT = ['HTML', 'CSS', 'JavaScript', 'TypeScript'];
const BACK = ['PHP', 'Python', 'Ruby', 'Java'];

describe('main-text recall: a box word that opens a clause whose verb introduces a list', () => {
  it('keeps the items under "Popular … include:"', () => {
    const page = ['Harbor Guides', 'How to Become a Web Developer', 'By Ann Reed', P[0], P[1], 'Popular front-end languages include:', ...FRONT, 'Popular back-end languages include:', ...BACK, P[2], P[3], 'Share this article'].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toEqual(expect.arrayContaining(['Popular front-end languages include:', ...FRONT, ...BACK]));
  });

  it('reads a label with no verb before its colon as a box heading still', () => {
    const english = detectLanguage(P.join(' '));
    expect(blockFeatures('Popular now:', english).boxHeading).toBe(true);
    expect(blockFeatures('Related stories:', english).boxHeading).toBe(true);
    expect(blockFeatures('Popular languages include:', english).boxHeading).toBe(false);
    // A colon alone, or a verb with no colon, is no clause of this kind.
    expect(blockFeatures(':', english).boxHeading).toBe(false);
    expect(blockFeatures('Popular stories are', english).boxHeading).toBe(true);
  });
});
