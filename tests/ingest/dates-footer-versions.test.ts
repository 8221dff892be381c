/**
 * Text path, under the article (the footer zone, where a bare date is as often a comment's or another
 * story's): a line that pairs a day with the page's update ("March 3, 2025. Updated: March 9, 2025") says
 * it is the page's own versions, and its first day is the publication. An update line alone under the
 * article ("Last updated: …") is not read as the page's, unlike one in its header (dates-update-only.test.ts):
 * there it is as often the whole site's footer. Small invented pages.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P1 = 'Harbor Gazette readers asked how the new tide gauges along the bay are built, and the engineers answered every question in turn.';
const P2 = 'Each gauge holds a float, a small radio and a solar panel, and sends the height of the water to the harbour office every ten minutes.';
const P3 = 'The engineers said the next gauges would go up along the northern pier before the storms of the coming winter season begin.';
const HEADLINE = 'How the bay tide gauges are built';
const page = (footer: string) => `${HEADLINE}\n\n${P1}\n\n${P2}\n\n${P3}\n\n${footer}`;

describe('the page\'s versions under the article', () => {
  it('date it by the first day of a "<day>. Updated: <day>" line', () => {
    const { record } = article(page('Reported by Mara Quill\n\nMarch 3, 2025. Updated: March 9, 2025\n\nHarbor Gazette corrects its stories when readers write in.'));
    expect(record.date?.date).toBe('2025-03-03');
    
  });

  it('also with a bar between the two ("12 May 2024 | Last updated 2 June 2024")', () => {
    const { record } = article(page('12 May 2024 | Last updated 2 June 2024\n\nShare this page'));
    expect(record.date?.date).toBe('2024-05-12');
  });
});

describe('an update line under the article, the page\'s only date', () => {
  // Measured on the metadata set: under the article, "Last updated: …" is as often the whole site's
  // (its footer's) as the article's, and dated more pages wrongly than rightly. It dates nothing.
  it('does not date the page', () => {
    const { record } = article(page('Gauge readings\n\nLast updated: April 21, 2025\n\nHarbor Gazette office\n\nWrite to us'));
    expect(record.date).toBeNull();
  });
});
