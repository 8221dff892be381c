/**
 * findStampDate gives chrono only lines that hold a year and a month word (mayHoldChronoDate): a
 * speed path. It must answer exactly as asking chrono of every line did, nasty lines included.
 */
import { describe, expect, it } from 'vitest';
import { chronoFor, findFusedDates, findStampDate, mayHoldChronoDate } from '../../scripts/ingest/lib/dates/dates.ts';
import { isoDate } from '../../scripts/ingest/lib/page-text/language/text.ts';

/** findStampDate as it was before the prefilter: every line with four digits went to chrono. */
function slowStampDate(line: string, lang: string) {
  const own = findFusedDates(line)[0];
  if (own) return own;
  const parser = lang === 'en' ? undefined : chronoFor(lang);
  if (!parser || !/\d{4}/.test(line)) return null;
  for (const r of parser.parse(line, new Date(Date.UTC(2000, 0, 1)))) {
    if (/\bago\b|yesterday|today|tomorrow|\bhá\b|\bhace\b|назад|вчера|сегодня|前|昨日|今日|昨天|今天/i.test(r.text)) continue;
    if (!/(?:1[89]|20)\d{2}/.test(r.text) || !/\p{L}{3,}|[年月]/u.test(r.text.replace(/\b(?:am|pm|at|on)\b/gi, ''))) continue;
    const s = r.start;
    if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
    const date = isoDate(s.get('year')!, s.get('month')!, s.get('day')!);
    if (date) return { date, precision: 'day', text: r.text, index: r.index };
  }
  return null;
}

const LINES = [
  '19 de novembro de 2019',
  '21.dez.2018 às 12h55',
  '19 ноября 2019 г.',
  'Средняя суточная норма питания 1647 Ккал.',
  '3/9(木) 18:45配信',
  '2020年の東京オリンピック',
  '2019年11月19日 10:00',
  '令和元年11月19日',
  '12月 2019 5日',
  'by ホシゾラ国際特許事務所 ／ 2016.12.01',
  '5 mars 2021 à 10 h',
  'am 5. März 2021',
  '5 de marzo de 2021 at 10 am',
  'mar 5 am 2021',
  'on 12 2021 at pm',
  '2021-13-45',
  '1899 Oktober 3',
  'Dec 28 Sat 2013 00:28',
  'hace 3 días, 2021',
  '\u202e5 мая 2022\u202c',
  'Éé 2021 ab',
  '19\u00a0novembre\u00a02019',
  '',
  '   ',
  '2100 2101 1800',
  '𝟐𝟎𝟐𝟏 März 5',
  '5 mai 2021'.repeat(50),
];
const LANGS = ['pt', 'es', 'fr', 'de', 'nl', 'ru', 'uk', 'ja', 'zh', 'sv', 'en', 'xx'];

describe('findStampDate asks chrono only of lines that can hold its date', () => {
  it('answers as asking chrono of every line did', () => {
    for (const lang of LANGS) for (const line of LINES) expect([lang, line, findStampDate(line, lang)]).toEqual([lang, line, slowStampDate(line, lang)]);
  });
  it('lets through the lines chrono reads, and only those with a year and a word', () => {
    expect(mayHoldChronoDate('19 de novembro de 2019')).toBe(true);
    expect(mayHoldChronoDate('2019年11月19日')).toBe(true);
    expect(mayHoldChronoDate('Средняя суточная норма питания 1647 Ккал.')).toBe(false);
    expect(mayHoldChronoDate('3/9(木) 18:45')).toBe(false);
    expect(mayHoldChronoDate('on 2019 at')).toBe(false);
  });
});
