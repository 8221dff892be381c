/**
 * Main-text precision: a Japanese page's note that the rest of the article is for its paying members
 * ("この記事は会員限定です。", "有料会員になると…", "残り1200文字"), with the sign-up's lines under it.
 * The note and the box under it close the run as short prose; the article ends above the note.
 * Invented page; failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const A = [
  '港北市は１２日、市内の全ての小学校に太陽光パネルを設置する計画を発表した。総事業費は約４０億円で、国の補助金を活用して２０２７年度までに完了させるという。',
  '市によると、パネルで発電した電気は校舎の照明や空調に使い、休日に余った電力は近くの公民館や体育館に送る。災害時には避難所の非常用電源としても活用する方針だ。',
  '計画について、保護者からは「子どもたちが環境について学ぶ良い機会になる」と歓迎する声が上がる一方、工事中の安全対策を求める意見も出ている。',
];
const HEAD = '港北市、全小学校に太陽光パネル\n2024年3月12日 10時15分';

describe('main-text precision: a note that the rest is for members', () => {
  it('ends the article above the note and leaves out the sign-up box under it', () => {
    const note = ['この記事は会員限定です。', '定期購読中の方は追加料金なしでご利用になれます。', '会員登録する', '続きを読むにはログイン', 'すべての記事が読み放題'];
    const { kept, why } = chooseArticle(`${HEAD}\n${A.join('\n')}\n${note.join('\n')}\nよくある質問\n関連キーワード`);
    expect(kept).toEqual(A);
    expect(why.get(note[1])).toMatch(/members|after the article/);
  });

  it('leaves out "残り…文字" and the paid members\' offer', () => {
    const note = ['残り1234文字（全文2345文字）', '有料会員に登録すると、すべての記事を最後までお読みいただけます。', '今すぐ登録ログインする'];
    expect(chooseArticle(`${HEAD}\n${A.join('\n')}\n${note.join('\n')}\nこの記事を書いた人`).kept).toEqual(A);
  });

  it('keeps an article that reports on a service\'s paying members', () => {
    const last = '同社の有料会員は昨年より２割増え、１２０万人に達した。';
    expect(chooseArticle(`${HEAD}\n${A.join('\n')}\n${last}\nよくある質問`).kept).toEqual([...A, last]);
  });
});
