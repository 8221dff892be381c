/**
 * HTML seeds: a Japanese page's note that the rest of the article is for paying members, and the
 * sign-up box under it, which the extractor keeps with the article's opening: left out and reported,
 * as the text path leaves them out (stages/main-text/closing/paywall-note.ts). A note with a paragraph of the
 * article under it is no such note, and stays.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const LEAD = [
  '港町の市役所は十五日、老朽化した旧桟橋を取り壊し、来年の春までに新しい観光船の発着場を整備すると発表した。総事業費はおよそ十二億円で、国の補助金も活用するという。',
  '旧桟橋は半世紀以上前に造られ、近年は台風のたびに床板が傷んで立ち入りが制限されていた。地元の漁業者や観光業者からは、早期の建て替えを求める声が上がっていた。',
];
const BOX = ['この記事は会員限定です。', '会員登録すると続きをお読みいただけます。', '記事が読み放題', 'メールマガジンで最新情報をお届け', 'よくある質問はこちら'];

const page = (after: string) => `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">
<title>旧桟橋を建て替え、観光船の発着場に</title></head><body>
<article><h1>旧桟橋を建て替え、観光船の発着場に</h1>
<div class="article-body"><p>${LEAD[0]}</p><p>${LEAD[1]}</p>${after}</div>
</article></body></html>`;

const removedAsNote = (report: ReturnType<typeof article>['report'], text: string) =>
  report.entries.some((e) => e.rule === 'furniture' && e.action === 'removed' && e.text === text && e.detail?.includes('for paying members'));

describe("a Japanese page's members-only note and its sign-up box", () => {
  it('leaves out the note and the short lines under it, each reported; the opening stays', () => {
    const { body, report } = article(page(BOX.map((t) => `<p>${t}</p>`).join('')), 'page.html');
    for (const p of LEAD) expect(body).toContain(p);
    for (const line of BOX) {
      expect(body).not.toContain(line);
      expect(removedAsNote(report, line)).toBe(true);
    }
  });

  it('keeps a note that has a paragraph of the article under it', () => {
    const more = '新しい発着場には待合所と売店が設けられ、観光船のほか離島へ向かう定期船も発着する予定だ。市は年間十万人の利用を見込んでいる。';
    const { body } = article(page(`<p>${BOX[0]}</p><p>${more}</p>`), 'page.html');
    for (const p of LEAD) expect(body).toContain(p);
    expect(body).toContain(BOX[0]);
    expect(body).toContain(more);
  });
});
