/**
 * A page that states only when it was updated is dated by that day, but as an update: its date's source
 * is `update`, not a publication stamp's (`explicit`, `metadata`), so the site can say "updated" and the
 * events stage can treat the day as the weaker bound it is (tests/ingest/events-update-dates.test.ts).
 * A page with a publication date keeps it; a page's dateModified field alone dates nothing (on the
 * metadata set, no page dated only by such a field had that day as its publication: bench/README.md).
 * Invented pages.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P1 = 'Harbor Institute has opened a shared telescope facility to visiting teams from twelve partner universities, its director Ann Lee said on Tuesday.';
const P2 = 'The facility will fund joint observing runs and train young researchers over the next five years, the institute said in a statement.';
const P3 = 'Officials said the first runs would start next spring, with astronomers from both sides sharing data on variable stars and comets.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;
const HEADLINE = 'Harbor Institute opens telescope facility to partners';

const page = (head: string, top: string, after = '') =>
  new TextEncoder().encode(`<!DOCTYPE html><html lang="en"><head><title>${HEADLINE}</title>${head}</head><body><article><h1>${HEADLINE}</h1>${top}<p>${P1}</p><p>${P2}</p><p>${P3}</p></article>${after}</body></html>`);

describe('a text seed that shows only its update', () => {
  it.each([
    ['Updated: 2019-11-20 10:32', '2019-11-20'],
    ['Last updated on March 9, 2021', '2021-03-09'],
    ['By Ann Lee | Updated: August 18, 2025', '2025-08-18'],
  ])('is dated by it, as an update: "%s"', (stamp, day) => {
    const { record } = article(`${HEADLINE}\n${stamp}\n\n${BODY}`);
    expect(record.date).toMatchObject({ date: day, precision: 'day', source: 'update' });
    expect(record.date?.evidence).toMatch(/updated/i);
    expect(record.published).toBeNull();
  });

  it('keeps its publication stamp, the update aside as dateModified', () => {
    const { record } = article(`${HEADLINE}\nPublished: March 3, 2021\nUpdated: March 9, 2021\n\n${BODY}`);
    expect(record.date).toMatchObject({ date: '2021-03-03', source: 'explicit' });
    expect(record.dateModified).toBe('2021-03-09');
  });

  it('is dated by its dateline, not the update, and the update is no publication', () => {
    const { record } = article(`${HEADLINE}\nUpdated: 2020-11-02 09:00\n\nHARBOR CITY, Oct. 30 (Harbor Post) -- ${P1}\n\n${P2}\n\n${P3}`);
    expect(record.date).toMatchObject({ date: '2020-10-30', source: 'dateline' });
    expect(record.published).toBeNull();
    expect(record.dateModified).toBe('2020-11-02');
  });

  it('stays undated when the update is a relative time', () => {
    const { record } = article(`${HEADLINE}\nUpdated 3 hours ago\n\n${BODY}`);
    expect(record.date).toBeNull();
  });
});

describe('a saved page that shows only its update', () => {
  it.each([
    ['<p class="post-date">Last updated: Dec 12, 2025</p>', '2025-12-12'],
    ['<p class="meta">Updated <time datetime="2025-04-10T06:00">April 10, 2025</time></p>', '2025-04-10'],
    ['<p class="meta"><time datetime="2025-04-10T06:00">Updated April 10, 2025</time></p>', '2025-04-10'],
  ])('is dated by it, as an update: %s', (line, day) => {
    const { record } = article(page('', line), 'page.html');
    expect(record.date).toMatchObject({ date: day, source: 'update' });
    expect(record.date?.evidence).toMatch(/updated/i);
    expect(record.published).toBeNull();
  });

  it('keeps its publication field, the update aside', () => {
    const { record } = article(page('<meta property="article:published_time" content="2024-03-04T10:00:00+08:00">', '<p class="post-date">Last updated: Dec 12, 2025</p>'), 'page.html');
    expect(record.date).toMatchObject({ date: '2024-03-04', source: 'metadata' });
  });

  it('keeps the publication its microdata element states, beside an update line', () => {
    const top = '<div class="header-meta" itemprop="datePublished" content="2022-11-08T10:47:56-04:00"><span itemprop="dateModified" content="2025-09-06T08:00:00-04:00">Updated on September 06, 2025</span></div>';
    const { record } = article(page('', top), 'page.html');
    expect(record.date).toMatchObject({ date: '2022-11-08', source: 'metadata' });
    expect(record.dateModified).toBe('2025-09-06');
  });

  it('reads no microdata date from cards of other stories that each carry their own', () => {
    const card = (day: string) => `<div class="card"><a href="/x">Another story</a><span itemprop="datePublished" content="${day}T10:00:00+00:00">3 min read</span></div>`;
    const { record } = article(page('', '<p class="post-date">Last updated: Dec 12, 2025</p>', card('2026-03-13') + card('2026-03-11')), 'page.html');
    expect(record.date).toMatchObject({ date: '2025-12-12', source: 'update' });
  });

  it('with only a JSON-LD dateModified stays undated, the field kept as dateModified', () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${HEADLINE}","dateModified":"2025-06-01T10:00:00+00:00"}</script>`;
    const { record } = article(page(ld, ''), 'page.html');
    expect(record.date).toBeNull();
    expect(record.dateModified).toBe('2025-06-01');
  });

  it('with datePublished and dateModified is dated by the publication', () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${HEADLINE}","datePublished":"2024-05-01T10:00:00+02:00","dateModified":"2025-06-01T10:00:00+00:00"}</script>`;
    const { record } = article(page(ld, '<p class="post-date">Updated: June 1, 2025</p>'), 'page.html');
    expect(record.date).toMatchObject({ date: '2024-05-01', source: 'metadata' });
    expect(record.dateModified).toBe('2025-06-01');
  });
});
