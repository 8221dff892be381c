/**
 * Month names of languages chrono-node has no locale for, in one table (lib/dates/month-names.ts): Polish
 * and Czech genitives, Turkish, Greek (accented or in capitals), Ukrainian, Romanian, Hungarian (the year
 * first), Hebrew (with its prefix), Danish, Bulgarian, Malay, Thai. A year of the Buddhist era without a
 * Thai month (dates-more-language-forms.test.ts reads it with one), a date without its year, a word that
 * names no month, stay unread. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { findFullDates, findStampDate } from '../../scripts/ingest/lib/dates/dates.ts';
import { monthOfName } from '../../scripts/ingest/lib/dates/month-names.ts';
import { article } from './helpers.ts';

describe('month names of more languages', () => {
  it.each([
    ['9 marca 2026', 'pl'],
    ['Opublikowano: 9 marca 2026, 10:15', 'pl'],
    ['9. března 2026', 'cs'],
    ['9. marca 2026', 'sk'],
    ['9 Mart 2026 Pazartesi', 'tr'],
    ['9 MART 2026', 'tr'],
    ['9 Μαρτίου 2026', 'el'],
    ['9 ΜΑΡΤΙΟΥ 2026', 'el'],
    ['9 березня 2026', 'ru'],
    ['9 martie 2026', 'ro'],
    ['2026. március 9.', 'hu'],
    ['2026. márc. 9. 14:30', 'hu'],
    ['9 במרץ 2026', 'he'],
    ['9 มีนาคม 2026', 'th'],
    ['9. marts 2026', 'da'],
    ['9 март 2026', 'bg'],
    ['9 Mac 2026', 'ms'],
  ])('reads "%s" (%s)', (line, lang) => {
    const d = findStampDate(line, lang);
    expect(d?.date).toBe('2026-03-09');
    expect(line).toContain(d!.text);
  });

  it('reads other months and forms alike', () => {
    expect(findStampDate('15 października 2025', 'pl')?.date).toBe('2025-10-15');
    expect(findStampDate('1. září 2025', 'cs')?.date).toBe('2025-09-01');
    expect(findStampDate('28 Şubat 2025', 'tr')?.date).toBe('2025-02-28');
    expect(findStampDate('3 Μαΐου 2025', 'el')?.date).toBe('2025-05-03');
    expect(findStampDate('2025. december 24., szerda', 'hu')?.date).toBe('2025-12-24');
  });

  it.each([
    ['9 March 2569', 'en'],
    ['9 marca', 'pl'],
    ['9 Μαρτίου', 'el'],
    ['The team of 12 people 2026 plans', 'en'],
    ['It ended in 2019. December 3 was the next vote.', 'en'],
  ])('does not read "%s" (%s)', (line, lang) => {
    expect(findStampDate(line, lang)).toBeNull();
    expect(findFullDates(line)).toEqual([]);
  });

  it('gives no word two months', () => {
    expect(monthOfName('marca')).toBe(3);
    expect(monthOfName('Listopada')).toBe(11);
    expect(monthOfName('people')).toBe(0);
  });
});

describe('a Polish page', () => {
  const HEADLINE = 'Nowy program badań naukowych z krajami Afryki';
  const BODY = [
    'Ministerstwo nauki ogłosiło we wtorek nowy program wspólnych badań z dwunastoma krajami Afryki, który potrwa pięć lat i obejmie wiele uczelni.',
    'Program sfinansuje wspólne laboratoria i wyszkoli młodych badaczy w najbliższych latach, poinformowało ministerstwo w komunikacie wydanym w Warszawie.',
    'Pierwsze projekty ruszą wiosną przyszłego roku, a naukowcy z obu stron będą dzielić się danymi o wodzie, zdrowiu i uprawach.',
  ].join('\n\n');

  it('is dated by its stamp under the headline', () => {
    const { record } = article(`${HEADLINE}\n9 marca 2026\n\n${BODY}`);
    expect(record.title).toBe(HEADLINE);
    expect(record.date?.date).toBe('2026-03-09');
  });
});

describe('languages chrono reads too', () => {
  it('reads a date line in every month alike, without the page language', () => {
    expect(findFullDates('12. März 2013').map((d) => d.date)).toEqual(['2013-03-12']);
    expect(findFullDates('12. September 2013').map((d) => d.date)).toEqual(['2013-09-12']);
    expect(findFullDates('3 décembre 2024').map((d) => d.date)).toEqual(['2024-12-03']);
    expect(findFullDates('3 maart 2024').map((d) => d.date)).toEqual(['2024-03-03']);
    expect(findFullDates('3 augusti 2024').map((d) => d.date)).toEqual(['2024-08-03']);
    expect(findFullDates('3 giugno 2024').map((d) => d.date)).toEqual(['2024-06-03']);
  });
});
