/**
 * Short lines over the article's headline, within the few lines the header may reach (other stories'
 * headlines in a sidebar, a section's name), were kept as the article's opening lines. They are left
 * out as furniture above the headline, with that reason; a byline or a stamp over the headline is
 * still the header's to read, and the headline again inside a longer line (a breadcrumb run into it,
 * the site's name appended) dedupe's to tell. Page written here.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const TEASERS = ['Why the ferry stopped running in winter? The mayor explains', 'Ten gardens to visit before the summer ends', 'The baker who wakes at three every day'];
const PARAGRAPHS = [
  'The harbour council voted on Tuesday to rebuild the old pier before the autumn storms, after engineers found that two of its wooden pillars had rotted through over the winter.',
  'Work starts next month and will close the pier to walkers until October, while the fishermen who moor there use the north quay in the meantime, the council said on Tuesday.',
  'The council expects the work to cost about two million, most of it paid by the regional government, which promised the money after the storms of last year damaged the quay.',
];

describe('short lines over the headline', () => {
  it('are no part of the article, and their removal is reported', () => {
    const page = ['Home', 'News', 'Sport', 'Most read', ...TEASERS, 'Breadcrumb', 'NewsLocalPier to be rebuilt before the storms', 'Pier to be rebuilt before the storms', 'Jane Roe', '12 March 2024', ...PARAGRAPHS].join('\n');
    const { record, report } = article(page);
    expect(record.title).toBe('Pier to be rebuilt before the storms');
    expect(record.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    const removed = report.entries.filter((e) => e.action === 'removed').map((e) => `${e.text} ${e.detail ?? ''}`);
    for (const t of TEASERS.slice(1)) expect(removed.some((r) => r.startsWith(t) && r.includes('above its headline'))).toBe(true);
  });
});
