/**
 * German and Czech stamps write their day-first dotted dates with a space after each dot, often a thin
 * one: "28. 4. 2023, 18:41 Uhr", "24. 1. 2025 12:38". Read as the unspaced "28.04.2023" is; a run of
 * numbered points ("1. 2. 3."), a longer run of numbers and dots, or a day that is no calendar day reads nothing.
 */
import { describe, expect, it } from 'vitest';
import { findStampDate } from '../../scripts/ingest/lib/dates/dates.ts';
import { article, PROSE } from './helpers.ts';

const THIN = '\u2009';

describe('a dotted day-first date spaced out', () => {
  it.each([
    ['28. 4. 2023, 18:41 Uhr', 'de', '2023-04-28'],
    [`28.${THIN}4.${THIN}2023, 18:41 Uhr`, 'de', '2023-04-28'],
    ['24. 1. 2025 12:38', 'cs', '2025-01-24'],
    ['Aktualisiert: 3. 12. 2024', 'de', '2024-12-03'],
  ])('"%s" reads as a day', (line, lang, day) => {
    expect(findStampDate(line, lang)?.date).toBe(day);
  });

  it.each([
    ['Schritte 1. 2. 3.', 'de'],
    ['Version 1.28. 4. 2023', 'de'],
    ['31. 2. 2023', 'de'],
    ['28. 4. 20235', 'de'],
    ['28.  4.  2023', 'de'],
  ])('"%s" reads no day', (line, lang) => {
    expect(findStampDate(line, lang)).toBeNull();
  });

  it('dates a German page by its stamp under the headline', () => {
    const { record } = article(`Neue Radwege für die Altstadt\nAnna Berg\n28.${THIN}4.${THIN}2023, 18:41 Uhr\n\n${PROSE}\n\n${PROSE}`);
    expect(record.date?.date).toBe('2023-04-28');
  });
});
