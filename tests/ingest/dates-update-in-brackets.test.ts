/**
 * A stamp row that gives the day, its time and then the update in brackets, the update's day left out
 * as the same: "2025/1/14 21:17（最終更新 1/14 21:17）" as Japanese news pages write it, after the
 * outlet's name and before the article's length. The bracketed label says the row dates the page's
 * versions, so it is the page's stamp wherever main-text left it (a caption taken for the headline
 * puts the row out of the header's reach). Invented pages.
 */
import { describe, expect, it } from 'vitest';
import { isDateWithUpdateInBrackets } from '../../scripts/ingest/lib/dates/version-pair.ts';
import { article } from './helpers.ts';

describe('a date with its update in brackets', () => {
  it.each([
    '北海新報 2025/1/14 21:17（最終更新 1/14 21:17） 789文字',
    '2025/1/14 21:17（最終更新 1/14 22:05）',
    'Harbor Post March 3, 2025 10:05 (updated 14:20)',
    '14.01.2025, 21:17 (aktualisiert 22:05)',
  ])('"%s" is a stamp row with its update', (line) => {
    expect(isDateWithUpdateInBrackets(line)).toBe(true);
  });

  it.each([
    // No update label in the brackets: a caption's or a list's note.
    '北海新報 2025/1/14 21:17（写真 山田太郎）',
    // Two dates: a version pair or a list, read by other rules.
    '2025/1/14 21:17（最終更新 2025/1/15 09:00）',
    // A sentence before the date.
    'The council met again after the vote. March 3, 2025 10:05 (updated 14:20)',
    // Too much after the brackets: prose, not a row's counter.
    'March 3, 2025 (updated 14:20) and the council said it would meet again next week',
  ])('"%s" is not', (line) => {
    expect(isDateWithUpdateInBrackets(line)).toBe(false);
  });

  it('dates a Japanese page whose row stands away from the headline', () => {
    const p = '北海道の港で新しい漁業の取り組みが始まった。地元の漁業協同組合によると、今年は十隻の船が参加し、水揚げ量を毎日記録して市場に報告する仕組みを試すという。';
    const q = '組合の担当者は「資源を守りながら収入を安定させたい」と話した。市も記録の集計に協力し、来年度には対象の港を広げることを検討している。';
    const text = `港の写真＝北海道で2024年5月\n北海新報\n国内\n港で新しい漁業の取り組み\n山田太郎\n北海新報 2025/1/14 21:17（最終更新 1/14 21:17） 789文字\nシェア\n\n${p}\n\n${q}\n\n${p}`;
    const { record } = article(text);
    expect(record.date?.date).toBe('2025-01-14');
  });
});
