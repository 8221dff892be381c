/**
 * Main-text recall on how-to pages: under the first paragraph, steps written as terse sentences
 * ("Always confirm contracts in writing.") between Title Case headings and checklists are the
 * article's, though each holds fewer stopwords than the language's prose; the run goes on to the last
 * step. The same sentences in a menu above the article weigh as before. Small pages written here;
 * each case failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const INTRO = 'Planning a wedding can feel overwhelming, but it does not have to be if you follow a clear timeline that tells you what to do in each month before the big day.';
const INTRO2 = 'This guide walks you through exactly what you should do, and when you should do it, so that nothing is missed and you can enjoy the months before the day.';
const STEPS = [
  ['Reserve Popular Caterers Early', 'Always check menus, request full tastings, confirm deposits in writing.', 'Photographer'],
  ['Start Dress Shopping Early', 'Gowns take months to arrive, then need alterations.', 'Bridal Salons'],
  ['Settle Your Wedding Palette', 'Create a shared mood board, pick colors, choose flowers.', 'Color Palette'],
  ['Build Your Wedding Webpage', 'List travel details, registry links, common questions, hotel blocks.', 'Registry'],
  ['Book Your Honeymoon Soon', 'Reserving early brings lower fares, quieter rooms, more choice.', 'Flights'],
  ['Pack a Day-Of Kit', 'Pack safety pins, stain remover, blotting papers, spare shoes.', 'Band-Aids'],
];
const FOOTER = ['About Us', 'Our Team', 'Contact Us', 'Privacy Policy', 'Terms of Service', 'Careers'];

describe('main-text recall: terse sentences of a how-to', () => {
  it('keeps every step under the first paragraph and leaves the footer out', () => {
    const page = ['Home', 'Blog', 'Contact', 'The Ultimate Wedding Planning Timeline', 'By Jane Smith, February 16, 2026', INTRO, INTRO2, ...STEPS.flat(), ...FOOTER].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept[0]).toBe(INTRO);
    for (const step of STEPS) expect(kept).toContain(step[1]);
    for (const line of FOOTER) expect(kept).not.toContain(line);
  });

  it('gives no weight to the same kind of sentences in a menu above the first paragraph', () => {
    const menu = ['Break Limits', 'Send bigger campaigns, past daily sending limits, without extra servers.', 'Campaign Analytics', 'Sharable reports, opens, clicks, replies, bounces, unsubscribes included.', 'Scheduling', 'Schedule campaigns later, repeat them weekly, pause anytime.'];
    const P2 = 'And in this article, I will focus on the alternatives that are strong in the areas where people most often run into trouble with the biggest platform.';
    const page = [...menu, 'Pricing', 'Login', 'The Best Alternatives We Found', 'By Jane Smith', INTRO, P2, ...FOOTER].join('\n');
    expect(chooseArticle(page).kept).toEqual([INTRO, P2]);
  });
});
