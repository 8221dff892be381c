/**
 * The headline main-text chose, "How to Plan a Field Trip: a Complete Guide for 2026", is not the
 * page-title form of a table of contents' entry "How to Plan a Field Trip": a subtitle follows a
 * colon, a site's name follows " - " or " | ".
 */
import { describe, expect, it } from 'vitest';
import { chooseTitle } from '../../scripts/ingest/lib/page-text/headline/title.ts';

const P1 = 'Picture this: a class of thirty children arrives at a museum that nobody has called ahead to, and the guide has gone home for the day.';
const P2 = 'Now imagine the opposite, a visit so well planned that every child comes back with a question they want to ask in the next lesson.';

describe('a chosen headline with a subtitle after a colon', () => {
  it('stays whole when its first part stands alone among the header lines', () => {
    const full = 'How to Plan a Field Trip: a Complete Guide for 2026';
    const choice = chooseTitle([full, 'Introduction to Field Trips', 'How to Plan a Field Trip', 'Useful Takeaways for Teachers'], [P1, P2], full);
    expect(choice?.title).toBe(full);
  });

  it('still loses a site name after a dash', () => {
    const full = 'How to Plan a Field Trip - Example Teacher';
    const choice = chooseTitle([full, 'How to Plan a Field Trip'], [P1, P2], full);
    expect(choice?.title).toBe('How to Plan a Field Trip');
  });
});
