/**
 * An update is no publication (issue 13, item 4): a stamp that says the page was changed then
 * ("Updated on …", "Last updated …", run into a byline or not) gives way to a publication date
 * anywhere on the page and is kept apart as dateModified; a page that shows no other date is dated by
 * it (tests/ingest/dates-update-only.test.ts). Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { datesAChange } from '../../scripts/ingest/lib/dates/date-labels.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const P1 = 'China has launched a new science programme with twelve countries in Africa, the ministry of science and technology said on Tuesday in Beijing.';
const P2 = 'The programme will fund joint laboratories and train young researchers over the next five years, the ministry said in a statement.';
const P3 = 'Officials said the first projects would start next spring, with researchers from both sides sharing data on crops, water and health.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;
const HEADLINE = 'New science plan for Africa launched by China';

describe('datesAChange: the nearest label before a date says what it dates', () => {
  it.each([
    ['Updated on June 18, 2025', true],
    ['JANE ROELAST UPDATED NOV 6, 2025', true],
    ['ByAnn Lee Updated onFebruary 16, 2026', true],
    ['This guide is updated on January 30, 2026', true],
    ['Medically reviewed by Ann Lee, MD on March 3, 2021', true],
    ['Published May 1, 2024 · Updated June 1, 2024', false],
    ['By Ann Lee | May 1, 2024', false],
    ['Posted by Ann Lee on May 1, 2024', false],
  ])('"%s" → %s', (line, change) => {
    const index = line.search(/(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[a-z]*\.? \d/);
    expect(datesAChange(line, index)).toBe(change);
  });
});

describe('an update stamp beside a publication date', () => {
  it.each([
    ['Updated on June 18, 2025', '2025-06-18'],
    ['Last Updated: Dec 17, 2025 • 5 min read', '2025-12-17'],
    ['By Jane Roe | Updated: August 18, 2025 | 12 minutes read', '2025-08-18'],
    ['JANE ROELAST UPDATED NOV 6, 2025', '2025-11-06'],
    ['ByAnn Lee Updated onFebruary 16, 2026', '2026-02-16'],
    ['This guide is updated on January 30, 2026', '2026-01-30'],
  ])('gives way to the publication stamp, and is kept as dateModified: "%s"', (stamp, modified) => {
    const { record } = article(`${HEADLINE}\n${stamp}\nMay 1, 2024\n\n${BODY}`);
    expect(record.date?.date).toBe('2024-05-01');
    expect(record.dateModified).toBe(modified);
  });

  it('gives way to a saved page’s publication field', () => {
    const head = '<meta property="article:published_time" content="2024-05-01T10:00:00+02:00">';
    const html = `<!DOCTYPE html><html><head>${head}<title>${HEADLINE}</title></head><body><article><h1>${HEADLINE}</h1><p>Updated on June 18, 2025</p><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></body></html>`;
    const { record } = article(new TextEncoder().encode(html), 'page.html');
    expect(record.date?.date).toBe('2024-05-01');
  });

  it('is the date of a page that shows no other, its line the evidence (the lead’s decision)', () => {
    const { record, report } = article(`${HEADLINE}\nJANE ROELAST UPDATED NOV 6, 2025\n\n${BODY}`);
    expect(record.date).toMatchObject({ date: '2025-11-06', evidence: 'LAST UPDATED NOV 6, 2025' });
    expect(record.dateModified ?? null).toBeNull();
    expect(report.entries.some((e) => e.rule === 'update-stamp-only')).toBe(true);
  });

  it('is dated by its publication stamp when it has one in the same row', () => {
    const row = article(`${HEADLINE}\nPublished May 1, 2024 · Updated June 1, 2024\n\n${BODY}`).record;
    expect(row.date?.date).toBe('2024-05-01');
  });

  it('still completes a dateline that has no year', () => {
    const { record } = article(`${HEADLINE}\nUpdated: 2020-10-31 09:00\n\nBEIJING, Oct. 30 (Xinhua) -- ${P1}\n\n${P2}\n\n${P3}`);
    expect(record.date).toMatchObject({ date: '2020-10-30', source: 'dateline' });
  });
});

describe('a date line, its label read as the stamps read it (lib/dates/date-labels.ts)', () => {
  const en = detectLanguage(P1);
  it.each(['PostedJanuary 16, 2025', 'Updated onFebruary 9, 2026', 'Last updated on March 3, 2021', 'First published on March 3, 2021', 'Release time: 2021-03-04 10:00', 'On March 3, 2021'])('"%s" is a date line', (line) => {
    expect(blockFeatures(line, en).dateLine).toBe(true);
  });
  it.each(['Posters went up on January 16, 2025 across the city.', 'Dateline: the story of a newsroom in 2021'])('"%s" is none', (line) => {
    expect(blockFeatures(line, en).dateLine).toBe(false);
  });
});
