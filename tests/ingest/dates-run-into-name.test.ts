/**
 * Stamp rows that run their byline (or place) into the date, no space between, and a CMS that writes
 * its stamp's short month name in another language than the page's (issue 13, item 4). A code in
 * capitals before digits is no name; a numeric date with two readings stays unread unless the page
 * settles its order.
 */
import { describe, expect, it } from 'vitest';
import { findStampDate } from '../../scripts/ingest/lib/dates/dates.ts';
import { processSeed } from '../../scripts/ingest/pipeline.ts';

const PARAGRAPHS = [
  'The ferry company said on Monday that the morning crossing would run again from next week, after repairs to the landing stage took longer than planned.',
  'Passengers had been sent on a bus around the bay for most of the month, which added almost an hour to a trip that usually takes twenty minutes.',
  'The company thanked travellers for their patience and said the timetable on its board at the harbour would be the one to trust.',
].join('\n\n');

function publishedOf(stampLine: string, headline = 'Morning ferry to run again next week'): string | null | undefined {
  const text = `Home\nNews\n${headline}\n${stampLine}\n\n${PARAGRAPHS}\n`;
  const outcome = processSeed('run-into-name.txt', new TextEncoder().encode(text), []);
  const record = outcome.record;
  return record?.published ?? (record?.date?.precision === 'day' ? record.date.date : null);
}

describe('a name run into its stamp’s date', () => {
  it.each([
    ['Ola Lindqvist24.04.2024, 19:35 Uhr', '2024-04-24'],
    ['Redaktion Hafenstadt, Nordufer15.04.25 09:56', '2025-04-15'],
    ['Maren Holt7.11.2023', '2023-11-07'],
    ['Jo Park27/05/2024', '2024-05-27'],
    ['Jo Park10-31-2024', '2024-10-31'],
  ])('reads "%s"', (line, date) => {
    expect(findStampDate(line, 'en')?.date).toBe(date);
    expect(publishedOf(line)).toBe(date);
  });

  it('reads two readings only in the order the page settles', () => {
    expect(findStampDate('Jo Park3/4/2025', 'en')).toBeNull();
    expect(findStampDate('Jo Park3/4/2025', 'en', 'month-first')?.date).toBe('2025-03-04');
    expect(findStampDate('Jo Park3/4/2025', 'en', 'day-first')?.date).toBe('2025-04-03');
  });

  it.each(['Model M24.04.2024 kit', 'COVID19/3/2020', 'v2.4.2024', 'build7.11.2023.5', 'room12-03-20245'])('does not read "%s"', (line) => {
    expect(findStampDate(line, 'en')).toBeNull();
  });
});

describe('a short month name of another language between dashes', () => {
  it.each([
    ['By: Ann Lee on 12-ago-2022 9:40:02', '2022-08-12'],
    ['15.Okt.2024', '2024-10-15'],
    ['9-mrt-2026', '2026-03-09'],
  ])('reads "%s"', (line, date) => {
    expect(findStampDate(line, 'en')?.date).toBe(date);
  });

  it('reads it as the page’s stamp', () => {
    expect(publishedOf('By: Ann Lee on 12-ago-2022 9:40:02')).toBe('2022-08-12');
  });

  it.each(['04-foo-2021', 'item 3-abc-2021', '12-ago-20211'])('does not read "%s"', (line) => {
    expect(findStampDate(line, 'en')).toBeNull();
  });
});

describe('stamp rows of other shapes already read (guards)', () => {
  it.each([
    ['山田花子2024年3月9日 8時05分', '2024-03-09'],
    ['입력 2025.11.03 07:41', '2025-11-03'],
    ['03.11.2025, 07:41 Uhr • Lesezeit: 6 Min.', '2025-11-03'],
  ])('reads "%s" under the headline', (line, date) => {
    expect(publishedOf(line)).toBe(date);
  });
});
