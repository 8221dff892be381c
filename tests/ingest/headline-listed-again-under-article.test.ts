/**
 * A headline and its writer's bare name under it, both written again under the article: the story in
 * a timeline of the same story, the writer in her box. That is no list of the article's sections
 * (whose headings stand inside the article): the line is the headline still.
 */
import { describe, expect, it } from 'vitest';
import { titleOf } from './headline-fixture.ts';

const HEADLINE = '谷の田んぼで二期作が広がる　農家の収入は五年で倍に';
const PARAGRAPHS = [
  '　谷の農家が一年に二回、米を収穫するようになった。雨季に早く育つ種を使い、村の議会が春ごとに作る田んぼの計画に従って水を回している。',
  '　最初に新しい種を試した農家は笑われたが、二回目の収穫で学校の屋根を直す費用が出ると、周りの農家も次々に二期作を始めた。',
  '　今では谷の田んぼの多くで二期作が行われ、村の議会によると農家の収入は五年で倍になった。',
];

describe('text headline written again in a box under the article', () => {
  it('is the headline over its writer’s name, not a list of sections', () => {
    const page = [
      'トップ',
      '特集一覧',
      '',
      HEADLINE,
      '山田花子',
      '経済',
      '速報',
      '谷の新聞 2025/1/14 21:17（最終更新 1/14 21:17） 789文字',
      'シェア',
      '印刷',
      ' ',
      '谷の田んぼ＝村の議会提供',
      '',
      ...PARAGRAPHS.flatMap((p) => [p, '']),
      '【時系列で見る】',
      HEADLINE,
      '1時間前',
      '川の水位が下がり　田植えの時期を早める農家も',
      '6時間前',
      '村の議会が新しい水路の計画を発表',
      '1日前',
      '',
      'この記事の筆者',
      '山田花子',
      '谷の支局で農業と村の暮らしを取材している。',
    ].join('\n');
    // The ideographic space between the headline's two parts comes out as a plain one.
    expect(titleOf(page)).toBe(HEADLINE.replace('　', ' '));
  });
});
