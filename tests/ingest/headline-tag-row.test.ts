/**
 * A post's categories in a row over its headline ("Best Of, Portugal, Travel Guides") are no headline
 * (issue 13, item 3); a headline that lists ("Durable, Local, Repairable Furniture Makers") is one.
 * Small fixtures written here.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { headlineShaped } from '../../scripts/ingest/lib/page-text/headline/headline.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const english = detectLanguage('The programme will fund joint laboratories and train young researchers over the next five years.');
const shaped = (line: string) => headlineShaped(line, blockFeatures(line, english), false);

const P1 = 'China has launched a new science programme with twelve countries in Africa, the ministry of science and technology said on Tuesday in Beijing.';
const P2 = 'The programme will fund joint laboratories and train young researchers in Africa over the next five years, the ministry said in a statement.';
const P3 = 'Officials said the first laboratories would open in Nairobi and Addis Ababa next spring, with more to follow in the west of the continent.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;

describe('a row of categories', () => {
  it.each(['Best Of, Science, Africa Guides', 'Africa, Packing & Planning, Science Inspiration'])('"%s" is no headline', (line) => {
    expect(shaped(line)).toBe(false);
  });

  it.each(['Affordable, Ethical, Sustainable Science Programmes', 'Kenya, Ethiopia, Ghana Join Science Plan', 'Labs, Grants and Training for Africa'])('"%s" may be one', (line) => {
    expect(shaped(line)).toBe(true);
  });

  it('gives way to the headline under it', () => {
    const headline = 'Complete Guide to the New Science Programme for Africa: Twelve Countries in Five Years';
    const page = `Contact Me\nClose Menu\nBest Of, Africa, Science Guides\n${headline}\nLast updated on March 12, 2026\ncomments 36\n${BODY}`;
    expect(article(page).record.title).toBe(headline);
  });
});
