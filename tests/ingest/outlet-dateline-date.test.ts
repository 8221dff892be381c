/**
 * A dateline's brackets hold its agency ("BEIJING (Reuters) –") or, on some pages, its date
 * ("WASHINGTON (January 24, 2017) –"): a date there is no outlet (stages/metadata.ts).
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const page = (dateline: string) => `Council approves the new river bridge\n\n${dateline} The council approved the new bridge over the river after two years of debate about its cost and the route of the road.\n\n${PROSE}\n\n${PROSE}`;

describe('outlet: a date in the dateline\'s brackets is no agency', () => {
  it.each([
    ['WASHINGTON (January 24, 2017) –'],
    ['SAMPLETOWN (Jan. 24, 2017) -'],
    ['SAMPLETOWN (24 January 2017) —'],
    ['SAMPLETOWN (24.01.2017) –'],
  ])('%s', (dateline) => {
    expect(article(page(dateline)).record.outlet).toBeNull();
  });

  it('nasty: an agency in the brackets stays the outlet, digits and all', () => {
    expect(article(page('SAMPLETOWN (Reuters) –')).record.outlet).toBe('Reuters');
    expect(article(page('SAMPLETOWN (Sample9 News) –')).record.outlet).toBe('Sample9 News');
    expect(article(page('SAMPLETOWN, March 3 (Sample Wire) –')).record.outlet).toBe('Sample Wire');
  });
});
