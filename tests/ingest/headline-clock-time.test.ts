/**
 * A headline that ends on the hour it tells of ("Village council meets on the rice harvest at 7:30",
 * "Rat tagt um 19:30") is no clip's title: media-title.ts read any minutes and seconds closing the line
 * as a player's running time, and the headline yielded to any other line over the floor. A running
 * time stands alone, in brackets or glued to the title; a time of day follows its preposition.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';
import { mediaTitle } from '../../scripts/ingest/lib/page-text/headline/media-title.ts';

describe('a headline that ends on a clock time', () => {
  it('is no clip title', () => {
    expect(mediaTitle('Village council meets on the second rice harvest at 7:30')).toBe(false);
    expect(mediaTitle('Harvest festival opens in the valley from 9:00')).toBe(false);
    expect(mediaTitle('Polls close until 8:00')).toBe(false);
    expect(mediaTitle('Dorfrat tagt zur Reisernte um 19:30')).toBe(false);
    expect(mediaTitle('Le conseil du village se réunit à 20:30')).toBe(false);
    expect(mediaTitle('El consejo del pueblo se reúne a las 7:30')).toBe(false);
    expect(mediaTitle('Conselho da aldeia reúne-se às 7:30')).toBe(false);
  });

  it('while a running time still tells a clip', () => {
    expect(mediaTitle('Village council meets on the second rice harvest 7:30')).toBe(true);
    expect(mediaTitle('Village council meets on the second rice harvest (7:30)')).toBe(true);
    expect(mediaTitle('Village council meets on the harvest at the hall (2:40)')).toBe(true);
    expect(mediaTitle('What the council said at1:54')).toBe(true);
  });

  it('is taken for the headline over its byline', () => {
    const headline = 'Village council meets on the second rice harvest at 7:30';
    // A sub-heading of the article's words under the byline: the headline yielded to it.
    const subHeading = [headline, 'By Ann Lee', 'Farmers in the valley plant seed twice', BODY];
    expect(titleOf(subHeading.join('\n'))).toBe(headline);
  });
});
