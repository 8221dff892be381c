/**
 * "Published Nov 19, 2025 • Last updated 1 day ago • 2 minute read" under the headline: once the stamp
 * is read, what is left of the row starts with the bullet that parted its fields. It is the row's
 * rest, not a bullet of the article's summary, so it never becomes the standfirst.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { BODY } from './headline-fixture.ts';

describe('the rest of a stamp row parted by bullets', () => {
  it('is not read as a summary bullet', () => {
    const page = ['Valley Farmers Harvest Rice Twice a Year', 'By Jane Smith', 'Published Nov 19, 2025 • Last updated 1 day ago • 2 minute read', BODY].join('\n');
    const { body, record } = article(page);
    expect(record.title).toBe('Valley Farmers Harvest Rice Twice a Year');
    expect(body).not.toContain('Last updated');
    expect(body).toContain('Farmers in the valley have started to harvest rice twice a year');
  });
});
