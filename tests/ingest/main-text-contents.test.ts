/**
 * Where the text path's article starts when a table of contents stands between its opening
 * paragraphs and the rest: the box of short lines outweighs the opening, so the run used to start
 * under the contents and the opening (and the headline above it) were lost. The contents are the
 * article's own when the article repeats their lines below as its section headings. A menu whose
 * few links the article happens to name is no contents, and a page header right above the run
 * still says where the article starts. Small pages written here: the first failed before the fix,
 * the second fails without the rule's share of repeated lines; the third holds what the page's
 * own header already decided (a byline and date over the run) against the rule.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { chooseArticle } from '../helpers/main-text.ts';

const OPENING = [
  'Choosing a heat pump for an old house is not as hard as installers sometimes make it sound, and most homes built before the war can be heated with one after a few careful changes.',
  'This guide walks through what we learned fitting pumps in more than forty older homes over the last three years, from the first survey to the first winter with the new system.',
];
const SECTIONS = [
  'What a survey of the house finds', 'Sizing the pump for cold winters', 'Radiators, pipes and the water tank', 'Noise and where the outdoor unit goes',
  'What it costs to run', 'Grants and who can get them', 'Insulating the loft first', 'Hot water and the cylinder', 'Controls and thermostats',
  'Living with it through winter', 'Servicing and repairs', 'What we would do again',
];
const paragraph = (topic: string) =>
  `${topic} is where most of the questions come from, and the answer depends on the house more than on the pump. We measured every room before and after the work, kept the bills for a full year and asked the owners what they would do differently, which is what this part of the guide sums up for anyone about to start.`;
const HEADLINE = 'How to Fit a Heat Pump in an Old House';
const MENU = ['Home', 'Guides', 'Reviews', 'Newsletter', 'Search'];
const FOOTER = ['About us', 'Contact', 'Privacy policy', 'Terms of use'];
const body = SECTIONS.flatMap((s) => [s, paragraph(s)]);

describe('main-text: the opening above the article’s own table of contents', () => {
  it('starts at the opening, drops the contents between and keeps the headline above it', () => {
    const page = [...MENU, HEADLINE, ...OPENING, 'Table of contents', ...SECTIONS, ...body, ...FOOTER].join('\n');
    const { kept, why } = chooseArticle(page);
    expect(kept.slice(0, 2)).toEqual(OPENING);
    for (const s of SECTIONS) expect(kept).toContain(paragraph(s));
    expect(why.get('Table of contents')).toMatch(/^inside the article/);
    // Each section heading is kept once, under its own heading's place in the article.
    for (const s of SECTIONS) expect(kept.filter((l) => l === s)).toHaveLength(1);
    for (const line of FOOTER) expect(kept).not.toContain(line);
    const { record, body: text } = article(page);
    expect(record.title).toBe(HEADLINE);
    expect(text.startsWith(OPENING[0])).toBe(true);
    expect(text).not.toContain('Table of contents');
  });

  it('does not reach over a menu whose few links the article names', () => {
    const links = ['Heating', 'Insulation', 'Solar panels', 'Windows', 'Garden', 'Kitchens', 'Bathrooms', 'Roofs', 'Floors', 'Doors', 'Walls', 'Damp', 'Lighting', 'Wiring'];
    links.push('Boilers', 'Ventilation', 'Extensions', 'Planning', SECTIONS[0], SECTIONS[1], SECTIONS[2], SECTIONS[3], 'Contact the team');
    const blurb = 'We are a small team of builders and engineers who have helped thousands of owners make their older homes warmer, cheaper to run and kinder to the planet since the day we started.';
    const blurb2 = 'Our guides are free to read and written by the people who do the work, so every tip in them has been tried on a real house before it reaches this page.';
    const page = [blurb, blurb2, ...links, HEADLINE, ...body, ...FOOTER].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).not.toContain(blurb);
    expect(kept).not.toContain(blurb2);
    expect(kept).toContain(paragraph(SECTIONS[0]));
  });

  it('starts under the article’s byline and date, whatever the page shows above them', () => {
    const page = [...MENU, ...OPENING, 'In this guide', ...SECTIONS, HEADLINE, 'By Jane Smith', 'March 3, 2024', ...body, ...FOOTER].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).not.toContain(OPENING[0]);
    expect(kept).toContain(paragraph(SECTIONS[0]));
  });
});
