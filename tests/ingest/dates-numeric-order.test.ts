/**
 * Numeric dates with two readings ("8/1/2025": August 1 or January 8) on a page's stamps: read when
 * the page settles the order, by an unambiguous numeric date it shows ("8/27/2025" is month first,
 * "27/8/2025" day first) or by its language and region (<html lang="en-US"> month first; en-GB, de,
 * fr… day first). Otherwise they stay unread, and they are never read in prose. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { findStampDate, numericOrderOfLanguage, numericOrderShown } from '../../scripts/ingest/lib/dates/dates.ts';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';
import { article } from './helpers.ts';

describe('the order of a numeric date', () => {
  it('is read from the order it is given, and left unread without one', () => {
    expect(findStampDate('8/1/2025', 'en', 'month-first')?.date).toBe('2025-08-01');
    expect(findStampDate('8/1/2025', 'en', 'day-first')?.date).toBe('2025-01-08');
    expect(findStampDate('Post time: 01-04-2024', 'en', 'month-first')?.date).toBe('2024-01-04');
    expect(findStampDate('8/1/2025', 'en')).toBeNull();
    // One reading whatever the order: as before.
    expect(findStampDate('27/05/2024', 'en', 'month-first')?.date).toBe('2024-05-27');
  });

  it('is shown by the page’s own unambiguous numeric dates, when they agree', () => {
    expect(numericOrderShown('8/1/2025\nRelated\n8/27/2025\n12/18/2025 4:00 PM')).toBe('month-first');
    expect(numericOrderShown('01/08/2025\n27/08/2025')).toBe('day-first');
    expect(numericOrderShown('8/27/2025 and 27/8/2025')).toBeNull();
    expect(numericOrderShown('8/1/2025')).toBeNull();
  });

  it('is set by the page’s language and region', () => {
    expect(numericOrderOfLanguage('en-US')).toBe('month-first');
    expect(numericOrderOfLanguage('en_gb')).toBe('day-first');
    expect(numericOrderOfLanguage('de-DE')).toBe('day-first');
    expect(numericOrderOfLanguage('fr')).toBe('day-first');
    // Bosnian, Slovenian and Macedonian write "04.06.2025." as their neighbours do (the language stage records "bs" for a Bosnian page).
    expect(numericOrderOfLanguage('bs')).toBe('day-first');
    expect(numericOrderOfLanguage('sl-SI')).toBe('day-first');
    expect(numericOrderOfLanguage('mk')).toBe('day-first');
    // Hungarian writes the year first ("2025. 06. 04."): no day-first order is set for it.
    expect(numericOrderOfLanguage('hu')).toBeNull();
    expect(numericOrderOfLanguage('en')).toBeNull();
    expect(numericOrderOfLanguage(null)).toBeNull();
  });
});

const publishedOf = (lang: string, body: string) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html lang="${lang}"><head><title>Labs share data</title></head><body><article><h1>Labs share data</h1>${body}<p>Text.</p></article></body></html>`).meta, null).published;

describe('a saved page’s ambiguous date line', () => {
  it('is read in the order its language and region write', () => {
    expect(publishedOf('en-US', '<p class="date">8/1/2025</p>')?.date).toBe('2025-08-01');
    expect(publishedOf('en-GB', '<p class="date">8/1/2025</p>')?.date).toBe('2025-01-08');
    expect(publishedOf('pt-BR', '<p class="date">08/01/2025</p>')?.date).toBe('2025-01-08');
  });

  it('is read in the order the page’s other stamps show, over its language', () => {
    expect(publishedOf('en-GB', '<p class="date">8/1/2025</p><p class="date">Updated 8/27/2025</p>')?.date).toBe('2025-08-01');
  });

  it('stays unread when nothing settles the order', () => {
    expect(publishedOf('en', '<p class="date">8/1/2025</p>')).toBeNull();
  });
});

const HEADLINE = 'New science plan for Africa';
const P = [
  'China has launched a new science programme with twelve countries in Africa, the ministry of science and technology said on Tuesday in Beijing.',
  'The programme will fund joint laboratories and train young researchers over the next five years, the ministry said in a statement.',
  'Officials said the first projects would start next spring, with researchers from both sides sharing data on crops, water and health.',
];

describe('a text page’s ambiguous date line', () => {
  it('is read in the order the page’s other numeric dates show', () => {
    const { record } = article(`${HEADLINE}\nBy Sara Brown\n8/1/2025\n\n${P.join('\n\n')}\n\nMore stories\nLabs open in Kenya\n8/27/2025`);
    expect(record.date?.date).toBe('2025-08-01');
  });

  it('stays unread when the page settles no order', () => {
    const { record } = article(`${HEADLINE}\nBy Sara Brown\n8/1/2025\n\n${P.join('\n\n')}`);
    expect(record.date).toBeNull();
  });

  it('is never read in prose', () => {
    const { record } = article(`${HEADLINE}\nBy Sara Brown\n\n${P[0]} The first call closes on 8/1/2025, officials said on 8/27/2025.\n\n${P[1]}\n\n${P[2]}`);
    expect(record.date).toBeNull();
  });
});
