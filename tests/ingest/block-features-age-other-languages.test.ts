/**
 * A relative age as news pages in other languages write it ("vor 14 Minuten", "il y a 3 heures",
 * "hace 2 horas", "5 минут назад"): a teaser's age or the article's own under its headline, as "14
 * minutes ago" is in English. The headline written twice over it (a kicker between the two forms) is
 * the form right over the age. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { titleOf } from './headline-fixture.ts';

const ageOf = (line: string) => blockFeatures(line, detectLanguage(line)).age;

describe('a relative age in other languages', () => {
  it('is an age on a short line', () => {
    for (const line of ['vor 14 Minuten', 'Vor einer Stunde', 'il y a 3 heures', 'hace 2 horas', 'há 5 dias', '2 ore fa', '3 uur geleden', '5 timer siden', '2 godziny temu', 'před 3 hodinami', '5 минут назад', '14分前', '3시간 전'])
      expect(ageOf(line), line).toBe(true);
  });

  it('is an age in Turkish, Indonesian and Arabic too', () => {
    for (const line of ['2 saat önce', 'Jana Roe · 3 gün önce', '5 menit yang lalu', '2 jam lalu', 'منذ ساعتين', 'منذ 3 ساعات', 'منذ ٥ دقائق'])
      expect(ageOf(line), line).toBe(true);
  });

  it('is none in a short Arabic sentence that says "for years"', () => {
    expect(ageOf('يعيش في المدينة منذ سنوات.')).toBe(false);
    expect(ageOf('Kaza iki saat önce meydana geldi ve yol kapandı, dedi vali yardımcısı Jana Roe bugün.')).toBe(false);
  });

  it('is none inside prose, nor in Chinese, Japanese or Korean run into a sentence', () => {
    expect(ageOf('Der Trainer kam vor 14 Jahren aus Duisburg in die Stadt, und er blieb dort.')).toBe(false);
    expect(ageOf('投票の3日前に候補者が会見した')).toBe(false);
  });

  it('marks the form of the headline over it as the one the page shows', () => {
    const headline = 'Trainer Roe: „Wir haben nichts mehr zu verlieren“';
    const body = [
      'Trainer Roe übernimmt den MSV in den letzten Spielen der Saison und will mit ihr noch so viele Punkte wie möglich sammeln, sagt er.',
      'Der Abstieg ist zwar rechnerisch noch nicht sicher, aber der MSV hat in den letzten Wochen viel verloren und nur wenig gewonnen.',
      'Roe will die Spieler dazu bringen, dass sie bis zum Schluss alles geben und nichts mehr zu verlieren haben, wie er sagt.',
    ].join('\n');
    const page = ['Startseite', 'Fußball', '3. Liga', 'Tabelle', 'MSV-Trainer Roe: „Wir haben nichts mehr zu verlieren“', 'Appell an die Fans im Stadion', headline, 'vor 14 Minuten', body].join('\n');
    expect(titleOf(page)).toBe(headline);
  });
});
