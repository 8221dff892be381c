/**
 * "Weekly Wrap-Up 12/19/2025": a series' name and the issue's date in figures is a headline, for all
 * its digits, and keeps its date. The stamp row under the author's name ("Dec 19, 2025|Last updated on
 * Dec 19, 2025|5 min read") is the header, and the first section's heading under it no headline.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { notAHeadline } from '../../scripts/ingest/lib/page-text/headline/title.ts';

const P1 = 'In last week’s wrap-up the project released a module for the new vulnerability in the web framework, and this week we have made a couple of improvements to it.';
const P2 = 'Another improvement that only affects this module was the change of the default payload to one that runs on every supported platform.';
const P3 = 'Stay tuned for the annual wrap-up and the roadmap announcement, which come after the last weekly wrap-up of the year.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;

describe('a series’ name with the issue’s date', () => {
  it('is the headline over its author and stamp row, date and all', () => {
    const page = `Platform\nServices\nResources\nBack to Blog\nProducts and Tools\nWeekly Wrap-Up 12/19/2025\nJane Roe\nDec 19, 2025|Last updated on Dec 19, 2025|5 min read\nFramework Module Improvements\n${BODY}`;
    expect(article(page).record.title).toBe('Weekly Wrap-Up 12/19/2025');
  });

  it('is a headline shape; a date line, a stamp and a table’s row of figures are not', () => {
    expect(notAHeadline('Weekly Wrap-Up 12/19/2025')).toBe(false);
    expect(notAHeadline('Morning Ledger 04.07.22')).toBe(false);
    expect(notAHeadline('Dec 19, 2025')).toBe(true);
    expect(notAHeadline('Posted On 12/19/2025')).toBe(true);
    expect(notAHeadline('Total Revenue 1,234 2,345')).toBe(true);
  });
});
