/**
 * Two captions the text path took for the headline (issue 13): one whose credit the page runs in
 * after a bar with no full stop before it ("… quality of life | Jane Roe/Agency via AFP"), and one
 * the innerText breaks at the credit's opening bracket ("… in the valley (" over "Image: Agency)").
 * Both stand right over the byline, where a headline stands, and share the article's words.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';
import { endsOnPhotoCredit } from '../../scripts/ingest/lib/page-text/lines/caption-credit.ts';
import { notAHeadline } from '../../scripts/ingest/lib/page-text/headline/title.ts';

describe('a caption with its credit after a bar, no full stop before it', () => {
  it('ends on a photo credit: a photographer, a slash, an agency', () => {
    expect(endsOnPhotoCredit('Farmers plant rice in the valley in the wet season | Jane Roe/Harbor Wire via Picture Desk')).toBe(true);
    expect(endsOnPhotoCredit('The new seed grows faster in the valley | Ann J. Lee/Picture Desk')).toBe(true);
  });

  it('is not told in a headline with a site or a section after a bar', () => {
    expect(endsOnPhotoCredit('Growers bet on a quicker seed | Harbor Wire')).toBe(false);
    expect(endsOnPhotoCredit('Growers bet on a quicker seed | News/Farming')).toBe(false);
    expect(endsOnPhotoCredit('Growers in the valley bet their harvest on a quicker seed | The Valley/Harbor Wire')).toBe(false);
    expect(endsOnPhotoCredit('Growers bet on a quicker seed | Ann Lee/Harbor Wire')).toBe(false);
  });

  it('is not taken for the headline over the byline', () => {
    const page = [
      'News', 'Farming',
      'Growers bet on a quicker seed in the valley',
      'With its field plan, the village council wants two harvests a year.',
      'Farmers plant rice in the valley in the wet season | Jane Roe/Harbor Wire via Picture Desk',
      'By Ann Lee',
      'October 23, 2025 5:50 pm',
      BODY,
    ].join('\n');
    expect(titleOf(page)).toBe('Growers bet on a quicker seed in the valley');
  });
});

describe('a line cut at an opening bracket', () => {
  it('is no headline; a headline with its brackets closed stays one', () => {
    expect(notAHeadline('Farmers plant rice in the valley in the wet season (')).toBe(true);
    expect(notAHeadline('Growers bet on a quicker seed (and win)')).toBe(false);
  });

  it('is not taken for the headline over the byline', () => {
    const page = [
      'Growers bet on a quicker seed in the valley',
      'A field plan drawn up by the village council lets farmers in the valley harvest rice twice in one year',
      'Farmers plant rice in the valley in the wet season (',
      'Image: Harbor Wire)',
      'By',
      'Ann Lee',
      BODY,
    ].join('\n');
    expect(titleOf(page)).toBe('Growers bet on a quicker seed in the valley');
  });
});
