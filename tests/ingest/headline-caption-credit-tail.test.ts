/**
 * A photo's caption with its credit run onto the same line ("… on Sunday. | Jane Roe/Harbor Wire",
 * "… in the harbour. (Photo: Jane Roe)") is no headline (issue 13): it names the article's subject,
 * so it shares the article's words, and it often stands right over the byline or the date, where a
 * headline stands. The headline is the line over the standfirst, under the section labels.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';
import { endsOnPhotoCredit } from '../../scripts/ingest/lib/page-text/lines/caption-credit.ts';

describe('a caption that ends on its credit', () => {
  it('is told by the credit after its sentence', () => {
    expect(endsOnPhotoCredit('Farmers plant rice in the valley on the first day of the wet season. | Jane Roe/Harbor Wire via Picture Desk')).toBe(true);
    expect(endsOnPhotoCredit('Farmers plant rice in the valley on the first day of the wet season. HARBOR/ J.J. Roe')).toBe(true);
    expect(endsOnPhotoCredit('Farmers plant rice in the valley on the first day of the wet season. (Photo: Jane Roe)')).toBe(true);
    expect(endsOnPhotoCredit('Farmers plant rice in the valley on the first day of the wet season (Photos: Jane Roe/Harbor Wire)')).toBe(true);
    expect(endsOnPhotoCredit('Ann Lee in her rice field after the second harvest paid off this year. Ann Lee')).toBe(true);
  });

  it('is not told in a headline of two sentences, nor after an abbreviation or a question', () => {
    expect(endsOnPhotoCredit('The council gives up. Farmers now decide on the new seed')).toBe(false);
    expect(endsOnPhotoCredit('Why the valley plants twice a year against the odds of the market? Clear Answer')).toBe(false);
    expect(endsOnPhotoCredit('An inside view of the long fight over the valley water bill with Rep. Ann Lee')).toBe(false);
    expect(endsOnPhotoCredit('Rice twice a year: the valley rewrites its field plan')).toBe(false);
    expect(endsOnPhotoCredit('What is a field plan? (A Guide)')).toBe(false);
  });

  it('is not taken for the headline over the date and the byline', () => {
    // innerText of such a header: section labels, the headline, its standfirst, share buttons, then
    // the picture's caption (names in capitals, its credit after a bar) right over the date and the byline.
    const page = [
      'News', 'Valley', 'Farming',
      'Growers bet on a quicker seed',
      'A field plan drawn up by the village council lets farmers in the valley harvest twice in one year.',
      'Copy Link', 'Share via email', 'Share on Chirp', 'Share on Postbox', 'Share on Harbor Chat',
      'Should the Seed Hold, Village Council Head Tom Reyes Will Plant Twice, as Farmer Rosa Lima Did. | Jane Roe/Harbor Wire via Picture Desk',
      'October 23, 2025 5:50 pm',
      'By Ann Lee',
      BODY,
    ].join('\n');
    expect(titleOf(page)).toBe('Growers bet on a quicker seed');
  });
});
