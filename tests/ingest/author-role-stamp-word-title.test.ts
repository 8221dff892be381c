/**
 * isRole (lib/bylines/author.ts) takes a stamp's word opening a line ("Updated: May 2", "Reviewed by
 * Anna Berg") for what stands beside a byline. A title that a stamp's word opens ("Updated Guide",
 * "Published Works of Li Wei") is none: the headline readers ask isRole of a line under a name.
 */
import { describe, expect, it } from 'vitest';
import { isRole } from '../../scripts/ingest/lib/bylines/author.ts';

describe('isRole: a stamp word opening a title', () => {
  it.each(['Updated Guide', 'Updated Guide to Spring Planting', 'Published Works of Li Wei', 'Last Updated Tide Tables'])('%s is no role', (line) => {
    expect(isRole(line)).toBe(false);
  });

  it.each([
    'Updated',
    'Last Updated',
    'Updated: March 2',
    'Updated March 2, 2024',
    'UPDATED MARCH 2, 2024',
    'Reviewed By Dr. Li Wei',
    'Medically Reviewed by Anna Berg',
    'Fact Checked By Jo Park',
    'Posted In News',
    'Posted on 3 May',
    'Senior Writer',
    'Follow Anna Berg',
  ])('guard: %s stays a role', (line) => {
    expect(isRole(line)).toBe(true);
  });
});
