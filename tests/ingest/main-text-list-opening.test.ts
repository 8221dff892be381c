/**
 * Where the text path's article starts when it opens on a sentence that introduces a list ("…where
 * they could:"), its items short lines, and goes on in paragraphs: with a box heading of the site's
 * above ("Most Recent"), the sentence and its items were read as that box's other stories and the
 * run started under them. Pages written here: the first failed before the rule; the others hold that
 * a menu's short label over links, and a box's capitalised headlines, still start no article.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const TOP = ['Home', 'Tips', 'Gear', 'Most Recent', 'How to Shoot Long Exposures at Night', 'Courses', 'Search:'];
const HEADLINE = 'Our Reader Forum Turns Ten';
const INTRO = 'Within a week of opening the site, readers began asking us for a corner of it where they could:';
const ITEMS = ['swap the pictures they had taken that week', 'get honest critiques from other readers', 'ask (and answer) questions about their cameras', 'meet and chat with other photographers'];
const BODY = [
  'A few months later we opened a small forum with just three sections, and it was busier than we had ever dared to hope, with hundreds of new members joining in its very first weekend.',
  'Ten years on, the forum has grown into one of the friendliest places to talk about photography that we know of, and the people who run it are almost all volunteers who started out as readers themselves.',
  'We have rebuilt it this month so that it loads faster on phones, keeps your drafts while you write and lets you follow the threads you care about without wading through the rest.',
];
const FOOTER = ['About us', 'Contact', 'Privacy policy'];

describe('main-text: an opening that introduces a list above the first paragraph', () => {
  it('starts at the sentence that introduces the list, items and all', () => {
    const page = [...TOP, HEADLINE, 'By Ann Lee', 'March 3, 2025', INTRO, ...ITEMS, ...BODY, ...FOOTER].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept.slice(0, 1 + ITEMS.length)).toEqual([INTRO, ...ITEMS]);
    expect(kept).toContain(BODY[2]);
  });

  it('does not start at a short label over a row of links', () => {
    const page = [...TOP, HEADLINE, 'By Ann Lee', 'March 3, 2025', 'Follow us on:', 'Facebook page', 'Instagram feed', 'Our newsletter', ...BODY, ...FOOTER].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept[0]).toBe(BODY[0]);
  });

  it('does not start above a box of other stories’ headlines', () => {
    const heads = ['How to Shoot Long Exposures at Night', 'The Best Tripods for Travel This Year', 'Ten Lenses Worth Their Price Today'];
    const page = [...TOP, HEADLINE, 'By Ann Lee', 'March 3, 2025', 'Before you read on, here are the stories our readers liked best this week:', ...heads, ...BODY, ...FOOTER].join('\n');
    const { kept } = chooseArticle(page);
    for (const h of heads) expect(kept).not.toContain(h);
  });
});
