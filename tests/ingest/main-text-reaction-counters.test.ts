/**
 * Main-text precision: a Japanese or Korean page's reaction counters, a short label and a count a line
 * ("なるほど！ 0" / "大切だね 2" / "もっと知りたい 13", "좋아요 0" / "싫어요 0"), under the article's last
 * paragraph are left out by the closing rules already (furniture after the last paragraph, the comment
 * section's start); a results table of the same shape between paragraphs is the article's and stays.
 * Between paragraphs the two cannot be told apart by shape alone, so no rule reads such a run there.
 * Invented pages; a guard, both cases pass without a rule of their own.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const JA_HEAD = '市が川沿いの公園を改修へ　夏までに完成目指す\n2024年3月12日 10時00分';
const JA = [
  '市議会は11日、川沿いの公園を夏までに改修する計画を賛成多数で可決した。建設資材の値上がりで、費用は当初の見積もりを大きく上回る見通しだという。',
  '市の計画課によると、工事は3月に始まり約4カ月続く。その間、川沿いの遊歩道は歩行者と自転車の通行ができなくなる。',
  '旧市街の住民は、音楽堂のそばにある樹齢100年を超えるプラタナスを残すよう求めており、市は専門家の意見を聞いて判断するとしている。',
  '野党会派は、ベンチや水飲み場が少なすぎると批判し、遊歩道を閉鎖する前に市場の商店主から意見を聞くよう市に求めている。',
];
const REACTIONS = ['なるほど！ 0', '大切だね 2', 'もやもや… 0', 'もっと知りたい 13'];

describe('main-text precision: reaction counters under a CJK article', () => {
  it('leaves out a Japanese run of reaction counters under the last paragraph, with a reason', () => {
    const { kept, why } = chooseArticle(`${JA_HEAD}\n${JA.join('\n')}\n${REACTIONS.join('\n')}\n関連記事\n別の記事の見出しがここに入ります`);
    expect(kept).toEqual(JA);
    for (const line of REACTIONS) expect(why.get(line)).toMatch(/after the article/);
  });

  it('leaves out a Korean run of reaction counters under the last paragraph', () => {
    const ko = ['좋아요 0', '싫어요 0', '댓글달기 0', '흥미진진 3'];
    const { kept, why } = chooseArticle(`${JA_HEAD}\n${JA.join('\n')}\n${ko.join('\n')}`);
    expect(kept).toEqual(JA);
    for (const line of ko) expect(why.get(line)).toMatch(/after the article/);
  });

  it('keeps a results table of short labels and counts between paragraphs', () => {
    const table = ['各区の投票結果は次の通り。', '北区 312', '南区 287', '東区 154', '西区 98'];
    const { kept } = chooseArticle(`${JA_HEAD}\n${JA[0]}\n${JA[1]}\n${table.join('\n')}\n${JA[2]}\n${JA[3]}`);
    expect(kept).toEqual([JA[0], JA[1], ...table, JA[2], JA[3]]);
  });
});
