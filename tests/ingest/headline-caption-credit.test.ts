/**
 * A photo's caption with its photographer after a spaced slash ("Jane Roe in her laboratory / John
 * Doe") is no headline (issue 13): the caption names the article's subject, so it shares the
 * article's words, and it stands under the byline, where no other headline-shaped line stands.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { isPhotoCredit } from '../../scripts/ingest/lib/page-text/headline/title.ts';

const P1 = 'Researcher Amina Mensah joins the science faculty and will direct its new laboratory for crop genetics in Nairobi, the university said on Tuesday.';
const P2 = 'In 2018, Amina Mensah published what proved to be a landmark paper on drought-resistant maize, which laboratories across Africa have since tested.';
const P3 = 'Mensah moved her laboratory from Accra to Nairobi over the summer, bringing a team of twelve researchers and their seed collection with her.';

describe('a caption with its photographer after a slash', () => {
  it('is a photo credit', () => {
    expect(isPhotoCredit('Amina Mensah in the crop genetics laboratory of the science faculty / John Doe', 13)).toBe(true);
    // A headline that names two things with a slash is none.
    expect(isPhotoCredit('Maize / Sorghum', 2)).toBe(false);
  });

  it('is not taken for the headline over the byline', () => {
    const page = `Science\nThe promise of drought-resistant maize\nBy\nJane Smith\nSeptember 24, 2025\nHide caption Show caption\nAmina Mensah in the crop genetics laboratory of the science faculty / John Doe\nShare\nEmail\nCopy link\n${P1}\n\n${P2}\n\n${P3}`;
    expect(article(page).record.title).toBe('The promise of drought-resistant maize');
  });
});
